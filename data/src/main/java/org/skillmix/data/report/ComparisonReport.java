package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.export.JsonOutput;

/**
 * Scenarios side by side as one self-contained HTML page (ECharts inlined, no network): the target gap
 * over time with its P10-P90 band per scenario, the yearly summary (costs, gap closed, cost per FTE
 * closed, probability of meeting the target), the gap closed by capability, sector and place in the last
 * year, and each scenario's interventions. Every chart's figures are also in a table.
 */
public final class ComparisonReport {
    private final SystemModel system;
    private final ScenarioComparison.Result result;

    public ComparisonReport(SystemModel system, ScenarioComparison.Result result) {
        this.system = system;
        this.result = result;
    }

    /** Says whether one run at the most likely values met the target, where there is no probability to give. */
    static final String NO_DRAWS = "one run at the most likely values, no draws";

    /**
     * P(average shortfall &lt; target), and where it is 0% the shortfall that 9 draws in 10 do reach, so the reader
     * sees what target would be met. A run without draws has no probability: a share of one run is 0% or 100%, and
     * "90% of draws" would describe draws that were never made, so it says whether that one run met the target.
     *
     * @param draws the Monte Carlo draws of the comparison (0: the deterministic run alone)
     */
    public static String probability(ScenarioComparison.YearRow r, int draws) {
        if (draws == 0) {
            return (r.probabilityBelowTarget() >= 1 ? "met" : "not met") + " (" + NO_DRAWS + ")";
        }
        String p = String.format(Locale.ROOT, "%.0f%%", 100 * r.probabilityBelowTarget());
        if (r.probabilityBelowTarget() > 0) return p;
        return p
                + String.format(
                        Locale.UK,
                        " (90%% of draws are below %,.0f FTE)",
                        r.targetGap().p90());
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    public String render() {
        ScenarioComparison.Settings s = result.settings();
        String target = s.targetCapabilities().isEmpty()
                ? "all capabilities"
                : String.join(", ", s.targetCapabilities().stream().sorted().toList());
        StringBuilder page = new StringBuilder();
        String title = "Scenario comparison: " + system.info().name();
        page.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n<main>\n");
        page.append("<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>")
                .append(Html.escape(String.format(
                        Locale.ROOT,
                        "%d scenarios on the same %s (seed %d), %d years, baseline: %s. The gap here is the "
                                + org.skillmix.core.measure.GapMeasure.AVERAGE_SHORTFALL.label() + ": "
                                + org.skillmix.core.measure.GapMeasure.AVERAGE_SHORTFALL.definition()
                                + " Target: average shortfall of %s below %,.0f FTE.",
                        result.scenarios().size(),
                        s.draws() == 0 ? "deterministic run" : s.draws() + " draws",
                        s.seed(),
                        s.years(),
                        s.baseline().label().toLowerCase(Locale.ROOT) + " ("
                                + s.baseline().description() + ")",
                        target,
                        s.targetFte())))
                .append("</p>\n");
        page.append(
                "<h2>Target gap over time</h2>\n<div id=\"gap-chart\" style=\"height:420px\" role=\"img\" aria-label=\"Target gap by scenario, mean and P10-P90\"></div>\n");
        page.append(
                "<h2>By year</h2>\n<table>\n<thead><tr><th>scenario</th><th>year</th><th>average shortfall over the year (mean FTE)</th><th>P10–P90</th>"
                        + "<th>gap closed (mean FTE)</th><th>P10–P90</th><th>programme cost (GBP a year)</th><th>extra cost over baseline (GBP a year)</th>"
                        + "<th>cost per FTE closed (GBP a year)</th><th>P(gap &lt; target)</th><th>extra care worker FTE</th>"
                        + "<th>bed days saved a year (discharge), P50 (P10–P90)</th>"
                        + "<th>adult G&amp;A occupancy change, P50 (P10–P90)</th></tr></thead>\n<tbody>\n");
        for (ScenarioComparison.YearRow r : result.summary()) {
            page.append("<tr><td>")
                    .append(Html.escape(r.scenario()))
                    .append("</td><td>")
                    .append(ComparisonCsvWriter.year(r.year()))
                    .append("</td><td class=\"num\">")
                    .append(fte(r.targetGap().mean()))
                    .append("</td><td class=\"num\">")
                    .append(fte(r.targetGap().p10()))
                    .append("–")
                    .append(fte(r.targetGap().p90()))
                    .append("</td><td class=\"num\">")
                    .append(fte(r.targetGapClosed().mean()))
                    .append("</td><td class=\"num\">")
                    .append(fte(r.targetGapClosed().p10()))
                    .append("–")
                    .append(fte(r.targetGapClosed().p90()))
                    .append("</td><td class=\"num\">")
                    .append(money(r.programmeCostGbp()))
                    .append("</td><td class=\"num\">")
                    .append(money(r.extraCostGbp()))
                    .append("</td><td class=\"num\">")
                    .append(Double.isNaN(r.costPerFteClosedGbp()) ? "–" : money(r.costPerFteClosedGbp()))
                    .append("</td><td class=\"num\">")
                    .append(Html.escape(probability(r, s.draws())))
                    .append("</td>")
                    .append(dischargeCells(r))
                    .append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
        page.append(
                result.summary().stream().anyMatch(r -> r.discharge().isPresent())
                        ? "<p>Discharge benefit: the care worker FTE (in post less sickness) a scenario adds over the baseline by place, of whom"
                                + " the dataset's homecare share run discharge packages, through the discharge flow model (discharge.csv,"
                                + " docs/discharge.md): bed days saved a year and the change in the ICB's mean adult G&amp;A occupancy,"
                                + " each as a range. " + basis(result) + "</p>\n"
                        : "<p>Discharge benefit: not available (no discharge.csv in the dataset; <code>skillmix import --icb</code> writes it).</p>\n");
        int last = result.years().get(result.years().size() - 1);
        page.append("<h2>Gap closed in ")
                .append(ComparisonCsvWriter.year(last))
                .append(
                        " by capability, sector and place (mean FTE, P10–P90)</h2>\n<table>\n<thead><tr><th>slice</th>");
        List<Scenario> scenarios = result.scenarios();
        for (Scenario sc : scenarios)
            page.append("<th>").append(Html.escape(sc.code())).append("</th>");
        page.append("</tr></thead>\n<tbody>\n");
        Map<String, Map<String, ScenarioComparison.GapRow>> slices = new LinkedHashMap<>();
        for (ScenarioComparison.GapRow g : result.gaps()) {
            if (g.year() != last) continue;
            slices.computeIfAbsent(g.dimension() + " " + g.code(), k -> new LinkedHashMap<>())
                    .put(g.scenario(), g);
        }
        slices.forEach((slice, byScenario) -> {
            page.append("<tr><td>").append(Html.escape(slice)).append("</td>");
            for (Scenario sc : scenarios) {
                ScenarioComparison.GapRow g = byScenario.get(sc.code());
                page.append("<td class=\"num\">")
                        .append(
                                g == null
                                        ? ""
                                        : fte(g.gapClosed().mean()) + " ("
                                                + fte(g.gapClosed().p10()) + "–"
                                                + fte(g.gapClosed().p90()) + ")")
                        .append("</td>");
            }
            page.append("</tr>\n");
        });
        page.append("</tbody>\n</table>\n<h2>Interventions</h2>\n");
        for (Scenario sc : scenarios) {
            page.append("<h3>")
                    .append(Html.escape(sc.code() + ": " + sc.name()))
                    .append("</h3>\n");
            if (sc.interventions().isEmpty()) {
                page.append("<p>No interventions (the reference).</p>\n");
                continue;
            }
            page.append(
                    "<table><thead><tr><th>intervention</th><th>kind</th><th>scope</th><th>start</th><th>ramp (months)</th><th>scale</th>"
                            + "<th>effect low / mode / high</th><th>cost fixed / per unit (GBP a year)</th><th>source</th></tr></thead><tbody>\n");
            for (Intervention iv : sc.interventions()) {
                page.append("<tr><td>")
                        .append(Html.escape(iv.nameAndCode()))
                        .append("</td><td>")
                        .append(iv.kind().code())
                        .append("</td><td>")
                        .append(Html.escape(iv.scope().sector() + " / "
                                + iv.scope().role() + " / " + iv.scope().organisation() + " / "
                                + iv.scope().place()))
                        .append("</td><td>")
                        .append(iv.start())
                        .append("</td><td class=\"num\">")
                        .append(iv.rampMonths())
                        .append("</td><td class=\"num\">")
                        .append(number(iv.scale()))
                        .append("</td><td class=\"num\">")
                        .append(number(iv.effect().low()))
                        .append(" / ")
                        .append(number(iv.effect().mode()))
                        .append(" / ")
                        .append(number(iv.effect().high()))
                        .append("</td><td class=\"num\">")
                        .append(money(iv.costFixedGbp()))
                        .append(" / ")
                        .append(money(iv.costPerUnitGbp()))
                        .append("</td><td>")
                        .append(Html.escape(iv.source()))
                        .append("</td></tr>\n");
            }
            page.append("</tbody></table>\n");
        }
        page.append("</main>\n<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n");
        page.append("<script>const data = ")
                .append(Html.scriptSafeJson(chartData()))
                .append(";\n")
                .append(CHART)
                .append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private String chartData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", result.years().stream().map(ComparisonCsvWriter::year).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (Scenario sc : result.scenarios()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", sc.code());
            List<Double> mean = new ArrayList<>(), p10 = new ArrayList<>(), p90 = new ArrayList<>();
            for (int y : result.years()) {
                ScenarioComparison.YearRow r = result.summary(sc.code(), y);
                mean.add(round(r.targetGap().mean()));
                p10.add(round(r.targetGap().p10()));
                p90.add(round(r.targetGap().p90()));
            }
            one.put("mean", mean);
            one.put("p10", p10);
            one.put("p90", p90);
            series.add(one);
        }
        data.put("series", series);
        return JsonOutput.MAPPER.writeValueAsString(data);
    }

