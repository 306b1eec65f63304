package org.skillmix.data.published;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.skillmix.data.dataset.PlainWords;
import org.skillmix.data.dataset.TextDecoder;

/** A CSV file with a header row, found by name under a folder, read one record at a time. */
public final class CsvTable {

    public interface RowVisitor {
        void visit(Row row, long line) throws MetricsImportException;
    }

    /** A data row addressed by header name; published headers may hold blank or repeated names, the first wins. */
    public record Row(Map<String, Integer> columns, CsvRecord record) {
        public String field(String name) {
            Integer i = columns.get(name);
            return i == null || i >= record.getFieldCount() ? "" : record.getField(i);
        }

        public long line() {
            return record.getStartingLineNumber();
        }
    }

    private CsvTable() {}

    /** Every file under root (three levels deep, as the shared folder is laid out) whose name matches. */
    public static List<Path> find(Path root, String namePattern) {
        Pattern p = Pattern.compile(namePattern);
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> p.matcher(f.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Path> findOne(Path root, String namePattern) {
        List<Path> all = find(root, namePattern);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public static void read(Path file, List<String> required, RowVisitor visitor) throws MetricsImportException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .ofCsvRecord(TextDecoder.open(() -> Files.newInputStream(file)).reader())) {
            Map<String, Integer> columns = null;
            for (CsvRecord record : csv) {
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        String name = record.getField(i).strip();
                        if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
                        columns.putIfAbsent(name, i);
                    }
                    for (String column : required) {
                        if (!columns.containsKey(column)) {
                            throw new MetricsImportException(
                                    file.getFileName() + ": no column \"" + column + "\"; expected " + required);
                        }
                    }
                    continue;
                }
                Row row = new Row(columns, record);
                visitor.visit(row, row.line());
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw new MetricsImportException(file.getFileName() + ": cannot be read: " + PlainWords.of(e));
        }
    }

    /** A number, or empty for a blank or "NA" cell (the published files' way of saying none). */
    public static OptionalDouble number(Row row, String column, Path file) throws MetricsImportException {
        String text = row.field(column).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("NA")) return OptionalDouble.empty();
        try {
            return OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
        } catch (NumberFormatException e) {
            throw new MetricsImportException(file.getFileName() + ":" + row.line() + ": column " + column
                    + " is not a number: \"" + text + "\"");
        }
    }
}
