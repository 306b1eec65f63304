package org.skillmix.data.fuzz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes a zip's central directory state a false uncompressed size for one entry, as a crafted zip does. */
final class ZipLies {

    private ZipLies() {}

    static void stateSize(Path zip, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) continue;
            int nameLength = buffer.getShort(i + 28) & 0xFFFF;
            if (new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8).equals(entry))
                buffer.putInt(i + 24, size);
        }
        Files.write(zip, bytes);
    }
}
