package org.skillmix.data.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.measure.GapMeasure;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.JsonOutput;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.export.RunManifest;

/**
 * The run's report as one self-contained HTML file (template {@code report.html}): no network needed, Apache
 * ECharts and the data (as JSON) inlined, charts drawn by a small script, every chart with a text summary and every
 * result also in a table. Contents are listed in docs/outputs.md.
 */
public final class HtmlReport {
    static final String DATA_ELEMENT_ID = "skillmix-data";

    private final SystemModel system;
    private final Projection projection;
    private final RunManifest run;

    public HtmlReport(SystemModel system, Projection projection, RunManifest run) {
        this.system = Objects.requireNonNull(system, "system");
        this.projection = Objects.requireNonNull(projection, "projection");
        this.run = Objects.requireNonNull(run, "run");
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** Writes the page to out; out stays open. */
    public void write(Writer out) throws IOException {
        out.write(render());
        out.flush();
    }

    /** A fact of the run summary; code: shown as code (a checksum). */
    public record Fact(String name, String value, boolean code) {}

    /** A fan chart: its index in the embedded data, name, whether it is the big whole-system one, and its text. */
    public record Fan(int index, String name, boolean big, String summary) {}

    /** A heading of fan charts: the whole system alone, the others in a grid. */
    public record FanGroup(String heading, boolean grid, List<Fan> fans) {}

    /** The heatmap's controls: the last month's index and label, the chart's height and its text. */
    public record Heatmap(int last, String label, int height, String summary) {}

    /** A part of the assumptions with its table (markup built and escaped by this package). */
    public record Part(String heading, String html) {}

    /**
     * The page, from the Thymeleaf template {@code report.html}: text escaped by the template, the tables made
     * (and escaped) by this package's table classes, the data and the scripts inlined so the file needs no network.
     */
    public String render() {
        Figures figures = new Figures();
        Names names = new Names(system);
        SeriesTotals totals = new SeriesTotals(projection);
        List<YearMonth> months = projection.months();
        List<ProjectionYear> years = ProjectionYear.of(months);
        List<String> sectors = sectorsInUse();
        List<String> capabilities =
                system.capabilities().stream().map(c -> c.code()).toList();
        List<String> places = system.places().stream().map(p -> p.code()).toList();
        List<SpreadChart> drivers = projection
                .spreadDrivers()
                .map(d -> SpreadChart.of(d, projection.settings().draws()))
                .orElse(List.of());
        ReportData data = ReportData.build(totals, names, months, sectors, capabilities, places)
                .withDrivers(drivers, SpreadChart.defaultIndex(drivers));
        ChartText text = new ChartText(figures, months);
        ResultTables results = new ResultTables(totals, names, figures, years);
        AssumptionTables assumptions = new AssumptionTables(system, names, figures);
        List<Inequalities> inequalities = GapInsightFiles.inequalityMonths(system, projection);

        Map<String, Object> v = new HashMap<>();
        v.put("version", run.skillmixVersion());
        v.put("title", "Workforce projection: " + system.info().name());
        v.put("subtitle", projectionKind());
        v.put("css", Templates.resource("report.css"));
        v.put("facts", runSummary());
        v.put(
                "headlineIntro",
                "Demand is the FTE needed to deliver the capabilities the population's use of services calls for;"
                        + " supply is the effective FTE of the workforce assigned to those capabilities; the gap shown"
                        + " here is the " + GapMeasure.NET_GAP.label() + ": " + GapMeasure.NET_GAP.definition()
                        + " The board pack and compare measure the average shortfall over a year instead"
                        + " (docs/outputs.md, \"Three gaps\").");
        v.put("headline", results.headline());
        v.put("baseGap", new BaseGapSection(figures).html(BaseGap.of(system)));
        v.put("fanGroups", fanGroups(data, totals, text));
        v.put("rangeCalibration", projection.settings().deterministic() ? "" : RangeCalibration.howFarToTrust(system));
        v.put(
                "drivers",
                new SpreadSection(figures).html(drivers, projection.settings().deterministic()));
        v.put("heatmap", heatmap(data, text));
        v.put("gaps", results.gapByCapability(capabilities) + results.gapByPlace(places));
        v.put(
                "inequalities",
                new InequalitySection(!projection.settings().deterministic())
                        .html(inequalities.get(inequalities.size() - 1)));
        List<String> roleCodes = system.roles().stream().map(r -> r.code()).toList();
        v.put("workforce", results.workforceByRole(roleCodes) + results.aboveEstablishment(roleCodes));
        v.put("cost", results.costBySector(sectors));
        v.put(
                "assumptions",
                List.of(
                        new Part("Services", assumptions.services()),
                        new Part("Workforce leaving and filling, by role", assumptions.workforceByRole()),
                        new Part("Flows between health and care", assumptions.flows()),
                        new Part("Training pipeline", assumptions.pipeline()),
                        new Part("Staff experience", assumptions.staffExperience()),
                        new Part("Other assumptions and sources", assumptions.assumptions())));
        v.put("data", Html.scriptSafeJson(json(data)));
        v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
        v.put("tornado", Html.scriptSafeCode(Templates.resource("tornado.js")));
        v.put("reportJs", Html.scriptSafeCode(Templates.resource("report.js")));
        return Templates.render("report", v);
    }

    private String projectionKind() {
        int draws = projection.settings().draws();
        String kind = draws == 0
                ? "Deterministic run at every parameter's mode"
                : "Monte Carlo run of " + Figures.draws(draws);
        return kind + ", " + projection.settings().years() + " years from "
                + (projection.months().isEmpty()
                        ? "?"
                        : ProjectionYear.monthLabel(projection.months().get(0)))
                + "; baseline: " + projection.settings().baseline().label().toLowerCase(java.util.Locale.ROOT);
    }

    private List<Fact> runSummary() {
        Baseline baseline = projection.settings().baseline();
        return List.of(
                new Fact("System", system.info().name(), false),
                new Fact(
                        "ICB", system.info().icbOdsCode() + " (" + system.info().icbOnsCode() + ")", false),
                new Fact(
                        "Base month", run.baseMonth() == null ? "" : ProjectionYear.monthLabel(run.baseMonth()), false),
                new Fact("Years", Integer.toString(run.years()), false),
                new Fact("Baseline", baseline.label() + ": " + baseline.description(), false),
                new Fact(
                        "Draws",
                        run.draws() == 0 ? "0 (deterministic)" : String.format(Locale.UK, "%,d", run.draws()),
                        false),
                new Fact("Seed", Long.toString(run.seed()), false),
                new Fact("Threads", Integer.toString(run.threads()), false),
                new Fact("Dataset", run.datasetPath(), false),
                new Fact("Dataset SHA-256", run.datasetSha256(), true),
                new Fact("Series", String.format(Locale.UK, "%,d", run.seriesCount()), false),
                new Fact("Started", EnglandTime.moment(run.startedAt()), false),
                // The engine's time only: the command's own figure adds reading the dataset and writing the files.
                new Fact(
                        "Projection time",
                        String.format(
                                Locale.ROOT,
                                "%.1f s (the draws and their summaries; reading the dataset and writing the files"
                                        + " come on top)",
                                run.wallTimeSeconds()),
                        false),
                new Fact("Skillmix version", run.skillmixVersion(), false));
    }

    private List<FanGroup> fanGroups(ReportData data, SeriesTotals totals, ChartText text) {
        String[] headings = {"Whole system", "By sector", "By capability"};
        String[] groups = {"system", "sector", "capability"};
        List<FanGroup> out = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            List<Fan> fans = new ArrayList<>();
            for (int i = 0; i < data.fans().size(); i++) {
                ReportData.Fan fan = data.fans().get(i);
                if (!fan.group().equals(groups[g]) || (fan.demand() == null && fan.supply() == null)) continue;
                String capability = fan.group().equals("capability") ? fan.code() : SeriesTotals.ALL;
                String sector = fan.group().equals("sector") ? fan.code() : SeriesTotals.ALL;
                Series demand = totals.capability(Measure.DEMAND_FTE, capability, sector, SeriesTotals.ALL);
                Series supply = totals.capability(Measure.SUPPLY_FTE, capability, sector, SeriesTotals.ALL);
                fans.add(new Fan(i, fan.name(), g == 0, text.fan(fan.name(), demand, supply)));
            }
            if (!fans.isEmpty()) out.add(new FanGroup(headings[g], g > 0, fans));
        }
        return out;
    }

    /** The heatmap's controls, or null when the projection has no gap by capability and place. */
    private static Heatmap heatmap(ReportData data, ChartText text) {
        ReportData.Heatmap heat = data.heatmap();
        if (heat == null) return null;
        int last = heat.defaultMonth();
        return new Heatmap(
                last,
                data.monthLabels().get(last),
                90 + 28 * heat.capabilities().size(),
                text.heatmap(heat, last));
    }

    /** Sectors with organisations or services, in the fixed order of the Sector enum. */
    private List<String> sectorsInUse() {
        Set<Sector> used = EnumSet.noneOf(Sector.class);
        for (Organisation o : system.organisations()) used.add(o.sector());
        for (Service s : system.services()) used.add(s.sector());
        List<String> codes = new ArrayList<>();
        for (Sector s : used) codes.add(s.code());
        return codes;
    }

    static String json(ReportData data) {
        return JsonOutput.MAPPER.writeValueAsString(data);
    }
}
