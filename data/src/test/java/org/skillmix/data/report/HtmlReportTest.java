package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.data.export.SampleSystem.ALL;
import static org.skillmix.data.export.SampleSystem.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.export.SampleSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HtmlReportTest {
    private static final Pattern DATA =
            Pattern.compile("<script type=\"application/json\" id=\"skillmix-data\">(.*?)</script>", Pattern.DOTALL);

    static RunManifest run(Projection projection) {
        return new RunManifest(
                "0.1.0-test",
                "examples/sample",
                "0123abcd".repeat(8),
                projection.settings().seed(),
                projection.settings().draws(),
                projection.settings().years(),
                projection.settings().baseline().code(),
                projection.settings().threads(),
                projection.months().get(0),
                projection.months().size(),
                projection.series().size(),
                Instant.parse("2025-06-01T09:00:00Z"),
                Instant.parse("2025-06-01T09:00:04Z"),
                4.0);
    }

    private static JsonNode data(String html) throws IOException {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("embedded data").isTrue();
        return JsonMapper.shared().readTree(m.group(1));
    }

    @Test
    void isOneSelfContainedPageWithEchartsDataAndEverySection() throws IOException {
        SystemModel system = SampleSystem.system("Greater Manchester ICS", "Wound care");
        Projection projection = SampleSystem.projection(system, 10, 500);
        String html = new HtmlReport(system, projection, run(projection)).render();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">");
        assertThat(html).contains("echarts.init").contains("Apache Software Foundation"); // the library is inlined
        assertThat(html)
                .doesNotContainPattern("<script[^>]+src=")
                .doesNotContainPattern("<link[^>]+href=\"https?:")
                .doesNotContain("@import");
        assertThat(html.length()).isBetween(1_000_000, 3_500_000);
        for (String id : List.of(
                "run",
                "headline",
                "basegap",
                "fans",
                "drivers",
                "heatmap",
                "gaps",
                "workforce",
                "cost",
                "assumptions")) {
            assertThat(html).contains("<section id=\"" + id + "\"");
        }
        assertThat(html)
                .contains("Greater Manchester ICS", "QOP (E54000057)", "Apr 2025", "0123abcd0123abcd", "20250401");
        assertThat(html).contains("Year 1 (to Mar 2026)", "Year 5 (to Mar 2030)", "Year 10 (to Mar 2035)");
        assertThat(html).contains("<caption>", "<th scope=\"row\">", "P10–P90");
        assertThat(html)
                .contains(
                        "Registered nurse (adult)",
                        "Adult social care",
                        "Skills for Care workforce estimates",
                        "Urgent and emergency care",
                        "2025/26");

        JsonNode data = data(html);
        assertThat(data.get("months")).hasSize(120);
        assertThat(data.get("months").get(0).asString()).isEqualTo("2025-04");
        List<String> fans = new ArrayList<>();
        data.get("fans")
                .forEach(f ->
                        fans.add(f.get("group").asString() + ":" + f.get("code").asString()));
        assertThat(fans)
                .containsExactly(
                        "system:ALL",
                        "sector:acute",
                        "sector:community",
                        "sector:primary_care",
                        "sector:adult_social_care",
                        "capability:wound_care",
                        "capability:medicines_admin",
                        "capability:personal_care",
                        "capability:triage",
                        "capability:mh_assessment",
                        "capability:prescribing");
        JsonNode system0 = data.get("fans").get(0);
        for (String band : List.of("mean", "p10", "p50", "p90")) {
            assertThat(system0.get("demand").get(band)).hasSize(120);
            assertThat(system0.get("supply").get(band)).hasSize(120);
        }
        Series demand = projection
                .series(key(Measure.DEMAND_FTE, ALL, ALL, ALL, ALL, ALL))
                .orElseThrow();
        assertThat(system0.get("demand").get("mean").get(119).asDouble())
                .isCloseTo(demand.mean()[119], org.assertj.core.data.Offset.offset(0.051));
        JsonNode heat = data.get("heatmap");
        assertThat(heat.get("capabilities")).hasSize(6);
        assertThat(heat.get("places")).hasSize(4);
        assertThat(heat.get("gap").get(0).get(0)).hasSize(120);
        assertThat(heat.get("defaultMonth").asInt()).isEqualTo(119);
        // One chart element per fan with data, each followed by its text summary.
        assertThat(Pattern.compile("data-fan=\"\\d+\"").matcher(html).results().count())
                .isEqualTo(11);
        assertThat(Pattern.compile("</div><figcaption>[^<]+rises from")
                        .matcher(html)
                        .results()
                        .count())
                .isPositive();
    }

    /**
     * The run's baseline is named in the subtitle and the run summary; the base-month gap table lists every
     * part; the drivers of the spread go into the embedded JSON for the tornado chart, with the default
     * total (the system at year 10) described in words and every total in a table.
     */
    @Test
    void namesTheBaselineShowsTheGapTodayAndWhatDrivesTheSpread() throws IOException {
        SystemModel system = SampleSystem.system("Sample ICS", "Wound care");
        Projection sample = SampleSystem.projection(system, 10, 200);
        ProjectionSettings settings = new ProjectionSettings(10, 200, 1, 2, Baseline.CURRENT_TRENDS);
        FirstOrderIndices.Result system10 = new FirstOrderIndices.Result(
                List.of(
                        new FirstOrderIndices.Share(ParameterGroup.POPULATION, 1, 0.6, 0.02),
                        new FirstOrderIndices.Share(ParameterGroup.LEAVER_RATE, 40, 0.25, 0.03)),
                0.15);
        FirstOrderIndices.Result acute10 = new FirstOrderIndices.Result(
                List.of(new FirstOrderIndices.Share(ParameterGroup.FILL_RATE, 12, 0.7, 0.03)), 0.3);
        SpreadDrivers drivers = new SpreadDrivers(List.of(
                new SpreadDrivers.Target("ALL", 10, YearMonth.of(2035, 3), 1500, 1234.4, system10),
                new SpreadDrivers.Target("acute", 10, YearMonth.of(2035, 3), 300, 250, acute10)));
        Projection projection = new Projection(settings, sample.months(), sample.series(), drivers);
        String html = new HtmlReport(system, projection, run(projection)).render();

        assertThat(html).contains("; baseline: current trends</p>");
        assertThat(html).contains("<dt>Baseline</dt><dd>Current trends: establishment growing as in the published");
        assertThat(html)
                .contains(
                        "Base-month gap by sector and its parts",
                        "Norm above establishment",
                        "Unmet-need uplift",
                        "Vacancies",
                        "Sickness absence",
                        "Bank and agency cover",
                        "Staff time outside the capabilities demanded");
        assertThat(html)
                .contains("<option value=\"0\" selected>Whole system, year 10 (to Mar 2035)</option>")
                .contains("<option value=\"1\">Acute, year 10 (to Mar 2035)</option>");
        assertThat(html)
                .contains("Whole system, year 10 (to Mar 2035): the gap varies with a standard deviation of 1,234 FTE"
                        + " over the draws. Most of it comes from population projection error (60.0%), leaver rates"
                        + " (25.0%); 15.0% is left unexplained.");
        assertThat(html).contains("Share of the variance of the gap at the end of year 10 (Mar 2035)");
        // the sample's three NHS trusts (two acute, one community; not its primary care or care providers)
        assertThat(html)
                .contains(Html.escape(RangeCalibration.howFarToTrust(system)))
                .contains("For the 14 ICBs with up to 4 NHS trusts, as this system has 3, it was");
        JsonNode charts = data(html).get("drivers");
        assertThat(charts).hasSize(2);
        assertThat(data(html).get("defaultDriver").asInt()).isZero();
        assertThat(charts.get(0).get("drivers").get(0).get("name").asString()).isEqualTo("Population projection error");
        assertThat(charts.get(0).get("drivers").get(0).get("share").asDouble()).isEqualTo(0.6);
        assertThat(charts.get(1).get("unexplained").asDouble()).isEqualTo(0.3);
        // every share here is more than twice its standard error: named, and no word on noise
        assertThat(charts.get(0).get("draws").asInt()).isEqualTo(200);
        assertThat(charts.get(0).get("drivers").get(1).get("distinguishable").asBoolean())
                .isTrue();
        assertThat(html).doesNotContain("(within noise)").doesNotContain("cannot be told from chance correlations");

        Projection deterministic = SampleSystem.projection(system, 2, 0);
        assertThat(new HtmlReport(system, deterministic, run(deterministic)).render())
                .contains("; baseline: funded plan</p>")
                .contains("A run without draws has no spread to attribute.")
                .doesNotContain("How far to trust a range");
    }

    @Test
    void saysWhenTheRunStartedOnEnglandsClockAndWhatItsTimeCovers() {
        SystemModel system = SampleSystem.system("Greater Manchester ICS", "Wound care");
        Projection projection = SampleSystem.projection(system, 1, 0);
        String html = new HtmlReport(system, projection, run(projection)).render();

        // 09:00 UTC on 1 June is 10:00 British Summer Time.
        assertThat(html)
                .contains("<dt>Started</dt><dd>1 June 2025, 10:00 BST</dd>")
                .contains("<dt>Projection time</dt><dd>4.0 s (the draws and their summaries;")
                .doesNotContain("2025-06-01T09:00");
        assertThat(EnglandTime.moment(Instant.parse("2026-12-07T14:30:00Z"))).isEqualTo("7 December 2026, 14:30 GMT");
        assertThat(EnglandTime.day(Instant.parse("2026-06-06T23:30:00Z"))).isEqualTo("7 June 2026");
        // A narrow column's day: the UK's abbreviations, September as "Sept".
        assertThat(EnglandTime.shortDay(java.time.LocalDate.of(2026, 9, 7))).isEqualTo("7 Sept 2026");
        assertThat(EnglandTime.shortDay(java.time.LocalDate.of(2026, 11, 2))).isEqualTo("2 Nov 2026");
    }

    @Test
    void escapesDatasetTextInThePageAndInTheEmbeddedData() throws IOException {
        String evil = "<script>alert('x')</script> & Co";
        SystemModel system = SampleSystem.system(evil, "Wound </script><b>care</b>");
        Projection projection = SampleSystem.projection(system, 2, 0);
        String html = new HtmlReport(system, projection, run(projection)).render();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>care</b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(html).contains("Wound &lt;/script&gt;&lt;b&gt;care&lt;/b&gt;");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(4);
        // The JSON still carries the name as it is, for the charts to show (they escape it themselves).
        assertThat(data(html).get("heatmap").get("capabilities").get(0).asString())
                .isEqualTo("Wound </script><b>care</b>");
    }

    @Test
    void aMeanOnlyProjectionWithoutTotalsStillReportsFromTheFinestSeries() throws IOException {
        SystemModel system = SampleSystem.system("Sample ICS", "Wound care");
        Projection full = SampleSystem.projection(system, 6, 100);
        // Keep only capability x sector x place and role x organisation series, without quantiles.
        List<Series> finest = full.series().stream()
                .filter(s -> (!s.key().capability().equals(ALL)
                                && !s.key().sector().equals(ALL)
                                && !s.key().place().equals(ALL))
                        || (!s.key().role().equals(ALL)
                                && !s.key().organisation().equals(ALL)))
                .map(s -> new Series(s.key(), s.mean(), null, null, null))
                .toList();
        Projection projection = new Projection(new ProjectionSettings(6, 100, 1, 1), full.months(), finest);
        String html = new HtmlReport(system, projection, run(projection)).render();

        JsonNode data = data(html);
        JsonNode demand = data.get("fans").get(0).get("demand");
        assertThat(demand.has("p10")).isFalse();
        double expected = full.series(key(Measure.DEMAND_FTE, ALL, ALL, ALL, ALL, ALL))
                .orElseThrow()
                .mean()[71];
        assertThat(demand.get("mean").get(71).asDouble())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.051));
        assertThat(data.get("heatmap").get("gap").get(0).get(0)).hasSize(72);
        String page = html.substring(0, html.indexOf("<script"));
        assertThat(page).contains("All roles").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void writesAFile() throws IOException {
        SystemModel system = SampleSystem.system("Greater Manchester ICS", "Wound care");
        Projection projection = SampleSystem.projection(system, 10, 500);
        // Left in target/ so a developer can open it in a browser.
        Path file = Path.of("target", "sample-report.html");
        Files.createDirectories(file.getParent());
        new HtmlReport(system, projection, run(projection)).write(file);
        assertThat(Files.readString(file)).contains("id=\"heatmap-chart\"");
    }

    @Test
    void chartTextDescribesTheHeatmapMonth() {
        ReportData.Heatmap heat = new ReportData.Heatmap(
                List.of("Triage", "Personal care"),
                List.of("Wigan"),
                new Double[][][] {{{1.0, 12.5}}, {{-3.0, -4.0}}},
                12.5,
                1);
        ChartText text = new ChartText(new Figures(), List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5)));
        assertThat(text.heatmap(heat, 1))
                .isEqualTo("In May 2025: the largest shortfall is 12.5 FTE (Triage in Wigan); "
                        + "the largest surplus is 4.0 FTE (Personal care in Wigan).");
    }
}
