package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.core.system.SystemModel;

/**
 * metrics.html: the system dashboard as one self-contained page (ECharts inlined, as in report.html). Each
 * metric's trend for the ICS and its organisations against the national threshold, and a table of where each
 * stands at its latest month, with the status in words.
 */
public final class MetricsReport {

    public String html(SystemModel model) {
        SystemMetrics metrics = model.systemMetrics();
        Map<String, String> names = names(model);
        String title = "System metrics: " + model.info().name();
        StringBuilder page = new StringBuilder(1_300_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(resource("report.css"))
                .append(
                        ".metric-chart{height:300px}.metrics{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:1em}"
                                + ".status-not-met{font-weight:bold}</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n");
        page.append(headlines(metrics));
        if (metrics.points().isEmpty()) {
            page.append(
                    "<p>The dataset has no metrics.csv rows, so every metric above has no data. <code>skillmix import</code>"
                            + " writes them from the published files; docs/metrics.md gives the layout.</p>\n</main>\n</body>\n</html>\n");
            return page.toString();
        }
        page.append("<p>Each metric by month for the ICS (")
                .append(Html.escape(metrics.icb()))
                .append(
                        ", ratios of sums over its organisations) and its organisations, with the national threshold as a dashed"
                                + " line where there is one. The table gives each latest month's status in words.</p>\n");
        page.append(
                "<p><label for=\"metric-org\">Organisation</label> <select id=\"metric-org\"><option value=\"\">Every organisation</option>");
        metrics.points().stream()
                .map(p -> p.orgCode())
                .filter(o -> !o.equals(metrics.icb()))
                .distinct()
                .sorted()
                .forEach(o -> page.append("<option value=\"")
                        .append(Html.escape(o))
                        .append("\">")
                        .append(Html.escape(label(o, names)))
                        .append("</option>"));
        page.append("</select></p>\n<div class=\"metrics\">\n");
        List<MetricStatus> latest = metrics.latest();
        for (SystemMetric m : metrics.metrics()) {
            page.append("<section data-metric=\"")
                    .append(m.name())
                    .append("\"><h2>")
                    .append(Html.escape(m.label()))
                    .append("</h2>\n<p>")
                    .append(Html.escape(threshold(m)))
                    .append(". ");
            latest.stream()
                    .filter(s -> s.metric() == m && s.orgCode().equals(metrics.icb()))
                    .findFirst()
                    .ifPresentOrElse(
                            s -> page.append("ICS, ")
                                    .append(s.month())
                                    .append(": ")
                                    .append(Html.escape(value(m, s.value())))
                                    .append(", <span class=\"status-")
                                    .append(s.verdict().name().toLowerCase().replace('_', '-'))
                                    .append("\">")
                                    .append(s.verdict().words())
                                    .append("</span>."),
                            () -> page.append("No ICS figure (organisations only)."));
            page.append("</p>\n<div class=\"metric-chart\" role=\"img\" aria-label=\"")
                    .append(Html.escape(m.label()))
                    .append(" by month\"></div>\n</section>\n");
        }
        page.append("</div>\n");
        HtmlTable table = new HtmlTable("Latest month of each metric")
                .columns("Metric", "Organisation", "Month", "Value", "Threshold", "Status");
        for (MetricStatus s : latest) {
            table.row(
                    s.metric().label(),
                    List.of(
                            HtmlTable.text(label(s.orgCode(), names)),
                            HtmlTable.text(s.month().toString()),
                            HtmlTable.number(value(s.metric(), s.value()), null),
                            HtmlTable.text(threshold(s.metric())),
                            HtmlTable.text(s.verdict().words())));
        }
        page.append(table.html());
        page.append("<h2>Thresholds and sources</h2>\n<ul>\n");
        for (SystemMetric m : metrics.metrics()) {
            page.append("<li>")
                    .append(Html.escape(m.label()))
                    .append(": ")
                    .append(Html.escape(m.thresholdSource()))
                    .append("</li>\n");
        }
        page.append("</ul>\n</main>\n");
        page.append("<script type=\"application/json\" id=\"metrics-data\">")
                .append(Html.scriptSafeJson(MetricsJson.of(metrics, names)))
                .append("</script>\n<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n<script>")
                .append(Html.scriptSafeCode(resource("metrics-charts.js")))
                .append("</script>\n");
        page.append("""
                <script>
                var data = JSON.parse(document.getElementById('metrics-data').textContent);
                var select = document.getElementById('metric-org');
                SkillmixMetrics.draw(document, data, select.value);
                select.addEventListener('change', function () { SkillmixMetrics.draw(document, data, select.value); });
                </script>
                </body>
                </html>
                """);
        return page.toString();
    }

    /**
     * Every metric for the ICS, the six UEC system metrics first, each with its latest figure or "no data" and a
     * stale figure marked with its date: nothing is left out because it has no figures.
     */
    static String headlines(SystemMetrics metrics) {
        return "<h2>Where the ICS stands</h2>\n" + headlineTables(metrics);
    }

    /**
     * {@link #headlines} without its heading, for a page that gives its own: the board pack's "System metrics",
     * so the People Board reads the same figures, dates and verdicts as metrics.html and `skillmix metrics`.
     */
    public static String headlineTables(SystemMetrics metrics) {
        List<MetricHeadline> all = metrics.headlines();
        StringBuilder out = new StringBuilder();
        out.append("<p>").append(Html.escape(asOf(all))).append("</p>\n");
        for (boolean uec : new boolean[] {true, false}) {
            HtmlTable table = new HtmlTable(
                            uec
                                    ? "The six UEC system metrics NHS England holds the ICS to account on"
                                    : "Other metrics")
                    .columns("Metric", "ICS figure", "Month", "Threshold", "Status");
            for (MetricHeadline h : all) {
                if (h.metric().uecSystemMetric() != uec) continue;
                table.row(
                        h.metric().label(),
                        List.of(
                                HtmlTable.text(figure(h)),
                                HtmlTable.text(h.hasData() ? h.when() : ""),
                                HtmlTable.text(threshold(h.metric())),
                                HtmlTable.text(status(h))));
            }
            out.append(table.html());
        }
        return out.toString();
    }

    /** The date the figures are judged against, in words. */
    public static String asOf(List<MetricHeadline> headlines) {
        if (headlines.isEmpty() || headlines.get(0).asOf() == null) return "The dataset has no metric figures.";
        return "Newest figure: " + headlines.get(0).asOf() + ". A figure more than " + MetricHeadline.STALE_AFTER_MONTHS
                + " months older than that is marked stale, with its date.";
    }

    /** The ICS's latest value in the metric's unit, or why there is none ("no data"). */
    public static String figure(MetricHeadline h) {
        return h.hasData() ? value(h.metric(), h.ics().value()) : h.when();
    }

    /** Met, not met or no national threshold; blank without a figure. */
    public static String status(MetricHeadline h) {
        return h.hasData() ? h.ics().verdict().words() : "";
    }

    /** Organisation names by code, with the ICS under the ICB's code. */
    public static Map<String, String> names(SystemModel model) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(model.info().icbOdsCode(), "ICS: " + model.info().name());
        model.organisations().forEach(o -> names.put(o.code(), o.name()));
        return names;
    }

    private static String label(String org, Map<String, String> names) {
        return names.containsKey(org) ? org + " " + names.get(org) : org;
    }

    /** A value in the metric's unit: shares as percentages. */
    public static String value(SystemMetric m, double v) {
        return m.unit().equals("share")
                ? String.format(java.util.Locale.ROOT, "%.1f%%", v * 100)
                : String.format(java.util.Locale.ROOT, "%.1f %s", v, m.unit());
    }

    /** "Threshold: 92.0% or below", or that there is none. */
    public static String threshold(SystemMetric m) {
        if (Double.isNaN(m.threshold())) return "No national threshold";
        return "Threshold: " + value(m, m.threshold()) + (m.higherIsBetter() ? " or above" : " or below");
    }

    private static String resource(String name) {
        try (InputStream in = MetricsReport.class.getResourceAsStream("/org/skillmix/data/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
