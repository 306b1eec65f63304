package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.data.export.JsonOutput;
import tools.jackson.databind.JsonNode;

/**
 * The report's spread section names as drivers only the shares that can be told from chance: on 100 draws a
 * group of many parameters can show 20% +- 36% from chance correlations alone, which is drawn and tabled marked
 * "within noise" and never named.
 */
class SpreadSectionTest {

    private static final SpreadChart.Driver POPULATION =
            new SpreadChart.Driver("population", "Population projection error", 1, 0.40, 0.05);
    private static final SpreadChart.Driver LEAVERS =
            new SpreadChart.Driver("leaver_rate", "Leaver rates", 213, 0.20, 0.36);

    private static SpreadChart chart(List<SpreadChart.Driver> drivers, double unexplained, int draws) {
        return new SpreadChart(
                "ALL",
                "Whole system",
                10,
                "2035-03",
                "Whole system, year 10 (to Mar 2035)",
                1500,
                1234.4,
                drivers,
                unexplained,
                draws);
    }

    @Test
    void namesOnlyTheShareMoreThanTwoStandardErrorsAboveNothing() {
        SpreadChart chart = chart(List.of(POPULATION, LEAVERS), 0.40, 100);

        assertThat(chart.summary())
                .isEqualTo("Whole system, year 10 (to Mar 2035): the gap varies with a standard deviation of 1,234"
                        + " FTE over the draws. The largest shares come from population projection error (40.0%); 40.0% is"
                        + " left unexplained. Within noise at 100 draws, too few to tell from chance: leaver rates"
                        + " (20.0% \u00b1 36.0%).");
        String html = new SpreadSection(new Figures()).html(List.of(chart), false);
        assertThat(html)
                .contains("The largest shares come from population projection error (40.0%);")
                .doesNotContain("comes from leaver rates")
                .contains("cannot be told from chance correlations between the draws")
                .contains("<th scope=\"row\">Leaver rates</th><td class=\"num\">20.0% (within noise)</td>")
                .contains("<th scope=\"row\">Population projection error</th><td class=\"num\">40.0%</td>");
    }

    @Test
    void saysSoPlainlyWhenNoShareCanBeToldFromChance() {
        SpreadChart chart = chart(List.of(LEAVERS), 0.80, 100);

        assertThat(chart.summary())
                .isEqualTo("Whole system, year 10 (to Mar 2035): the gap varies with a standard deviation of 1,234"
                        + " FTE over the draws. No assumption group's share is more than twice its standard error at"
                        + " 100 draws: too few draws to name what drives the uncertainty. Within noise at 100 draws,"
                        + " too few to tell from chance: leaver rates (20.0% \u00b1 36.0%).");
        assertThat(new SpreadSection(new Figures()).html(List.of(chart), false))
                .doesNotContain("Most of it comes from")
                .doesNotContain("The largest shares come from");
    }

    @Test
    void sharesToldFromChanceNeedNoWordOnNoise() {
        SpreadChart.Driver sureLeavers = new SpreadChart.Driver("leaver_rate", "Leaver rates", 213, 0.20, 0.04);
        SpreadChart.Driver tiny = new SpreadChart.Driver("fill_rate", "Fill rates", 12, 0.004, 0.01);
        SpreadChart chart = chart(List.of(POPULATION, sureLeavers, tiny), 0.396, 1000);

        assertThat(chart.summary())
                .endsWith("Most of it comes from population projection error (40.0%), leaver rates (20.0%); 39.6% is"
                        + " left unexplained.");
        assertThat(new SpreadSection(new Figures()).html(List.of(chart), false))
                .doesNotContain("within noise")
                .doesNotContain("cannot be told from chance");
    }

    /**
     * Shares estimated from the draws can add to more than the whole; the unexplained part is then floored at 0 and
     * the sentence says why rather than "0.0% is left unexplained".
     */
    @Test
    void sharesAddingToMoreThanTheWholeAreSaidToDoSo() {
        SpreadChart.Driver growth =
                new SpreadChart.Driver("growth", "Non-demographic growth of activity", 12, 0.646, 0.02);
        SpreadChart.Driver uplift = new SpreadChart.Driver("unmet_need", "Unmet need uplift", 12, 0.202, 0.02);
        SpreadChart.Driver establishment =
                new SpreadChart.Driver("establishment", "Establishment growth", 40, 0.097, 0.02);
        SpreadChart.Driver population =
                new SpreadChart.Driver("population", "Population projection error", 1, 0.068, 0.01);
        SpreadChart chart = chart(List.of(growth, uplift, establishment, population), 0.0, 1000);

        // 64.6 + 20.2 + 9.7 + 6.8 = 101.3%
        assertThat(chart.summary())
                .endsWith("Most of it comes from non-demographic growth of activity (64.6%), unmet need uplift"
                        + " (20.2%), establishment growth (9.7%); together the groups' shares come to 101.3%, more"
                        + " than the whole: each is estimated at 1,000 draws with some noise, and assumptions that"
                        + " act together count in more than one group, so nothing is left to call unexplained.")
                .doesNotContain("0.0% is left unexplained");
    }

    /**
     * The chart script reads the rule's answer from the JSON rather than deciding again; a web run's file written
     * before the charts kept it reads back with the answer worked out from its figures, and no number of draws.
     */
    @Test
    void theJsonCarriesTheRulesAnswerAndOldFilesStillRead() {
        SpreadChart written = chart(List.of(POPULATION, LEAVERS), 0.4, 100);
        JsonNode json = JsonOutput.MAPPER.readTree(JsonOutput.MAPPER.writeValueAsBytes(List.of(written)));
        assertThat(json.get(0).get("draws").asInt()).isEqualTo(100);
        // tornado.js shows this sentence when another total is chosen: the page's and the report's own words
        assertThat(json.get(0).get("summary").asText())
                .isEqualTo(written.summary())
                .contains("Within noise at 100 draws");
        assertThat(json.get(0).get("drivers").get(0).get("distinguishable").asBoolean())
                .isTrue();
        assertThat(json.get(0).get("drivers").get(1).get("distinguishable").asBoolean())
                .isFalse();
        assertThat(json.get(0).get("drivers").get(1).get("withinNoise").asBoolean())
                .isTrue();

        String old = "[{\"sector\":\"ALL\",\"sectorName\":\"Whole system\",\"year\":2,\"month\":\"2027-03\","
                + "\"label\":\"Whole system, year 2 (to Mar 2027)\",\"meanFte\":10.0,\"sdFte\":5.0,\"drivers\":"
                + "[{\"code\":\"leaver_rate\",\"name\":\"Leaver rates\",\"parameters\":213,\"share\":0.2,"
                + "\"standardError\":0.36}],\"unexplained\":0.8}]";
        SpreadChart read =
                SpreadChart.fromJson(old.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(read.draws()).isZero();
        assertThat(read.drivers().get(0).withinNoise()).isTrue();
        assertThat(read.summary()).contains("Within noise at this run's number of draws");
        assertThat(read.withDraws(100).summary()).contains("Within noise at 100 draws");
        assertThat(SpreadChart.fromJson(JsonOutput.MAPPER.writeValueAsBytes(List.of(read.withDraws(100)))))
                .containsExactly(read.withDraws(100));
    }
}
