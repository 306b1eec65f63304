package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WinterReportTest {
    private static final Pattern DATA =
            Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL);

    /** A service name is dataset text: it may hold markup, quotes and an ampersand. */
    private static final String UEC = "A&E \"front door\" </script>";

    /**
     * Two weeks from 2026-11-02. Week 1: UEC at P1 needs 11 against 8 (short 3; 10 without the surge), a care
     * home at P2 needs 5 against 6 (short 0). Week 2: UEC needs 12.5 (short 4.5), the care home 5 against 4 (short
     * 1). Totals: week 1 baseline demand 15, demand 16, supply 14, shortfall 3; week 2 15, 17.5, 12, 5.5.
     */
    private static WinterPlan plan() {
        return new WinterPlan(
                LocalDate.of(2026, 11, 2),
                2,
                List.of(
                        new WinterRow(1, "A", "UEC", "TRIAGE", "P1", 10, 11, 8, true),
                        new WinterRow(1, "B", "CH", "PERSONAL", "P2", 5, 5, 6, false),
                        new WinterRow(2, "A", "UEC", "TRIAGE", "P1", 10, 12.5, 8, true),
                        new WinterRow(2, "B", "CH", "PERSONAL", "P2", 5, 5, 4, false)),
                Baseline.FUNDED_PLAN);
    }

    @Test
    void tablesTheWeeklyTotalsAndEmbedsTheHeatmapsWithNamesEscaped() {
        String html = new WinterReport()
                .html("Winter <plan>", plan(), Map.of("UEC", UEC), Map.of("P1", "Bolton"), "printed & <kept>");

        assertThat(page(html))
                .contains("<title>Winter &lt;plan&gt;</title>")
                .contains("<pre>printed &amp; &lt;kept&gt;</pre>")
                .contains(
                        "<tr><td>1</td><td>2 November 2026</td><td>15.0</td><td>16.0</td><td>14.0</td><td>3.0</td></tr>")
                .contains(
                        "<tr><td>2</td><td>9 November 2026</td><td>15.0</td><td>17.5</td><td>12.0</td><td>5.5</td></tr>");
        assertThat(html.contains(UEC)).as("the service's name unescaped").isFalse();
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = JsonMapper.shared().readTree(m.group(1));
        assertThat(data.get("weeks").toString()).isEqualTo("[\"W1 2 Nov 2026\",\"W2 9 Nov 2026\"]");
        assertThat(numbers(data.get("totals"))).containsExactly(15.0, 16.0, 14.0, 3.0, 15.0, 17.5, 12.0, 5.5);
        // services by code: CH (no name given, so its code), then UEC
        assertThat(data.get("byService").get("names").get(1).asString()).isEqualTo(UEC);
        assertThat(data.get("byService").get("names").get(0).asString()).isEqualTo("CH");
        assertThat(numbers(data.get("byService").get("cells")))
                .containsExactly(0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 3.0, 1.0, 1.0, 4.5);
        assertThat(data.get("byPlace").get("names").toString()).isEqualTo("[\"Bolton\",\"P2\"]");
        assertThat(numbers(data.get("byPlace").get("cells")))
                .containsExactly(0.0, 0.0, 3.0, 1.0, 0.0, 4.5, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0);
    }

    private static List<Double> numbers(JsonNode rows) {
        List<Double> out = new ArrayList<>();
        rows.forEach(row -> row.forEach(x -> out.add(x.asDouble())));
        return out;
    }

    /** The page up to its scripts (ECharts alone is a megabyte, too much for a failure's message). */
    private static String page(String html) {
        return html.substring(0, html.indexOf("<script"));
    }

    /** The warm-up's failures are dropped, so a warm-up that stopped rendering would only show as a slower run. */
    @Test
    void theWarmUpRendersTheWholePage() {
        String html = WinterReport.warmUpPage();
        assertThat(page(html)).contains("<div id=\"places\"");
        assertThat(html.endsWith("</html>\n")).as("rendered to the end").isTrue();
    }
}
