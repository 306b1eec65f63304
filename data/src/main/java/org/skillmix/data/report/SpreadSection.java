package org.skillmix.data.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.data.export.ProjectionYear;

/**
 * The report's "What drives the spread" section: a tornado chart of the assumption groups' shares of the
 * variance of a chosen total (the system's gap at the last target year first), its summary in words, and
 * every total's shares in tables. A share within noise ({@link SpreadChart.Driver#withinNoise}) is drawn and
 * tabled marked as such, and never named as a driver.
 */
final class SpreadSection {
    private final Figures figures;

    SpreadSection(Figures figures) {
        this.figures = figures;
    }

    String html(List<SpreadChart> charts, boolean deterministic) {
        if (charts.isEmpty()) {
            return deterministic
                    ? "<p>A run without draws has no spread to attribute. Run with draws (the default is 1,000) to"
                            + " see which assumptions drive the uncertainty of the gap.</p>\n"
                    : "<p>No total varies over the draws, so there is no spread to attribute.</p>\n";
        }
        int chosen = SpreadChart.defaultIndex(charts);
        StringBuilder out = new StringBuilder(
                "<p>Which assumptions the uncertainty of the gap comes from: each bar is the share of the variance"
                        + " of the gap over the draws that one group of sampled assumptions explains on its own (a"
                        + " first-order sensitivity index, estimated from the run's own draws by regression). The"
                        + " grey bar is what no group explains alone: interactions between assumptions, non-linear"
                        + " effects and causes not sampled as parameters (docs/method.md).</p>\n");
        if (charts.stream().flatMap(c -> c.drivers().stream()).anyMatch(SpreadChart.Driver::withinNoise))
            out.append("<p>")
                    .append(Html.escape(charts.get(chosen).noiseNote()))
                    .append("</p>\n");
        out.append("<div class=\"controls\"><label for=\"driver-target\">Gap of</label> <select id=\"driver-target\">");
        for (int i = 0; i < charts.size(); i++) {
            out.append("<option value=\"")
                    .append(i)
                    .append(i == chosen ? "\" selected>" : "\">")
                    .append(Html.escape(charts.get(i).label()))
                    .append("</option>");
        }
        out.append("</select></div>\n");
        int height = 60 + 34 * (charts.get(chosen).drivers().size() + 1);
        out.append("<figure class=\"tornado\"><div class=\"chart\" id=\"tornado-chart\" style=\"height:")
                .append(Math.max(220, height))
                .append("px\" role=\"img\" aria-label=\"Tornado chart of the assumptions driving the spread\"></div>")
                .append("<figcaption id=\"tornado-summary\" aria-live=\"polite\">")
                .append(Html.escape(charts.get(chosen).summary()))
                .append("</figcaption></figure>\n");
        Map<Integer, List<SpreadChart>> byYear = new LinkedHashMap<>();
        for (SpreadChart c : charts)
            byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
        byYear.forEach((year, inYear) -> out.append(table(year, inYear)));
        return out.toString();
    }

    /** Rows: the groups (in the order of the system's shares); columns: the totals of the year. */
    private String table(int year, List<SpreadChart> inYear) {
        List<String> groups = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SpreadChart c : inYear) {
            for (SpreadChart.Driver d : c.drivers()) {
                if (!groups.contains(d.code())) groups.add(d.code());
                names.put(d.code(), d.name());
            }
        }
        HtmlTable table = new HtmlTable("Share of the variance of the gap at the end of year " + year + " ("
                + ProjectionYear.monthLabel(YearMonth.parse(inYear.get(0).month()))
                + "), by assumption group; the standard deviation of the gap in FTE");
        List<String> columns = new ArrayList<>(List.of("Assumption"));
        inYear.forEach(c -> columns.add(c.sectorName()));
        table.columns(columns.toArray(String[]::new));
        List<String> sd = new ArrayList<>();
        inYear.forEach(c -> sd.add(HtmlTable.number(figures.fte(c.sdFte()), null)));
        table.row("Standard deviation of the gap (FTE)", sd);
        for (String group : groups) {
            List<String> cells = new ArrayList<>();
            for (SpreadChart c : inYear) {
                String cell = c.drivers().stream()
                        .filter(d -> d.code().equals(group))
                        .findFirst()
                        .map(d -> figures.share(d.share()) + (d.withinNoise() ? " (within noise)" : ""))
                        .orElse(Figures.NONE);
                cells.add(HtmlTable.number(cell, null));
            }
            table.row(names.get(group), cells);
        }
        List<String> rest = new ArrayList<>();
        inYear.forEach(c -> rest.add(HtmlTable.number(figures.share(c.unexplained()), null)));
        table.total("Unexplained", rest);
        return table.html();
    }
}
