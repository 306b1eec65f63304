package org.skillmix.data.importer;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One data row of a published file, with its line number, so every bad value is reported as
 * file:row:column. {@code NA} (R's missing value, in several published files) and blank cells are
 * "no value": {@link #optionalNumber} gives empty and {@link #number} says the value is missing.
 */
final class SourceRow {

    private final SourceCsv file;
    private final int line;
    private final List<String> fields;

    SourceRow(SourceCsv file, int line, List<String> fields) {
        this.file = file;
        this.line = line;
        this.fields = fields;
    }

    int line() {
        return line;
    }

    int size() {
        return fields.size();
    }

    /** The trimmed text of a column; a row cut short before the column is an error (a truncated file). */
    String text(String column) throws ImportException {
        return text(file.column(column));
    }

    String text(int index) throws ImportException {
        if (index >= fields.size()) {
            throw ImportException.at(
                    file.name(),
                    line,
                    file.columnName(index),
                    "the row ends after " + fields.size() + " of "
                            + Math.max(file.header().size(), index + 1) + " columns (is the file truncated?)");
        }
        return fields.get(index).strip();
    }

    /** A number that must be there. */
    double number(String column) throws ImportException {
        OptionalDouble value = optionalNumber(column);
        if (value.isEmpty())
            throw ImportException.at(
                    file.name(), line, column, "a number is needed here, not \"" + text(column) + "\"");
        return value.getAsDouble();
    }

    /** A number, or empty for a blank or NA cell; any other text is an error. */
    OptionalDouble optionalNumber(String column) throws ImportException {
        String text = text(column);
        if (isMissing(text)) return OptionalDouble.empty();
        try {
            return OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
        } catch (NumberFormatException e) {
            throw ImportException.at(file.name(), line, column, "\"" + text + "\" is not a number");
        }
    }

    static boolean isMissing(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return t.isEmpty() || t.equals("NA") || t.equals("N/A") || t.equals("..") || t.equals("-");
    }

    ImportException error(String column, String reason) {
        return ImportException.at(file.name(), line, column, reason);
    }
}
