package org.skillmix.data.dataset;

/**
 * One thing wrong (or worth knowing) about a dataset, located the way a planner finds it in a
 * spreadsheet.
 *
 * @param file     the CSV file name ({@code workforce.csv}); for a workbook, the workbook's file name
 *                 and the sheet in brackets ({@code system.xlsx[workforce]}); for a problem with the
 *                 dataset as a whole, the name of the folder, zip or workbook
 * @param row      the row a spreadsheet shows: the header is row 1, the first data row is row 2;
 *                 0 when the problem is with the whole file (missing, empty, unreadable)
 * @param column   the column's name as the spec writes it, or "" when no single column is to blame
 *                 (always "" when row is 0)
 * @param reason   what is wrong and, where it helps, what to write instead
 * @param severity errors stop the dataset loading; warnings do not
 */
public record Problem(String file, int row, String column, String reason, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        column = column == null ? "" : column;
        // A problem is one line, whatever it quotes.
        reason = PlainWords.oneLine(reason);
    }

    public static Problem error(String file, int row, String column, String reason) {
        return new Problem(file, row, column, reason, Severity.ERROR);
    }

    public static Problem warning(String file, int row, String column, String reason) {
        return new Problem(file, row, column, reason, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:row:column: reason}. A whole-file problem (row 0) is {@code file: reason}; a row with no
     * single column to blame is {@code file:row: reason}. Warnings say so after the location.
     */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) where.append(':').append(row);
        if (row > 0 && !column.isEmpty()) where.append(':').append(column);
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + reason;
    }
}
