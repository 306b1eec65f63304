package org.skillmix.data.staff;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.skillmix.data.dataset.Problem;

/**
 * One data row of a staff or surge file while it is read: cells by column name, the problems found in it
 * (each with file, row and column), and whether any cell was wrong.
 */
final class CsvRow {

    final String file;
    final int number;
    final List<String> cells;
    final Map<String, Integer> column;
    final List<Problem> problems;
    boolean ok = true;

    CsvRow(String file, int number, List<String> cells, Map<String, Integer> column, List<Problem> problems) {
        this.file = file;
        this.number = number;
        this.cells = cells;
        this.column = column;
        this.problems = problems;
    }

    void error(String col, String reason) {
        ok = false;
        problems.add(Problem.error(file, number, col, reason));
    }

    /** A required cell: empty is an error. */
    String text(String col) {
        String cell = optional(col);
        if (cell.isEmpty()) error(col, "is empty");
        return cell;
    }

    /** A cell that may be left empty. */
    String optional(String col) {
        int i = column.get(col);
        return i < cells.size() ? cells.get(i) : "";
    }

    String code(String col, String what, Predicate<String> known) {
        String cell = text(col);
        if (!cell.isEmpty() && !known.test(cell)) error(col, "unknown " + what + " '" + cell + "'");
        return cell;
    }

    double number(String col, double min, double max) {
        String cell = text(col);
        if (cell.isEmpty()) return 0;
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            error(col, "'" + cell + "' is not a number");
            return 0;
        }
        if (!(value >= min && value <= max))
            error(col, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + cell);
        return value;
    }

    boolean yesNo(String col) {
        String cell = text(col).toLowerCase();
        if (cell.equals("yes")) return true;
        if (!cell.equals("no") && !cell.isEmpty()) error(col, "must be yes or no, not '" + cell + "'");
        return false;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
