package org.skillmix.data.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.core.system.SystemModel;

/**
 * metrics.html: the system dashboard as one self-contained page (template {@code metrics.html}; ECharts, the chart
 * script and its data inlined, as in report.html). Each
 * metric's trend for the ICS and its organisations against the national threshold, and a table of where each
 * stands at its latest month, with the status in words.
 */
public final class MetricsReport {

    /** An organisation of the chart's picker: its code and "code name". */
    public record OrgOption(String code, String label) {}

    /** A metric's chart card: its code, label, threshold in words, the ICS's latest figure (or null) and source. */
    public record Card(String metric, String label, String threshold, IcsFigure ics, String source) {}

    /** The ICS's latest figure of a metric: month, value in the metric's unit, status as a CSS class and in words. */
    public record IcsFigure(String month, String value, String status, String words) {}

    /**
     * Renders a made-up page on a background thread, so that the command's real render finds Thymeleaf and the
     * template loaded while it reads the dataset (docs/performance.md, "Fixed costs of a run").
     */
    public static void warmUpInBackground() {
        WarmUp.inBackground("metrics-page-warm-up", MetricsReport::warmUpPage);
    }

    /** The warm-up's page: one organisation, one metric card with a figure, the chart part included. */
    static String warmUpPage() {
        Map<String, Object> v = new HashMap<>();
        for (String text : List.of("title", "css", "headlines", "latest", "data", "echarts", "metricsCharts"))
            v.put(text, "warm-up");
        v.put("charts", true);
        v.put("icb", "QXX");
        v.put("organisations", List.of(new OrgOption("R0A", "warm-up")));
        v.put("cards", List.of(new Card("X", "warm-up", "", new IcsFigure("2025-04", "1", "met", "met"), "")));
        return Templates.render("metrics", v);
    }

    /**
     * The page, from the Thymeleaf template {@code metrics.html}: text escaped by the template, the tables made (and
     * escaped) by {@link HtmlTable}, the data and the scripts inlined so the file needs no network.
     */
    public String html(SystemModel model) {
        SystemMetrics metrics = model.systemMetrics();
        Map<String, String> names = names(model);
        Map<String, Object> v = new HashMap<>();
        v.put("title", "System metrics: " + model.info().name());
        v.put("css", Templates.resource("report.css"));
        v.put("headlines", headlineTables(metrics));
        v.put("charts", !metrics.points().isEmpty());
        if (!metrics.points().isEmpty()) {
            List<MetricStatus> latest = metrics.latest();
            v.put("icb", metrics.icb());
            v.put(
                    "organisations",
                    metrics.points().stream()
                            .map(p -> p.orgCode())
                            .filter(o -> !o.equals(metrics.icb()))
                            .distinct()
                            .sorted()
                            .map(o -> new OrgOption(o, label(o, names)))
                            .toList());
            v.put(
                    "cards",
                    metrics.metrics().stream()
                            .map(m -> card(m, latest, metrics.icb()))
                            .toList());
            v.put("latest", latestTable(latest, names));
            v.put("data", MetricsJson.of(metrics, names));
            v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
            v.put("metricsCharts", Html.scriptSafeCode(Templates.resource("metrics-charts.js")));
        }
        return Templates.render("metrics", v);
    }

    private static Card card(SystemMetric m, List<MetricStatus> latest, String icb) {
        IcsFigure ics = latest.stream()
                .filter(s -> s.metric() == m && s.orgCode().equals(icb))
                .findFirst()
                .map(s -> new IcsFigure(
                        MetricHeadline.words(s.month()),
                        value(m, s.value()),
                        s.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        s.verdict().words()))
                .orElse(null);
        return new Card(m.name(), m.label(), threshold(m), ics, m.thresholdSource());
    }

    /** Where each metric stands at its latest month, for the ICS and each organisation, with the status in words. */
    private static String latestTable(List<MetricStatus> latest, Map<String, String> names) {
        HtmlTable table = new HtmlTable("Latest month of each metric")
                .columns("Metric", "Organisation", "Month", "Value", "Threshold", "Status");
        for (MetricStatus s : latest) {
            table.row(
                    s.metric().label(),
                    List.of(
                            HtmlTable.text(label(s.orgCode(), names)),
                            HtmlTable.text(MetricHeadline.words(s.month())),
                            HtmlTable.number(value(s.metric(), s.value()), null),
                            HtmlTable.text(threshold(s.metric())),
                            HtmlTable.text(s.verdict().words())));
        }
        return table.html();
    }

    /**
     * Every metric for the ICS, the six UEC system metrics first, each with its latest figure or "no data" and a
     * stale figure marked with its date: nothing is left out because it has no figures. Under metrics.html's "Where
     * the ICS stands" and the board pack's "System metrics", so the People Board reads the same figures, dates and
     * verdicts as metrics.html and `skillmix metrics`.
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
        return "Newest figure: " + MetricHeadline.words(headlines.get(0).asOf()) + ". A figure more than "
                + MetricHeadline.STALE_AFTER_MONTHS + " months older than that is marked stale, with its date.";
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
                ? String.format(Locale.ROOT, "%.1f%%", v * 100)
                : String.format(Locale.ROOT, "%.1f %s", v, m.unit());
    }

    /** "Threshold: 92.0% or below", or that there is none. */
    public static String threshold(SystemMetric m) {
        if (Double.isNaN(m.threshold())) return "No national threshold";
        return "Threshold: " + value(m, m.threshold()) + (m.higherIsBetter() ? " or above" : " or below");
    }
}
