package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.export.SampleComparison;
import org.skillmix.data.export.SampleSystem;

/** comparison.html from its template: the figures of a hand-made comparison, and dataset text escaped. */
class ComparisonReportTest {
    private static final String EVIL = "Retention <b>\"plus\"</b> & </script>";

    /** The reference and one scenario closing 2 of a 10 FTE gap in 2025/26 for 300 GBP a year, over 20 draws. */
    private static ScenarioComparison.Result comparison() {
        Intervention flex = new Intervention(
                "flex",
                InterventionKind.FLEXIBLE_WORKING,
                Intervention.Scope.role("RN"),
                null,
                null,
                null,
                YearMonth.of(2025, 10),
                12,
                0.5,
                0,
                new Interval(0.05, 0.1, 0.15),
                50_000,
                40,
                "<i>board paper</i>",
                EVIL);
        return SampleComparison.of(
                Baseline.FUNDED_PLAN,
                List.of(Scenario.baseline(), new Scenario("retain", EVIL, List.of(flex))),
                "capability",
                "WOUND");
    }

    private static final String HTML =
            new ComparisonReport(SampleSystem.system("Sample <ICS>", "Wound care"), comparison()).render();

    @Test
    void theYearlyRowShowsTheScenariosFigures() {
        // 7.25 and 1.75 round half up to one decimal; 300 GBP over 2 FTE closed is 150 GBP per FTE; P = 5 of 20 draws.
        assertThat(HTML)
                .contains("<tr><td>retain</td><td>2025/26</td><td class=\"num\">8.0</td><td class=\"num\">7.3–9.0</td>"
                        + "<td class=\"num\">2.0</td><td class=\"num\">1.8–2.5</td><td class=\"num\">300</td>"
                        + "<td class=\"num\">400</td><td class=\"num\">150</td><td class=\"num\">25%</td>"
                        + "<td colspan=\"3\">" + org.skillmix.data.export.ComparisonCsvWriter.NO_DISCHARGE
                        + "</td></tr>")
                .contains("<td class=\"num\">–</td>")
                .contains("<tr><td>capability WOUND</td><td class=\"num\">0.0 (0.0–0.0)</td>"
                        + "<td class=\"num\">2.0 (1.8–2.5)</td></tr>")
                .contains("<p>Discharge benefit: not available");
    }

    @Test
    void escapesDatasetTextInHeadingsAndTables() {
        assertThat(HTML)
                .contains("<title>Scenario comparison: Sample &lt;ICS&gt;</title>")
                .contains("<h3>retain: Retention &lt;b&gt;&quot;plus&quot;&lt;/b&gt; &amp; &lt;/script&gt;</h3>")
                .contains("<td>Retention &lt;b&gt;&quot;plus&quot;&lt;/b&gt; &amp; &lt;/script&gt; (flex)</td>")
                .contains("<td>&lt;i&gt;board paper&lt;/i&gt;</td>")
                .doesNotContain("<b>")
                .doesNotContain("<i>");
        // ECharts, the chart script and its data: no dataset text ends a script early.
        assertThat(Pattern.compile("<script").matcher(HTML).results().count()).isEqualTo(3);
        assertThat(Pattern.compile("</script>").matcher(HTML).results().count()).isEqualTo(3);
    }

    @Test
    void embedsTheChartDataAsJson() {
        assertThat(HTML)
                .contains("<script type=\"application/json\" id=\"comparison-data\">{\"years\":[\"2025/26\"],"
                        + "\"series\":[{\"name\":\"baseline\",\"mean\":[10.0],\"p10\":[9.0],\"p90\":[11.5]},"
                        + "{\"name\":\"retain\",\"mean\":[8.0],\"p10\":[7.25],\"p90\":[9.0]}]}</script>");
    }
}
