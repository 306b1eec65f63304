package org.skillmix.data.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.Templates;

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
        lines.add(new Line(Section.READ, file, rows(rows), what));
    }

    /**
     * A figure as the report writes it for people: thousands grouped, at most dp decimals, trailing zeros dropped
     * ("13,432", "2,734.7", "0.5"). The tables' cells keep {@link OutputTable#num}'s plain digits.
     */
    static String figure(double x, int dp) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("not a number: " + x);
        return Figures.trimmed(new BigDecimal(x), dp, RoundingMode.HALF_EVEN);
    }

    /** "32,844 rows", as the report writes every count. */
    static String rows(long n) {
        return String.format(Locale.ROOT, "%,d rows", n);
    }

    /** A line another report gathered, as it was. */
    void add(Line line) {
        lines.add(line);
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

    /** A section as the page shows it: its anchor, title and lines. */
    public record SectionLines(String id, String title, List<Line> lines) {}

    /** The report as one HTML page with no external resources (template {@code import-report.html}). */
    public String html() {
        List<SectionLines> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            sections.add(new SectionLines(section.name().toLowerCase(Locale.ROOT), section.title, lines(section)));
        }
        Map<String, Object> v = new HashMap<>();
        v.put("icb", icb);
        v.put("sections", sections);
        return Templates.render("import-report", v);
    }
}
