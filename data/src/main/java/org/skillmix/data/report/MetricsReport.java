package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (metrics.points().isEmpty()) {
            page.append(
                    "<p>The dataset has no metrics.csv rows: there is nothing to show. <code>skillmix import</code> writes them"
                            + " from the published files; docs/metrics.md gives the layout.</p>\n</main>\n</body>\n</html>\n");
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
