package org.skillmix.data.dataset;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way Skillmix turns the bytes of a CSV file into text, for the dataset's tables, the side files
 * (staff, surge, bank, shifts) and the importer's published files alike.
 *
 * <p>A file is read as UTF-8 when it is valid UTF-8 (a byte-order mark is skipped), else as Windows-1252,
 * which is what Excel's plain "CSV (Comma delimited)" saves on Windows. Anything else is refused with its
 * encoding named, rather than read as nonsense that fails later as "a required column is missing":
 * UTF-16 and UTF-32 (Excel's "Unicode Text"), with or without a byte-order mark; a workbook, zip, PDF or
 * gzip file given where a CSV file belongs; binary data (NUL bytes); and bytes that are neither UTF-8 nor
 * Windows-1252 (the five bytes Windows-1252 leaves undefined).
 *
 * <p>The bytes are read twice, streaming both times, so a large table is never held whole: once to choose
 * the encoding, then to decode. Decoding reports a malformed byte rather than replacing it.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What to do instead, in the words of Excel's "Save as" list. */
    static final String SAVE_AS = "in Excel, save it as \"CSV UTF-8 (Comma delimited)\"";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SNIFF = 4096;

    /** Opens the bytes afresh each time: choosing the encoding and decoding each need a pass. */
    public interface Bytes {
        InputStream open() throws IOException;
    }

    /** The text of a file and the encoding it was read in. */
    public record Text(Charset charset, Reader reader) {}

    private TextDecoder() {}

    /** Opens the file's text; throws {@link InputRefused} naming the encoding when it is not one Skillmix reads. */
    public static Text open(Bytes bytes) throws IOException {
        Charset charset = detect(bytes);
        InputStream in = new BufferedInputStream(bytes.open());
        if (charset.equals(StandardCharsets.UTF_8)) skipBom(in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Text(charset, new InputStreamReader(in, decoder));
    }

    /** {@link #open(Bytes)} for bytes already in memory (an upload, a small side file). */
    public static Text open(byte[] bytes) throws IOException {
        return open(() -> new ByteArrayInputStream(bytes));
    }

    /** The whole text of bytes already in memory. */
    public static String decode(byte[] bytes) throws IOException {
        StringWriter text = new StringWriter(bytes.length);
        try (Reader reader = open(bytes).reader()) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    /** UTF-8 or Windows-1252, or a refusal naming what the bytes are instead. */
    static Charset detect(Bytes bytes) throws IOException {
        try (InputStream in = bytes.open()) {
            byte[] head = in.readNBytes(SNIFF);
            refuseByLook(head);
            return scan(head, in, bytes);
        }
    }

    /** What the first bytes show: a byte-order mark of UTF-16 or UTF-32, another file type, or UTF-16 without a mark. */
    private static void refuseByLook(byte[] head) throws InputRefused {
        if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00))
            throw wrongEncoding("UTF-32 (little-endian, with a byte-order mark)");
        if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF))
            throw wrongEncoding("UTF-32 (big-endian, with a byte-order mark)");
        if (startsWith(head, 0xFF, 0xFE)) throw wrongEncoding("UTF-16 (little-endian, with a byte-order mark)");
        if (startsWith(head, 0xFE, 0xFF)) throw wrongEncoding("UTF-16 (big-endian, with a byte-order mark)");
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            throw new InputRefused("is an Excel workbook (.xlsx) or a zip file, not CSV text; " + SAVE_AS
                    + ", or give the workbook" + " or zip as the whole dataset");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputRefused("is an old Excel workbook (.xls), not CSV text; " + SAVE_AS);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) throw new InputRefused("is a PDF document, not CSV text");
        if (startsWith(head, 0x1F, 0x8B)) throw new InputRefused("is gzip-compressed, not CSV text; unpack it first");
        // Text in UTF-16 without a mark has a NUL beside nearly every Latin letter, all on the same side.
        int even = 0;
        int odd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        }
        int pairs = head.length / 2;
        if (pairs >= 2) {
            if (even + odd >= head.length * 0.6) throw wrongEncoding("UTF-32 (without a byte-order mark)");
            if (odd >= pairs * 0.3 && even <= pairs * 0.05)
                throw wrongEncoding("UTF-16 (little-endian, without a byte-order mark)");
            if (even >= pairs * 0.3 && odd <= pairs * 0.05)
                throw wrongEncoding("UTF-16 (big-endian, without a byte-order mark)");
        }
    }

    /**
     * One pass over every byte: is it valid UTF-8, and does it hold NUL bytes (no part of text a spreadsheet
     * saves)? When it is not UTF-8, a second pass checks it is valid Windows-1252. The line of the first bad
     * byte is named.
     */
    private static Charset scan(byte[] head, InputStream rest, Bytes bytes) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer sink = CharBuffer.allocate(8192);
        ByteBuffer pending = ByteBuffer.allocate(8192 + 8);
        boolean isUtf8 = true;
        long line = 1;
        byte[] chunk = head;
        int length = head.length;
        int offset = startsWith(head, 0xEF, 0xBB, 0xBF) ? UTF8_BOM.length : 0;
        byte[] buffer = new byte[8192];
        while (true) {
            for (int i = offset; i < length; i++) {
                byte b = chunk[i];
                if (b <= '\n' && b >= 0) {
                    if (b == '\n') line++;
                    else if (b == 0) {
                        throw new InputRefused("contains NUL bytes (the first on line " + line
                                + "): it is binary data or UTF-16 or UTF-32 text, not CSV text; " + SAVE_AS);
                    }
                }
            }
            if (isUtf8) isUtf8 = feed(utf8, pending, chunk, offset, length, sink, false);
            int n = rest.read(buffer);
            if (n < 0) break;
            chunk = buffer;
            length = n;
            offset = 0;
        }
        if (isUtf8) isUtf8 = feed(utf8, pending, buffer, 0, 0, sink, true);
        if (isUtf8) return StandardCharsets.UTF_8;
        refuseUndefinedIn1252(bytes);
        return WINDOWS_1252;
    }

    /** Refuses bytes with one of the five bytes Windows-1252 leaves undefined, naming its line. */
    private static void refuseUndefinedIn1252(Bytes bytes) throws IOException {
        try (InputStream in = bytes.open()) {
            byte[] buffer = new byte[8192];
            long line = 1;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b == '\n') line++;
                    else if (isUndefinedIn1252(b)) {
                        throw new InputRefused(String.format(
                                Locale.ROOT,
                                "is neither UTF-8 nor Windows-1252 text (byte 0x%02X on line %d is in neither); %s",
                                b,
                                line,
                                SAVE_AS));
                    }
                }
            }
        }
    }

    /** Decodes length bytes of the chunk from offset into a throw-away buffer; false at the first malformed byte. */
    private static boolean feed(
            CharsetDecoder decoder,
            ByteBuffer pending,
            byte[] chunk,
            int offset,
            int length,
            CharBuffer sink,
            boolean end) {
        int from = offset;
        while (true) {
            int room = Math.min(pending.remaining(), length - from);
            pending.put(chunk, from, room);
            from += room;
            pending.flip();
            boolean last = end && from == length;
            CoderResult result;
            do {
                sink.clear();
                result = decoder.decode(pending, sink, last);
            } while (result.isOverflow());
            if (result.isError()) return false;
            pending.compact();
            if (from == length) {
                if (last) {
                    sink.clear();
                    return !decoder.flush(sink).isError();
                }
                return true;
            }
        }
    }

    private static boolean isUndefinedIn1252(int b) {
        return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    }

    private static InputRefused wrongEncoding(String encoding) {
        return new InputRefused("is " + encoding
                + " text; Skillmix reads CSV files saved as UTF-8 or Windows-1252 (Excel's \"Unicode Text\" is UTF-16): "
                + SAVE_AS);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(UTF8_BOM.length);
        byte[] start = in.readNBytes(UTF8_BOM.length);
        if (!Arrays.equals(start, UTF8_BOM)) in.reset();
    }
}
