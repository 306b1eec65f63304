package org.skillmix.data.staff;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillmix.data.dataset.Problem;

/**
 * Reading a staff or surge CSV: the text as the dataset reader decodes it (strict UTF-8, else
 * Windows-1252 as Excel saves on Windows; a byte-order mark skipped), a header that must name the
 * columns, then each non-blank row with its spreadsheet row number. Problems are collected, not thrown.
 */
final class CsvRows {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRows() {}

    /** The file's text. These files are small (thousands of rows), so they are read whole. */
    static Reader open(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** The text of a file's bytes (an upload), decoded as {@link #open} decodes a file. */
    static Reader decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new StringReader(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return new StringReader(WINDOWS_1252
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        }
    }

    /** Calls each with every data row; a missing column, an empty file or broken CSV is a problem of the file. */
    static void read(String name, Reader text, List<String> columns, List<Problem> problems, Consumer<CsvRow> each) {
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().skipEmptyLines(false).ofCsvRecord(text)) {
            Map<String, Integer> column = null;
            int rowNumber = 0;
            for (CsvRecord record : csv) {
                rowNumber++;
                List<String> cells = record.getFields().stream()
                        .map(c -> c.replace("\uFEFF", "").strip())
                        .toList();
                if (cells.stream().allMatch(String::isEmpty)) continue;
                if (column == null) {
                    column = header(name, cells, columns, problems);
                    if (column == null) return;
                    continue;
                }
                each.accept(new CsvRow(name, rowNumber, cells, column, problems));
            }
            if (column == null) {
                problems.add(
                        Problem.error(name, 0, "", "is empty: expected a header row " + String.join(",", columns)));
            }
        } catch (CsvParseException | UncheckedIOException | IOException e) {
            problems.add(Problem.error(name, 0, "", "not valid CSV: " + e.getMessage()));
        }
    }

    private static Map<String, Integer> header(
            String name, List<String> cells, List<String> columns, List<Problem> problems) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) column.put(cells.get(i).toLowerCase(), i);
        List<String> missing =
                columns.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.error(
                    name,
                    1,
                    "",
                    "missing column(s) " + String.join(", ", missing) + "; the header must name "
                            + String.join(",", columns)));
            return null;
        }
        return column;
    }
}
