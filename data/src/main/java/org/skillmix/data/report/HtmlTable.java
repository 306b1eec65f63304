package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An accessible table: a caption, column headers (optionally grouped) and rows whose first cell is a
 * row header. Texts given as text are escaped here; cells are built with {@link #text} / {@link #number}.
 */
final class HtmlTable {
    private final String caption;
    private final List<String> headRows = new ArrayList<>();
    private final List<String> bodyRows = new ArrayList<>();
    private List<String> columnNames = List.of();
    private final List<List<String>> firstRowCells = new ArrayList<>();
    private String footRow;

    HtmlTable(String caption) {
        this.caption = caption;
    }

    /** The header row of column names; each is aligned like its column's cells (numbers right). */
    HtmlTable columns(String... names) {
        columnNames = List.of(names);
        return this;
    }

    /** A header row of column groups: leading blank cells, then each name spanning span columns. */
    HtmlTable groups(int leading, int span, List<String> names) {
        StringBuilder row = new StringBuilder("<tr>");
        if (leading > 0) row.append("<td colspan=\"").append(leading).append("\"></td>");
        for (String name : names) {
            row.append("<th scope=\"colgroup\" colspan=\"")
                    .append(span)
                    .append("\">")
                    .append(Html.escape(name))
                    .append("</th>");
        }
        headRows.add(row.append("</tr>").toString());
        return this;
    }

    HtmlTable row(String header, List<String> cells) {
        if (firstRowCells.isEmpty()) firstRowCells.add(List.copyOf(cells));
        bodyRows.add(rowHtml(header, cells));
        return this;
    }

    HtmlTable total(String header, List<String> cells) {
        footRow = rowHtml(header, cells);
        return this;
    }

    boolean isEmpty() {
        return bodyRows.isEmpty();
    }

    static String text(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    /**
     * Long prose such as a source (file names, paths with no spaces): the PDF breaks it inside a word rather than
     * let it push the table past the page's edge, where the renderer cuts it off.
     */
    static String longText(String text) {
        return "<td class=\"long-text\">" + Html.escape(text) + "</td>";
    }

    /** A figure already formatted; cssClass may be null. */
    static String number(String formatted, String cssClass) {
        String classes = cssClass == null ? "num" : "num " + cssClass;
        return "<td class=\"" + classes + "\">" + Html.escape(formatted) + "</td>";
    }

    /** A cell of trusted markup built by the report itself (never dataset text). */
    static String markup(String html, String cssClass) {
        return "<td class=\"" + cssClass + "\">" + html + "</td>";
    }

    String html() {
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table>\n<caption>")
                .append(Html.escape(caption))
                .append("</caption>\n<thead>");
        headRows.forEach(out::append);
        out.append(columnRow());
        out.append("</thead>\n<tbody>\n");
        bodyRows.forEach(r -> out.append(r).append('\n'));
        out.append("</tbody>\n");
        if (footRow != null) out.append("<tfoot>").append(footRow).append("</tfoot>\n");
        return out.append("</table></div>\n").toString();
    }

    private String columnRow() {
        if (columnNames.isEmpty()) return "";
        List<String> first = firstRowCells.isEmpty() ? List.of() : firstRowCells.get(0);
        StringBuilder row = new StringBuilder("<tr>");
        for (int c = 0; c < columnNames.size(); c++) {
            // Column 0 heads the row headers; column c > 0 is cell c - 1 of a body row.
            boolean numeric = c > 0 && c - 1 < first.size() && first.get(c - 1).startsWith("<td class=\"num");
            row.append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(Html.escape(columnNames.get(c)))
                    .append("</th>");
        }
        return row.append("</tr>").toString();
    }

    private static String rowHtml(String header, List<String> cells) {
        StringBuilder row = new StringBuilder("<tr><th scope=\"row\">")
                .append(Html.escape(header))
                .append("</th>");
        cells.forEach(row::append);
        return row.append("</tr>").toString();
    }
}
