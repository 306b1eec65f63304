package org.skillmix.data.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a small made-up report on a low-priority daemon thread while a projection runs, so that the first real
 * render finds its libraries loaded and its template parsed. In a process that renders one report at its end (the
 * command line's {@code project}), the first render's fixed costs were about 1.3 s of every run: loading Thymeleaf,
 * OGNL and Jackson, logging's set-up on Thymeleaf's first log call, parsing {@code report.html} (docs/performance.md,
 * "Fixed costs of a run"). Thymeleaf's template engine is thread-safe and caches the parsed template and
 * expressions, so the real render reuses them; the page it writes is the same as without the warm-up. Nothing is
 * written anywhere; a failure here is left for the real render to report.
 */
public final class ReportWarmUp {

    private ReportWarmUp() {}

    /** Starts the warm-up and returns at once; the thread does not keep the process alive. */
    public static void startInBackground() {
        WarmUp.inBackground("report-warm-up", ReportWarmUp::render);
    }

    /**
     * The report template rendered with one of everything it iterates over or tests (a fact, a fan group with a fan,
     * the heatmap, an assumptions part), so every expression is parsed and evaluated once, and a sample of the
     * report's data through the report's JSON writer.
     */
    static String render() {
        ReportData.Band band = new ReportData.Band(new Double[] {1.0}, new Double[] {0.5}, new Double[] {1.0}, null);
        ReportData data = new ReportData(
                List.of("2025-04"),
                List.of("Apr 2025"),
                List.of(new ReportData.Fan("system", SeriesTotals.ALL, "Whole system", band, band)),
                new ReportData.Heatmap(List.of("Nursing"), List.of("Bolton"), new Double[][][] {{{1.0}}}, 1.0, 0),
                List.of(),
                0);
        Map<String, Object> v = new HashMap<>();
        for (String text : List.of(
                "version",
                "title",
                "subtitle",
                "css",
                "headlineIntro",
                "headline",
                "baseGap",
                "rangeCalibration",
                "drivers",
                "gaps",
                "inequalities",
                "workforce",
                "cost",
                "echarts",
                "tornado",
                "reportJs")) {
            v.put(text, "warm-up");
        }
        v.put("facts", List.of(new HtmlReport.Fact("Seed", "1", false), new HtmlReport.Fact("SHA-256", "0", true)));
        v.put(
                "fanGroups",
                List.of(new HtmlReport.FanGroup(
                        "By sector", true, List.of(new HtmlReport.Fan(0, "Acute", false, "summary")))));
        v.put("heatmap", new HtmlReport.Heatmap(0, "Apr 2025", 118, "summary"));
        v.put("assumptions", List.of(new HtmlReport.Part("Services", "<p>warm-up</p>")));
        v.put("data", Html.scriptSafeJson(HtmlReport.json(data)));
        return Templates.render("report", v);
    }
}
