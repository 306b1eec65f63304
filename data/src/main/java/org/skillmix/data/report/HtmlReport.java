package org.skillmix.data.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.export.RunManifest;

/**
 * The run's report as one self-contained HTML file: no network needed, Apache ECharts and the data
 * (as JSON) inlined, charts drawn by a small script, every chart with a text summary and every
 * result also in a table. Contents are listed in docs/outputs.md.
 */
public final class HtmlReport {
    static final String DATA_ELEMENT_ID = "skillmix-data";
    private static final String RESOURCES = "/org/skillmix/data/report/";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        List<SpreadChart> drivers =
                projection.spreadDrivers().map(SpreadChart::of).orElse(List.of());
        ReportData data = ReportData.build(totals, names, months, sectors, capabilities, places)
                .withDrivers(drivers, SpreadChart.defaultIndex(drivers));
        ChartText text = new ChartText(figures, months);
        ResultTables results = new ResultTables(totals, names, figures, years);
        AssumptionTables assumptions = new AssumptionTables(system, names, figures);

        String title = "Workforce projection: " + system.info().name();
        StringBuilder page = new StringBuilder(2_000_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Skillmix ")
                .append(Html.escape(run.skillmixVersion()))
                .append("\">\n")
                .append("<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n");
        page.append("<header><h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p class=\"subtitle\">")
                .append(Html.escape(projectionKind()))
                .append("</p></header>\n");
        page.append(contents());
        page.append("<main>\n");
        page.append(section("run", "Run summary", runSummary()));
        page.append(section(
                "headline",
                "Headline",
                "<p>Demand is the FTE needed to deliver the capabilities the population's use of services calls for; supply is the effective FTE of the workforce assigned to those capabilities; the gap shown here is the "
                        + org.skillmix.core.measure.GapMeasure.NET_GAP.label() + ": "
                        + Html.escape(org.skillmix.core.measure.GapMeasure.NET_GAP.definition())
                        + " The board pack and compare measure the average shortfall over a year instead (docs/outputs.md, \"Three gaps\").</p>\n"
                        + results.headline()));
        page.append(
                section("basegap", "Why there is a gap today", new BaseGapSection(figures).html(BaseGap.of(system))));
        page.append(section("fans", "Demand and supply over time", fanCharts(data, totals, text)));
        page.append(section(
                "drivers",
                "What drives the spread",
                new SpreadSection(figures).html(drivers, projection.settings().deterministic())));
        page.append(section("heatmap", "Gap by capability and place", heatmap(data, text)));
        page.append(section(
                "gaps", "Gap at year ends", results.gapByCapability(capabilities) + results.gapByPlace(places)));
        List<Inequalities> inequalities = GapInsightFiles.inequalityMonths(system, projection);
        page.append(section(
                "inequalities",
                "Inequalities: per 10,000 residents by deprivation",
                new InequalitySection().html(inequalities.get(inequalities.size() - 1))));
        page.append(section(
                "workforce",
                "Workforce by role",
                results.workforceByRole(
                        system.roles().stream().map(r -> r.code()).toList())));
        page.append(section("cost", "Cost by sector", results.costBySector(sectors)));
        page.append(section(
                "assumptions",
                "Assumptions used",
                "<h3>Services</h3>\n" + assumptions.services()
                        + "<h3>Workforce leaving and filling, by role</h3>\n" + assumptions.workforceByRole()
                        + "<h3>Flows between health and care</h3>\n" + assumptions.flows()
                        + "<h3>Training pipeline</h3>\n" + assumptions.pipeline()
                        + "<h3>Other assumptions and sources</h3>\n" + assumptions.assumptions()));
        page.append("</main>\n<footer><p>Made by Skillmix ")
                .append(Html.escape(run.skillmixVersion()))
                .append(
                        ". Charts drawn with Apache ECharts (Apache License 2.0), included in this file.</p></footer>\n");
        page.append("<script type=\"application/json\" id=\"")
                .append(DATA_ELEMENT_ID)
                .append("\">")
                .append(Html.scriptSafeJson(json(data)))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("tornado.js")))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("report.js")))
                .append("</script>\n");
        page.append("</body>\n</html>\n");
        return page.toString();
    }

    private String projectionKind() {
        int draws = projection.settings().draws();
        String kind =
                draws == 0 ? "Deterministic run at every parameter's mode" : "Monte Carlo run of " + draws + " draws";
        return kind + ", " + projection.settings().years() + " years from "
                + (projection.months().isEmpty()
                        ? "?"
                        : ProjectionYear.monthLabel(projection.months().get(0)))
                + "; baseline: " + projection.settings().baseline().label().toLowerCase(java.util.Locale.ROOT);
    }

    private static String contents() {
        return "<nav aria-label=\"Contents\"><ul>"
                + "<li><a href=\"#run\">Run summary</a></li><li><a href=\"#headline\">Headline</a></li>"
                + "<li><a href=\"#basegap\">Gap today</a></li>"
                + "<li><a href=\"#fans\">Demand and supply</a></li><li><a href=\"#drivers\">Spread drivers</a></li>"
                + "<li><a href=\"#heatmap\">Gap heatmap</a></li>"
                + "<li><a href=\"#gaps\">Gap tables</a></li><li><a href=\"#inequalities\">Inequalities</a></li><li><a href=\"#workforce\">Workforce</a></li>"
                + "<li><a href=\"#cost\">Cost</a></li><li><a href=\"#assumptions\">Assumptions</a></li></ul></nav>\n";
    }

    private static String section(String id, String heading, String body) {
        return "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n<h2 id=\"" + id + "-h\">"
                + Html.escape(heading) + "</h2>\n" + body + "</section>\n";
    }

    private String runSummary() {
        StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        fact(out, "System", system.info().name());
        fact(out, "ICB", system.info().icbOdsCode() + " (" + system.info().icbOnsCode() + ")");
        fact(out, "Base month", run.baseMonth() == null ? "" : ProjectionYear.monthLabel(run.baseMonth()));
        fact(out, "Years", Integer.toString(run.years()));
        Baseline baseline = projection.settings().baseline();
        fact(out, "Baseline", baseline.label() + ": " + baseline.description());
        fact(out, "Draws", run.draws() == 0 ? "0 (deterministic)" : Integer.toString(run.draws()));
        fact(out, "Seed", Long.toString(run.seed()));
        fact(out, "Threads", Integer.toString(run.threads()));
        fact(out, "Dataset", run.datasetPath());
        out.append("<dt>Dataset SHA-256</dt><dd><code class=\"checksum\">")
                .append(Html.escape(run.datasetSha256()))
                .append("</code></dd>\n");
        fact(out, "Series", Integer.toString(run.seriesCount()));
        fact(out, "Started", String.valueOf(run.startedAt()));
        fact(out, "Wall time", String.format(Locale.ROOT, "%.1f s", run.wallTimeSeconds()));
        fact(out, "Skillmix version", run.skillmixVersion());
        return out.append("</dl>\n").toString();
    }

    private static void fact(StringBuilder out, String name, String value) {
        out.append("<dt>")
                .append(Html.escape(name))
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd>\n");
    }

    private String fanCharts(ReportData data, SeriesTotals totals, ChartText text) {
        StringBuilder out = new StringBuilder(
                "<p>Each chart shows demand (orange) and supply (blue): the line is the median (P50), or the mean in a run without draws, and the shaded band runs from the 10th to the 90th percentile of the draws.</p>\n"
                        + "<p class=\"key\" aria-hidden=\"true\"><span class=\"swatch demand\"></span>Demand <span class=\"swatch supply\"></span>Supply"
                        + " <span class=\"swatch band\"></span>P10–P90 band</p>\n");
        String[] headings = {"Whole system", "By sector", "By capability"};
        String[] groups = {"system", "sector", "capability"};
        for (int g = 0; g < groups.length; g++) {
            StringBuilder figures = new StringBuilder();
            for (int i = 0; i < data.fans().size(); i++) {
                ReportData.Fan fan = data.fans().get(i);
                if (!fan.group().equals(groups[g]) || (fan.demand() == null && fan.supply() == null)) continue;
                String capability = fan.group().equals("capability") ? fan.code() : SeriesTotals.ALL;
                String sector = fan.group().equals("sector") ? fan.code() : SeriesTotals.ALL;
                Series demand = totals.capability(Measure.DEMAND_FTE, capability, sector, SeriesTotals.ALL);
                Series supply = totals.capability(Measure.SUPPLY_FTE, capability, sector, SeriesTotals.ALL);
                String summary = text.fan(fan.name(), demand, supply);
                boolean big = g == 0;
                figures.append("<figure class=\"fan").append(big ? " big" : "").append("\">");
                if (!big) figures.append("<h4>").append(Html.escape(fan.name())).append("</h4>");
                figures.append("<div class=\"chart\" data-fan=\"")
                        .append(i)
                        .append("\" role=\"img\" aria-label=\"")
                        .append(Html.escape("Fan chart of demand and supply: " + fan.name()))
                        .append("\"></div>")
                        .append("<figcaption>")
                        .append(Html.escape(summary))
                        .append("</figcaption></figure>\n");
            }
            if (figures.length() == 0) continue;
            out.append("<h3>").append(headings[g]).append("</h3>\n");
            out.append(g == 0 ? figures : "<div class=\"grid\">\n" + figures + "</div>\n");
        }
        return out.toString();
    }

    private String heatmap(ReportData data, ChartText text) {
        ReportData.Heatmap heat = data.heatmap();
        if (heat == null) return "<p>The projection has no gap by capability and place.</p>\n";
        int last = heat.defaultMonth();
        int height = 90 + 28 * heat.capabilities().size();
        return "<p>Gap (demand − supply, FTE) by capability and place in one month. Red is a shortfall, blue a surplus; the colour scale is the same for every month.</p>\n"
                + "<div class=\"controls\"><label for=\"heat-month\">Month</label> "
                + "<input type=\"range\" id=\"heat-month\" min=\"0\" max=\"" + last + "\" value=\"" + last
                + "\" step=\"1\"> "
                + "<output id=\"heat-month-label\" for=\"heat-month\">"
                + Html.escape(data.monthLabels().get(last)) + "</output></div>\n"
                + "<figure class=\"heat\"><div class=\"chart\" id=\"heatmap-chart\" style=\"height:" + height
                + "px\" role=\"img\" aria-label=\"Heatmap of the gap by capability and place\"></div>"
                + "<figcaption id=\"heat-summary\" aria-live=\"polite\">" + Html.escape(text.heatmap(heat, last))
                + "</figcaption></figure>\n";
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

    private static String json(ReportData data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data always serialises", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
