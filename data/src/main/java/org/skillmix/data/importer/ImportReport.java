package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import read, mapped, defaulted and skipped, with counts, so nothing in the dataset is a silent
 * guess. Written as plain text (the command's output) and as one self-contained HTML page.
 */
public final class ImportReport {

    /** The four kinds of line the issue asks for, plus notes (totals, checks). */
    public enum Section {
        READ("Read"),
        MAPPED("Mapped"),
        DEFAULTED("Defaulted"),
        SKIPPED("Skipped or not available"),
        FLAGGED("Plausibility flags"),
        TOTALS("Totals");

        final String title;

        Section(String title) {
            this.title = title;
        }
    }

    /** One line: what, how many (rows, organisations, FTE...), and the detail (file, source, reason). */
    public record Line(Section section, String what, String count, String detail) {}

    private final String icb;
    private final List<Line> lines = new ArrayList<>();

    ImportReport(String icb) {
        this.icb = icb;
    }

    void read(String file, long rows, String what) {
        lines.add(new Line(Section.READ, file, rows + " rows", what));
    }

    void mapped(String what, String count, String detail) {
        lines.add(new Line(Section.MAPPED, what, count, detail));
    }

    void defaulted(String what, String count, String source) {
        lines.add(new Line(Section.DEFAULTED, what, count, source));
    }

    void skipped(String what, String count, String why) {
        lines.add(new Line(Section.SKIPPED, what, count, why));
    }

    /** A figure outside the range published figures make plausible: kept, but to be looked at. */
    void flagged(String what, String value, String why) {
        lines.add(new Line(Section.FLAGGED, what, value, why));
    }

    void total(String what, String value, String detail) {
        lines.add(new Line(Section.TOTALS, what, value, detail));
    }

    public String icb() {
        return icb;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> lines(Section section) {
        return lines.stream().filter(l -> l.section() == section).toList();
    }

    /** The report as text: one block per section, one line each. */
    public String text() {
        StringBuilder out = new StringBuilder("Import report for ICB " + icb + "\n");
        for (Section section : Section.values()) {
            List<Line> in = lines(section);
            if (in.isEmpty()) continue;
            out.append('\n')
                    .append(section.title)
                    .append(" (")
                    .append(in.size())
                    .append(")\n");
            for (Line line : in) {
                out.append("  ").append(line.what());
                if (!line.count().isEmpty())
                    out.append(" [").append(line.count()).append(']');
                if (!line.detail().isEmpty()) out.append(": ").append(line.detail());
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The report as one HTML page with no external resources. */
    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Skillmix import report: ")
                .append(escape(icb))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2em}")
                .append(
                        "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}")
                .append("th{background:#eee}td.n{text-align:right;white-space:nowrap}h2{margin-top:1.5em}")
                .append("</style></head><body>\n<h1>Import report for ICB ")
                .append(escape(icb))
                .append("</h1>\n<ul>");
        for (Section section : Section.values()) {
            out.append("<li><a href=\"#")
                    .append(section.name().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(section.title)
                    .append("</a> (")
                    .append(lines(section).size())
                    .append(")</li>");
        }
        out.append("</ul>\n");
        for (Section section : Section.values()) {
            out.append("<h2 id=\"")
                    .append(section.name().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(section.title)
                    .append(
                            "</h2>\n<table><thead><tr><th>what</th><th>count</th><th>detail</th></tr></thead><tbody>\n");
            for (Line line : lines(section)) {
                out.append("<tr><td>")
                        .append(escape(line.what()))
                        .append("</td><td class=\"n\">")
                        .append(escape(line.count()))
                        .append("</td><td>")
                        .append(escape(line.detail()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
