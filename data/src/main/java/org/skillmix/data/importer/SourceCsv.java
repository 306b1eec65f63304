package org.skillmix.data.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.skillmix.data.dataset.PlainWords;
import org.skillmix.data.dataset.TextDecoder;

/**
 * A published CSV file read whole (the largest national file here is about 5 MB), decoded by the product's
 * one {@link TextDecoder} (UTF-8, or Windows-1252 as NHS Digital's PCN file is; other encodings refused by
 * name), with LF or CRLF line ends, optionally gzipped. The header is the first non-blank row unless the
 * caller says there is none.
 */
final class SourceCsv {

    static final Charset WINDOWS_1252 = TextDecoder.WINDOWS_1252;

    /** A visitor of data rows; may throw to stop the import at a bad row. */
    interface RowVisitor {
        void visit(SourceRow row) throws ImportException;
    }

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<CsvRecord> records;
    private final Charset charset;
    private final int headerRow;

    private SourceCsv(String name, List<String> header, List<CsvRecord> records, Charset charset, int headerRow) {
        this.name = name;
        this.header = header;
        this.records = records;
        this.charset = charset;
        this.headerRow = headerRow;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
    }

    /** Reads a file with a header row, checking the columns the caller needs are there. */
    static SourceCsv read(Path file, String name, String... required) throws ImportException {
        SourceCsv csv = parse(file, name, true);
        csv.require(required);
        return csv;
    }

    /** Reads a file without a header row (the ODS extracts); columns are then addressed by number. */
    static SourceCsv readHeaderless(Path file, String name) throws ImportException {
        return parse(file, name, false);
    }

    private static SourceCsv parse(Path file, String name, boolean hasHeader) throws ImportException {
        return SourceCache.get(file, List.of(name, hasHeader), () -> parseFile(file, name, hasHeader));
    }

    private static SourceCsv parseFile(Path file, String name, boolean hasHeader) throws ImportException {
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in =
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                            ? new GZIPInputStream(raw)
                            : raw;
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw ImportException.file(name, "cannot be read: " + e.getMessage());
        }
        return parse(bytes, name, hasHeader);
    }

    /** Reads CSV bytes already in memory (a mapping table shipped as a resource). */
    static SourceCsv read(byte[] bytes, String name, String... required) throws ImportException {
        SourceCsv csv = parse(bytes, name, true);
        csv.require(required);
        return csv;
    }

    private static SourceCsv parse(byte[] bytes, String name, boolean hasHeader) throws ImportException {
        TextDecoder.Text decoded;
        try {
            decoded = TextDecoder.open(bytes);
        } catch (IOException e) {
            throw ImportException.file(name, PlainWords.of(e));
        }
        Charset charset = decoded.charset();
        Reader text = decoded.reader();
        List<CsvRecord> records = new ArrayList<>();
        try {
            // Rows keep their line numbers so problems point at the row a spreadsheet shows.
            CsvReader.builder()
                    .skipEmptyLines(true)
                    .allowUnclosedQuote(false)
                    .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(text)
                    .forEach(records::add);
        } catch (CsvParseException e) {
            int row = records.isEmpty()
                    ? 1
                    : (int) records.get(records.size() - 1).getStartingLineNumber() + 1;
            throw ImportException.at(
                    name, row, "", "not valid CSV (a quote opened and never closed?): " + e.getMessage());
        } catch (RuntimeException e) {
            throw ImportException.file(name, "cannot be read as CSV: " + e.getMessage());
        }
        if (!hasHeader) return new SourceCsv(name, List.of(), records, charset, 0);
        if (records.isEmpty()) throw ImportException.file(name, "is empty: expected a header row and data rows");
        CsvRecord head = records.remove(0);
        List<String> header =
                head.getFields().stream().map(SourceCsv::cleanHeader).toList();
        return new SourceCsv(name, header, records, charset, (int) head.getStartingLineNumber());
    }

    private static String cleanHeader(String cell) {
        return cell.replace("\uFEFF", "").strip();
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    void require(String... required) throws ImportException {
        for (String column : required) {
            if (!columns.containsKey(key(column))) {
                throw ImportException.at(
                        name,
                        headerRow,
                        column,
                        "required column \"" + column + "\" is missing from the header (it has: "
                                + String.join(", ", header) + ")");
            }
        }
    }

    boolean has(String column) {
        return columns.containsKey(key(column));
    }

    int column(String column) {
        Integer i = columns.get(key(column));
        if (i == null) throw new IllegalArgumentException(name + " has no column " + column);
        return i;
    }

    List<String> header() {
        return header;
    }

    String name() {
        return name;
    }

    Charset charset() {
        return charset;
    }

    int rows() {
        return records.size();
    }

    /** Visits every data row in file order. */
    void forEach(RowVisitor visitor) throws ImportException {
        for (CsvRecord record : records) {
            List<String> fields = record.getFields();
            if (fields.stream().allMatch(String::isBlank)) continue;
            visitor.visit(new SourceRow(this, (int) record.getStartingLineNumber(), fields));
        }
    }

    /** Number of the column named, as the 1-based position a header shows, for messages. */
    String columnName(int index) {
        return index < header.size() ? header.get(index) : "column " + (index + 1);
    }
}
