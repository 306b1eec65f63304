package org.skillmix.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A sheet of a published XLSX workbook, streamed with fastexcel-reader. Published workbooks put a block
 * of metadata rows (title, period, source...) above the table and sometimes two header rows (a group
 * label such as "Available" over the column names): the header is found as the first row, within the
 * first 40, that has every required label; when the row above has labels too, each column's name is
 * "upper label / label" as well as its own label, so either can be asked for.
 */
final class SourceWorkbook {

    /** One data row of the sheet: the row number Excel shows and the cells as text. */
    record SheetRow(int number, List<String> cells) {}

    /** The table found in a sheet. */
    record Table(String name, Map<String, Integer> columns, List<SheetRow> rows) {

        String text(SheetRow row, String column) throws ImportException {
            Integer i = columns.get(column.toLowerCase(Locale.ROOT));
            if (i == null) throw ImportException.file(name, "has no column " + column);
            return i < row.cells().size() ? row.cells().get(i).strip() : "";
        }

        double number(SheetRow row, String column) throws ImportException {
            String text = text(row, column);
            if (SourceRow.isMissing(text)) {
                throw ImportException.at(name, row.number(), column, "a number is needed here, not \"" + text + "\"");
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw ImportException.at(name, row.number(), column, "\"" + text + "\" is not a number");
            }
        }
    }

    private SourceWorkbook() {}

    /** The table of the first sheet (in workbook order) that has a header row with every required label. */
    static Table read(Path file, String name, String... required) throws ImportException {
        return SourceCache.get(file, List.of(name, List.of(required)), () -> readFile(file, name, required));
    }

    private static Table readFile(Path file, String name, String... required) throws ImportException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Table table = readSheet(sheet, name + "[" + sheet.getName() + "]", required);
                if (table != null) return table;
            }
        } catch (IOException | RuntimeException e) {
            throw ImportException.file(
                    name,
                    "is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); save it again as .xlsx or download it afresh");
        }
        throw ImportException.file(name, "no sheet has a header row with " + String.join(", ", required));
    }

    private static Table readSheet(Sheet sheet, String name, String[] required) throws IOException {
        Map<String, Integer> columns = null;
        List<String> previous = List.of();
        List<SheetRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = cells(row);
                if (columns == null) {
                    if (row.getRowNum() > 40) return null;
                    Map<String, Integer> found = header(previous, cells);
                    boolean all = true;
                    for (String label : required) all &= found.containsKey(label.toLowerCase(Locale.ROOT));
                    if (all) columns = found;
                    else previous = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) continue;
                rows.add(new SheetRow(row.getRowNum(), cells));
            }
        }
        return columns == null ? null : new Table(name, columns, rows);
    }

    private static Map<String, Integer> header(List<String> above, List<String> labels) {
        Map<String, Integer> columns = new HashMap<>();
        String group = "";
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i).strip().toLowerCase(Locale.ROOT);
            String upper = i < above.size() ? above.get(i).strip().toLowerCase(Locale.ROOT) : "";
            // A group label spans the columns to its right until the next one (merged cells keep only the first).
            if (!upper.isEmpty()) group = upper;
            if (label.isEmpty()) continue;
            columns.putIfAbsent(label, i);
            if (!group.isEmpty()) columns.putIfAbsent(group + " / " + label, i);
        }
        return columns;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getRawValue());
        }
        return cells;
    }
}
