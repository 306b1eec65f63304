package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.Pathway;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.core.discharge.WeekFit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DischargeReportTest {
    private static final String UNIDENTIFIED = "The published series cannot identify capacity";

    /** Two weeks, the second held back: published 100.04 and 101.25, the model 98.96 and 100.0. */
    private static Calibration calibration() {
        LocalDate from = LocalDate.of(2025, 3, 3);
        return new Calibration(
                "QOP",
                10,
                5,
                new double[] {1, 1, 1, 1, 1, 1, 1},
                8,
                from,
                from.plusDays(7),
                from.plusDays(13),
                0,
                0,
                0,
                List.of(new WeekFit(from, 100.04, 98.96, false), new WeekFit(from.plusDays(7), 101.25, 100.0, true)));
    }

    /** One more FTE over a 365-day run saves 100 - 90 = 10 bed days: 10 a year per FTE. */
    private static PlaceEffect bolton() {
        return new PlaceEffect(
                "E08000001",
                "Bolton <&> \"B\"",
                new StaffingEffect(Pathway.HOME_CARE, 1, 2, 365, 0, 0, 100, 90, 0, 0),
                0,
                0);
    }

    @Test
    void placesIdentifiedAreShownWithoutTheCaveatAndTheirNamesEscaped() {
        String html = new DischargeReport()
                .html("Discharge <QOP>", calibration(), List.of(bolton()), null, "printed & <kept>", true);

        assertThat(page(html))
                .contains("<title>Discharge &lt;QOP&gt;</title>")
                .contains("<h2>Which place's social care staffing binds?</h2>")
                .contains("<div id=\"places\"></div>")
                .contains("<pre>printed &amp; &lt;kept&gt;</pre>")
                .doesNotContain(UNIDENTIFIED)
                .doesNotContain("<div id=\"extra\">");
        assertThat(data(html, "weeks").toString())
                .isEqualTo("[[\"2025-03-03\",100.0,99.0,false],[\"2025-03-10\",101.3,100.0,true]]");
        assertThat(data(html, "placeData").toString()).isEqualTo("[[\"Bolton <&> \\\"B\\\" E08000001\",10.0]]");
        assertThat(data(html, "extraData").toString()).isEqualTo("[]");
    }

    @Test
    void placesNotIdentifiedCarryTheCaveatAndTheWholeIcbHasNoPlaces() {
        assertThat(page(new DischargeReport().html("D", calibration(), List.of(bolton()), null, "", false)))
                .contains(UNIDENTIFIED);
        String icb = new DischargeReport().html("D", calibration(), null, null, "", false);
        assertThat(page(icb)).doesNotContain("Which place").doesNotContain(UNIDENTIFIED);
        assertThat(data(icb, "placeData").toString()).isEqualTo("[]");
    }

    /** The page up to its scripts (ECharts alone is a megabyte, too much for a failure's message). */
    private static String page(String html) {
        return html.substring(0, html.indexOf("<script"));
    }

    private static JsonNode data(String html, String id) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return JsonMapper.shared().readTree(m.group(1));
    }

    /** The warm-up's failures are dropped, so a warm-up that stopped rendering would only show as a slower run. */
    @Test
    void theWarmUpRendersTheWholePage() {
        String html = DischargeReport.warmUpPage();
        assertThat(page(html)).contains("<div id=\"fit\"");
        assertThat(html.endsWith("</html>\n")).as("rendered to the end").isTrue();
    }
}
