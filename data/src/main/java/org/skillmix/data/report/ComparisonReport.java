package org.skillmix.data.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.measure.GapMeasure;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.export.JsonOutput;

/**
 * Scenarios side by side as one self-contained HTML page (template {@code comparison.html}; ECharts, the chart
 * script {@code comparison.js} and its data as JSON inlined, no network): the target gap
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

    /** A row of the yearly table; discharge is null where the dataset has no discharge.csv. */
    public record YearLine(
            String scenario,
            String year,
            String gap,
            String gapRange,
            String closed,
            String closedRange,
            String programmeCost,
            String extraCost,
            String costPerFteClosed,
            String probability,
            DischargeCells discharge) {}

    /** The discharge benefit of a year: care worker FTE added, bed days saved and the occupancy change. */
    public record DischargeCells(String careWorkerFte, String bedDays, String occupancy) {}

    /** A capability, sector or place with its gap closed in the last year, one cell per scenario. */
    public record Slice(String name, List<String> cells) {}

    /** A scenario's heading and its interventions (none for the reference). */
    public record ScenarioPart(String heading, List<InterventionLine> interventions) {}

    /** An intervention as its table shows it. */
    public record InterventionLine(
            String name,
            String kind,
            String scope,
            String start,
            String rampMonths,
            String scale,
            String effect,
            String cost,
            String source) {}

    /**
     * The page, from the Thymeleaf template {@code comparison.html}: every text escaped by the template, the chart
     * data and the scripts inlined so the file needs no network.
     */
    public String render() {
        ScenarioComparison.Settings s = result.settings();
        String target = s.targetCapabilities().isEmpty()
                ? "all capabilities"
                : String.join(", ", s.targetCapabilities().stream().sorted().toList());
        int last = result.years().get(result.years().size() - 1);
        Map<String, Object> v = new HashMap<>();
        v.put("title", "Scenario comparison: " + system.info().name());
        v.put("css", Templates.resource("report.css"));
        v.put(
                "intro",
                String.format(
                        Locale.ROOT,
                        "%d scenarios on the same %s (seed %d), %d years, baseline: %s. The gap here is the "
                                + GapMeasure.AVERAGE_SHORTFALL.label() + ": "
                                + GapMeasure.AVERAGE_SHORTFALL.definition()
                                + " Target: average shortfall of %s below %,.0f FTE.",
                        result.scenarios().size(),
                        s.draws() == 0 ? "deterministic run" : s.draws() + " draws",
                        s.seed(),
                        s.years(),
                        s.baseline().label().toLowerCase(Locale.ROOT) + " ("
                                + s.baseline().description() + ")",
                        target,
                        s.targetFte()));
        v.put(
                "years",
                result.summary().stream().map(r -> yearLine(r, s.draws())).toList());
        v.put("noDischarge", ComparisonCsvWriter.NO_DISCHARGE);
        v.put("dischargeBasis", basis(result));
        v.put("lastYear", ComparisonCsvWriter.year(last));
        v.put("scenarioCodes", result.scenarios().stream().map(Scenario::code).toList());
        v.put("slices", slices(last));
        v.put(
                "scenarios",
                result.scenarios().stream().map(ComparisonReport::part).toList());
        v.put("data", Html.scriptSafeJson(chartData()));
        v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
        v.put("chart", Html.scriptSafeCode(Templates.resource("comparison.js")));
        return Templates.render("comparison", v);
    }

    private static YearLine yearLine(ScenarioComparison.YearRow r, int draws) {
        return new YearLine(
                r.scenario(),
                ComparisonCsvWriter.year(r.year()),
                fte(r.targetGap().mean()),
                fte(r.targetGap().p10()) + "–" + fte(r.targetGap().p90()),
                fte(r.targetGapClosed().mean()),
                fte(r.targetGapClosed().p10()) + "–" + fte(r.targetGapClosed().p90()),
                money(r.programmeCostGbp()),
                money(r.extraCostGbp()),
                Double.isNaN(r.costPerFteClosedGbp()) ? "–" : money(r.costPerFteClosedGbp()),
                probability(r, draws),
                r.discharge().map(ComparisonReport::dischargeCells).orElse(null));
    }

    /** Each slice's gap closed in the last year by scenario, blank where a scenario has no row for it. */
    private List<Slice> slices(int last) {
        Map<String, Map<String, ScenarioComparison.GapRow>> slices = new LinkedHashMap<>();
        for (ScenarioComparison.GapRow g : result.gaps()) {
            if (g.year() != last) continue;
            slices.computeIfAbsent(g.dimension() + " " + g.code(), k -> new LinkedHashMap<>())
                    .put(g.scenario(), g);
        }
        List<Slice> out = new ArrayList<>();
        slices.forEach((slice, byScenario) -> {
            List<String> cells = new ArrayList<>();
            for (Scenario sc : result.scenarios()) {
                ScenarioComparison.GapRow g = byScenario.get(sc.code());
                cells.add(
                        g == null
                                ? ""
                                : fte(g.gapClosed().mean()) + " ("
                                        + fte(g.gapClosed().p10()) + "–"
                                        + fte(g.gapClosed().p90()) + ")");
            }
            out.add(new Slice(slice, cells));
        });
        return out;
    }

    private static ScenarioPart part(Scenario sc) {
        List<InterventionLine> lines = new ArrayList<>();
        for (Intervention iv : sc.interventions()) {
            lines.add(new InterventionLine(
                    iv.nameAndCode(),
                    iv.kind().code(),
                    iv.scope().sector() + " / " + iv.scope().role() + " / "
                            + iv.scope().organisation() + " / " + iv.scope().place(),
                    String.valueOf(iv.start()),
                    Integer.toString(iv.rampMonths()),
                    number(iv.scale()),
                    number(iv.effect().low()) + " / " + number(iv.effect().mode()) + " / "
                            + number(iv.effect().high()),
                    money(iv.costFixedGbp()) + " / " + money(iv.costPerUnitGbp()),
                    iv.source()));
        }
        return new ScenarioPart(sc.code() + ": " + sc.name(), lines);
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

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static DischargeCells dischargeCells(ScenarioComparison.Discharge d) {
        var bed = d.benefit().bedDaysSavedPerYear();
        var occupancy = d.benefit().occupancyChange();
        return new DischargeCells(
                fte(d.extraCareWorkerFte()),
                String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", bed.p50(), bed.p10(), bed.p90()),
                String.format(
                        Locale.ROOT,
                        "%+.3f pp (%+.3f to %+.3f)",
                        100 * occupancy.p50(),
                        100 * occupancy.p10(),
                        100 * occupancy.p90()));
    }

    /**
     * Where the discharge figures come from, said once under the table (every year shares the basis); null when
     * no year has discharge figures, "" when they have no basis to state.
     */
    private static String basis(ScenarioComparison.Result result) {
        if (result.summary().stream().allMatch(r -> r.discharge().isEmpty())) return null;
        return result.summary().stream()
                .flatMap(r -> r.discharge().stream())
                .map(d -> "Basis: " + d.benefit().basis() + ".")
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
}
