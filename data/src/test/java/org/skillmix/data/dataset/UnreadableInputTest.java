package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they claim to be: the wrong encoding, a damaged workbook, a zip that lies about its
 * sizes, a cell 100,000 characters long, broken CSV. Each is refused in plain words, on one line, naming the
 * encoding or the row and column, without a parser's own text.
 */
class UnreadableInputTest {

    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @BeforeEach
    void copyFixture() throws IOException {
        data = TinyDataset.copyTo(tmp);
    }

    @Test
    void utf16IsNamedWithOrWithoutAByteOrderMark() throws Exception {
        String text = Files.readString(data.file("roles.csv"));
        Files.write(data.file("roles.csv"), text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(
                data.file("places.csv"),
                Files.readString(data.file("places.csv")).getBytes(StandardCharsets.UTF_16));
        Files.write(
                data.file("services.csv"),
                prefixed(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        Files.readString(data.file("services.csv")),
                        StandardCharsets.UTF_16LE));

        assertThat(reason("roles.csv"))
                .startsWith("is UTF-16 (little-endian, without a byte-order mark) text; Skillmix reads CSV files saved"
                        + " as UTF-8 or Windows-1252");
        assertThat(reason("places.csv")).startsWith("is UTF-16 (big-endian, with a byte-order mark) text");
        assertThat(reason("services.csv")).startsWith("is UTF-16 (little-endian, with a byte-order mark) text");
        assertThat(errors()).noneMatch(p -> p.reason().contains("required column"));
    }

    @Test
    void otherFilesUnderACsvNameAreNamed() throws Exception {
        Files.write(data.file("roles.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Files.write(data.file("places.csv"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        Files.write(
                data.file("services.csv"), "service_code,name\nCN,Comm\0unity\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(reason("roles.csv")).startsWith("is an Excel workbook (.xlsx) or a zip file, not CSV text");
        assertThat(reason("places.csv")).startsWith("is an old Excel workbook (.xls), not CSV text");
        assertThat(reason("services.csv")).startsWith("contains NUL bytes (the first on line 2)");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRefusedWithTheirLine() throws Exception {
        Files.write(
                data.file("roles.csv"), "role_code,name\nRN,Nurse \u0081\n".getBytes(Charset.forName("ISO-8859-1")));

        assertThat(reason("roles.csv"))
                .startsWith("is neither UTF-8 nor Windows-1252 text (byte 0x81 on line 2 is in neither)");
    }

    @Test
    void windows1252AndAByteOrderMarkReadAsBefore() throws Exception {
        String places = "place_code,name,type\nE08000001,Bolton \u2013 \u00a3,local_authority\nE08000002,Bury,\n";
        Files.write(data.file("places.csv"), places.getBytes(TextDecoder.WINDOWS_1252));
        Files.write(
                data.file("roles.csv"),
                prefixed(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        Files.readString(data.file("roles.csv")),
                        StandardCharsets.UTF_8));

        assertThat(reader.read(data.folder()).places().get(0).name()).isEqualTo("Bolton \u2013 \u00a3");
    }

    @Test
    void aZipThatStatesLessThanItHoldsIsRefusedAtOnce() throws Exception {
        Path zip = DatasetReaderTest.zip(tmp.resolve("system.zip"), "");
        statedSize(zip, "population.csv", 10);

        assertThat(problem(zip, "population.csv").reason())
                .isEqualTo("holds more than the 10 bytes the zip's directory says it has: the zip is damaged or made to"
                        + " mislead; make it again");
    }

    @Test
    void aWorkbookWhoseSheetIsDamagedIsSaidToBeInPlainWordsOnOneLine() throws Exception {
        Path xlsx = tmp.resolve("system.xlsx");
        new DatasetWriter().writeWorkbook(reader.read(data.folder()), xlsx);
        Path damaged = tmp.resolve("damaged.xlsx");
        replaceEntries(xlsx, damaged, "xl/worksheets/", "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c>");

        List<Problem> errors = errors(damaged);

        assertThat(errors).isNotEmpty().allSatisfy(p -> {
            assertThat(p.toString()).doesNotContain("Exception", "com.", "org.", "\n", "\r");
            assertThat(p.reason()).contains("damaged");
        });
    }

    @Test
    void aHundredThousandCharacterCellIsCutInTheMessage() throws Exception {
        data.set("workforce.csv", 2, "role_code", "X".repeat(100_000));

        Problem problem = errors().stream()
                .filter(p -> p.column().equals("role_code"))
                .findFirst()
                .orElseThrow();
        assertThat(problem.reason())
                .isEqualTo("role \"" + "X".repeat(60) + "... (100000 characters)\" is not in roles.csv")
                .hasSizeLessThan(300);
    }

    @Test
    void textAfterAClosingQuoteNamesItsRowAndColumn() throws Exception {
        data.writeText("places.csv", "place_code,name,type\nE08000001,Bolton,local_authority\nE08000002,\"Bury\"x,\n");

        assertThat(errors())
                .extracting(Problem::toString)
                .containsExactly("places.csv:3:name: text follows the closing quote of a quoted cell; quote the whole"
                        + " cell and double each quote inside it (\"\")");
    }

    @Test
    void theDecoderReadsTheSameTextWhateverTheBufferBoundaries() throws Exception {
        String text = "é€".repeat(10_000) + "\n";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(TextDecoder.decode(new byte[0])).isEmpty();
        assertThatThrownBy(() -> TextDecoder.decode("a\0b\0c\0".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InputRefused.class)
                .hasMessageStartingWith("is UTF-16 (little-endian, without a byte-order mark) text");
    }

    private String reason(String file) {
        return problem(data.folder(), file).reason();
    }

    private Problem problem(Path dataset, String file) {
        List<Problem> errors = errors(dataset);
        return errors.stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error in " + file + "; the errors were:\n"
                        + errors.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    private List<Problem> errors() {
        return errors(data.folder());
    }

    private List<Problem> errors(Path dataset) {
        Throwable thrown = catchThrowable(() -> reader.read(dataset));
        assertThat(thrown).as("the dataset must be refused").isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown).errors();
    }

    private static byte[] prefixed(byte[] prefix, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    /** Sets the uncompressed size the zip's central directory states for one entry. */
    private static void statedSize(Path zip, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) continue;
            int nameLength = buffer.getShort(i + 28) & 0xFFFF;
            String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
            if (name.equals(entry)) buffer.putInt(i + 24, size);
        }
        Files.write(zip, bytes);
    }

    /** Copies a zip, giving every entry under a folder the same (damaged) content. */
    private static void replaceEntries(Path from, Path to, String folder, String content) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
                OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith(folder)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream bytes = in.getInputStream(entry)) {
                        ByteArrayOutputStream copy = new ByteArrayOutputStream();
                        bytes.transferTo(copy);
                        out.write(copy.toByteArray());
                    }
                }
                out.closeEntry();
            }
        }
    }
}
