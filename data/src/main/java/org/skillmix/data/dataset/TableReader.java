package org.skillmix.data.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one table's header and rows under the rules every CSV table Skillmix reads follows, dataset
 * table or side file: the header names the columns (in any order, any case; a column named twice is an
 * error, an unknown one a warning, a missing required one an error that stops the rows being read); each
 * row is handed on as a {@link DataRow}; two rows with the same key are an error naming the first; a
 * table past the row limit, broken CSV and unreadable bytes are errors with the row (and column) they are
 * at.
 */
public final class TableReader {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    /** What the handler is told of each row: the row, and whether its key is new. */
    public interface RowHandler {
        void row(DataRow row, boolean unique);
    }

    /** How far the table was read. */
    public enum Outcome {
        /** Header and every row read (rows may still have had problems of their own). */
        READ,
        /** No header: an empty file. */
        EMPTY,
        /** The header lacks a required column, or the file broke off part way: the rows are not to be used. */
        FAILED
    }

    public record Result(Outcome outcome, int dataRows) {}

    private final String file;
    private final TableSpec table;
    private final List<String> key;
    private final int maxRows;
    private final ProblemLog log;

    /**
     * @param file    the file as problems name it
     * @param key     the columns that identify a row (empty: any number of equal rows)
     * @param maxRows data rows allowed before the read stops
     */
    public TableReader(String file, TableSpec table, List<String> key, int maxRows, ProblemLog log) {
        this.file = file;
        this.table = table;
        this.key = List.copyOf(key);
        this.maxRows = maxRows;
        this.log = log;
    }

    /**
     * Reads every row into the handler.
     *
     * @param unreadable what to say when reading fails part way (the source knows: a damaged zip, a workbook)
     */
    Result read(TableInput input, RowHandler handler, Function<Exception, String> unreadable) {
        int lastRow = 0;
        RawRow header = null;
        try {
            header = input.next();
            if (header == null) return new Result(Outcome.EMPTY, 0);
            lastRow = header.number();
            Map<String, Integer> columns = columnIndex(header);
            // Without a required column the rows cannot be read as records; checking them anyway would
            // bury the one header problem under a cascade of "unknown code" errors in other tables.
            if (columns == null
                    || table.columns().stream().anyMatch(c -> c.required() && !columns.containsKey(c.name()))) {
                return new Result(Outcome.FAILED, 0);
            }
            Map<String, Integer> keys = new HashMap<>();
            int dataRows = 0;
            for (RawRow raw = input.next(); raw != null; raw = input.next()) {
                lastRow = raw.number();
                if (++dataRows > maxRows) {
                    log.error(
                            file,
                            raw.number(),
                            "",
                            "has more than " + maxRows + " rows; Skillmix reads no more (is this the right file?)");
                    return new Result(Outcome.FAILED, dataRows);
                }
                DataRow row = new DataRow(file, raw, columns, table, log);
                handler.row(row, checkKey(row, keys));
            }
            return new Result(Outcome.READ, dataRows);
        } catch (CsvSyntaxError e) {
            log.error(file, e.row(), columnName(header, e.field()), e.getMessage());
        } catch (InputRefused e) {
            log.error(file, lastRow == 0 ? 0 : lastRow + 1, "", e.getMessage());
        } catch (IOException e) {
            log.error(file, lastRow + 1, "", unreadable.apply(e));
        }
        return new Result(Outcome.FAILED, 0);
    }

    /**
     * Maps lower-cased, trimmed header names to their positions, reporting duplicated, unknown and missing
     * columns; null when the header is one cell holding another separator.
     */
    private Map<String, Integer> columnIndex(RawRow header) {
        if (header.cells().size() == 1 && header.cell(0).matches(".*[;\t|].*")) {
            log.error(
                    file,
                    header.number(),
                    "",
                    "the header is one column, " + DataRow.quote(header.cell(0))
                            + ": columns must be separated by commas (in Excel, save as \"CSV (Comma delimited)\")");
            return null;
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            String shown = PlainWords.cut(name);
            if (index.containsKey(name)) {
                log.error(file, header.number(), shown, "column " + shown + " appears twice in the header; keep one");
                continue;
            }
            index.put(name, i);
            if (table.column(name).isEmpty() && !name.equals(DatasetTable.SOURCE)) {
                log.warning(
                        file,
                        header.number(),
                        shown,
                        "is not a column of " + table.sheetName() + " and is ignored" + columnHint(name));
            }
        }
        for (Column column : table.columns()) {
            if (column.required() && !index.containsKey(column.name())) {
                log.error(
                        file,
                        header.number(),
                        column.name(),
                        "required column " + column.name() + " is missing from the header (" + column.meaning() + ")");
            }
        }
        return index;
    }

    /** Whether the row's key is new; logs a duplicate against the row that had it first. */
    private boolean checkKey(DataRow row, Map<String, Integer> keys) {
        if (key.isEmpty()) return true;
        List<String> values = new ArrayList<>();
        StringBuilder same = new StringBuilder();
        for (String column : key) {
            String value = row.cell(column);
            if (value == null || value.isEmpty()) return true;
            values.add(value);
            same.append(sameness(column, value)).append('\u0000');
        }
        Integer first = keys.putIfAbsent(same.toString(), row.number());
        if (first == null) return true;
        row.error(
                key.get(key.size() - 1),
                "duplicates row " + first + ": the same " + String.join(" and ", key) + " ("
                        + values.stream()
                                .map(PlainWords::cut)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                        + ") may appear only once");
        return false;
    }

    /**
     * What makes two cells the same key: a code as written (codes are case-sensitive), a number by its
     * value (2025 and 2025.0 are one year), a word ignoring case, spaces and hyphens (F and f are one sex,
     * GA-OCCUPANCY and ga_occupancy one metric), as the parsers read them.
     */
    private String sameness(String column, String value) {
        Column.Kind kind = table.column(column).map(Column::kind).orElse(Column.Kind.CODE);
        return switch (kind) {
            case CODE -> value;
            case NUMBER -> number(value);
            case TEXT -> word(value);
        };
    }

    private static String number(String value) {
        try {
            double number = Double.parseDouble(value);
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number)
                    : Double.toString(number);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String word(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c))
                return SEPARATORS.matcher(lower).replaceAll("_");
        }
        return lower;
    }

    /** The header's name for a field, or "column N" when there is none. */
    private static String columnName(RawRow header, int field) {
        if (field < 0) return "";
        String name = header == null ? "" : header.cell(field).toLowerCase(Locale.ROOT);
        return name.isEmpty() ? "column " + (field + 1) : PlainWords.cut(name);
    }

    /** "growth" for "growth_mode" and the like: the commonest slip with uncertain parameters. */
    private String columnHint(String name) {
        return table.column(name + "_mode")
                .map(c -> " (did you mean " + c.name() + "?)")
                .orElse("");
    }
}