    private static final String CHART = """
            (function () {
              const chart = echarts.init(document.getElementById('gap-chart'));
              const series = [];
              data.series.forEach(function (s) {
                series.push({name: s.name, type: 'line', data: s.mean});
                series.push({name: s.name + ' P10', type: 'line', data: s.p10, lineStyle: {type: 'dashed', width: 1}, symbol: 'none'});
                series.push({name: s.name + ' P90', type: 'line', data: s.p90, lineStyle: {type: 'dashed', width: 1}, symbol: 'none'});
              });
              chart.setOption({tooltip: {trigger: 'axis'}, legend: {type: 'scroll'},
                xAxis: {type: 'category', data: data.years}, yAxis: {type: 'value', name: 'FTE'}, series: series});
            })();
            """;

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String dischargeCells(ScenarioComparison.YearRow r) {
        if (r.discharge().isEmpty()) return "<td colspan=\"3\">" + ComparisonCsvWriter.NO_DISCHARGE + "</td>";
        ScenarioComparison.Discharge d = r.discharge().get();
        var bed = d.benefit().bedDaysSavedPerYear();
        var occupancy = d.benefit().occupancyChange();
        return "<td class=\"num\">" + fte(d.extraCareWorkerFte()) + "</td><td class=\"num\">"
                + String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", bed.p50(), bed.p10(), bed.p90())
                + "</td><td class=\"num\">"
                + String.format(
                        Locale.ROOT,
                        "%+.3f pp (%+.3f to %+.3f)",
                        100 * occupancy.p50(),
                        100 * occupancy.p10(),
                        100 * occupancy.p90())
                + "</td>";
    }

    /** Where the discharge figures come from, said once under the table (every year shares the basis). */
    private static String basis(ScenarioComparison.Result result) {
        return result.summary().stream()
                .flatMap(r -> r.discharge().stream())
                .map(d -> "Basis: " + Html.escape(d.benefit().basis()) + ".")
                .findFirst()
                .orElse("");
    }

    private static String fte(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String resource(String name) {
        try (InputStream in = ComparisonReport.class.getResourceAsStream("/org/skillmix/data/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
