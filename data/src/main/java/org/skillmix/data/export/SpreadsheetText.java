package org.skillmix.data.export;

/**
 * Text a spreadsheet must show as text. Excel and LibreOffice run a cell that starts with =, +, - or @ as a
 * formula (and a tab or carriage return ahead of one hides it), so a staff id "=HYPERLINK(...)" in plan.csv would
 * run when a planner opens the file. Such text gets a leading apostrophe, which the spreadsheet shows as text and
 * which {@link #restore} takes off again (OWASP, "CSV Injection"). Numbers are not text and are never changed.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    /** The text as a cell may safely hold it. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) return text;
        return risky(text.charAt(0)) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralised}, for a file Skillmix reads back. */
    public static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && risky(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
