package org.skillmix.data.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a dataset, so a run can name exactly which data it used. A file (zip, XLSX, CSV)
 * hashes as its bytes, the same as {@code sha256sum FILE}. A folder hashes every regular file under
 * it in order of relative path ("/"-separated, so the result is the same on Windows): for each, the
 * path in UTF-8, a zero byte, the content length as 8 bytes, then the content. Renaming, moving
 * or editing any file changes the checksum; file times and permissions do not.
 */
public final class DatasetChecksum {

    private static final int CHUNK = 1 << 16;

    private DatasetChecksum() {}

    /** Lower-case hex SHA-256 of the dataset file or folder. */
    public static String sha256(Path dataset) throws IOException {
        MessageDigest digest = newDigest();
        if (Files.isDirectory(dataset)) {
            for (Path file : filesInOrder(dataset)) {
                String name = relativeName(dataset, file);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES)
                        .putLong(Files.size(file))
                        .array());
                hashContent(file, digest);
            }
        } else if (Files.isRegularFile(dataset)) {
            hashContent(dataset, digest);
        } else {
            throw new IOException("no dataset file or folder at " + dataset);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesInOrder(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort((a, b) -> relativeName(folder, a).compareTo(relativeName(folder, b)));
        return files;
    }

    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void hashContent(Path file, MessageDigest digest) throws IOException {
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) digest.update(buf, 0, n);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
