package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * "Explain this figure" as a spreadsheet user reads it: every factor of a row's formula is a column of the table
 * the page shows, so each row's FTE is worked out again from the printed columns (to their printed precision),
 * and the rows add up to the figure explained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainTableTest extends WebTestBase {
    static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    String html;

    @BeforeAll
    void explainAFigure() throws Exception {
        long dataset = 0;
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                dataset = d.get("id").asLong();
        Response run = postJson(
                "admin", ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", dataset, "years", 2, "draws", 0, "seed", 3));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long id = run.json().get("id").asLong();
        JsonNode done = awaitRun("admin", ADMIN_PASSWORD, id, s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        Response page =
                get("admin", ADMIN_PASSWORD, "/runs/" + id + "/explain?capability=WOUND&place=E08000003&month=2026-01");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        html = page.body();
    }

    @Test
    void eachDemandRowIsTheProductOfItsColumns() {
        List<List<String>> rows = rows("explain-demand");
        assertThat(rows).hasSizeGreaterThan(20);
        double sum = 0;
        for (List<String> r : rows) {
            assertThat(r).hasSize(12);
            double population = number(r.get(3).replaceAll(" \\(\\d{4}\\)$", ""));
            double product = population
                    * number(r.get(4)) // utilisation
                    * number(r.get(5)) // growth
                    * number(r.get(6)) // season
                    * number(r.get(7)) // deprivation
                    * number(r.get(8)) // unmet need
                    * number(r.get(9)) // hours an activity
                    / number(r.get(10)) // productive hours an FTE-month
                    / 12.0;
            double fte = number(r.get(11));
            // the columns are printed to 6 decimals (factors), whole persons and 4 decimals (hours, FTE)
            assertThat(product).as(String.join(" | ", r)).isCloseTo(fte, within(Math.max(5e-4, 2e-3 * fte)));
            sum += fte;
        }
        assertThat(sum).isCloseTo(headline("demand"), within(0.01 + rows.size() * 5e-5));
    }

    /** General practice's hours are the 15-minute norm, which assumptions.csv gives a 0.8-1.2 range. */
    @Test
    void aNormedServiceSaysTheRangeTheMonteCarloDrawsItsHoursFrom() {
        assertThat(html)
                .contains(
                        "Hours of General practice (GP and practice appointments) (GP) come from a published norm: this"
                                + " table uses the norm, and the Monte Carlo draws the hours from 0.80 to 1.20 times it");
    }

    /** Every service's deprivation elasticity is drawn 0.5-1.5 times (the example's ALL row). */
    @Test
    void aServiceSaysTheRangeTheMonteCarloDrawsItsElasticityFrom() {
        assertThat(html)
                .contains("Deprivation of General practice (GP and practice appointments) (GP): this table uses the"
                        + " elasticity 0.20, and the Monte Carlo draws it 0.50 to 1.50 times that, holding the"
                        + " service&#39;s ICB total");
    }

    @Test
    void eachSupplyRowsEffectiveFteIsWorkedOutFromItsColumns() {
        List<List<String>> rows = rows("explain-supply");
        assertThat(rows).isNotEmpty();
        double sum = 0;
        for (List<String> r : rows) {
            assertThat(r).hasSize(12);
            double effective = number(r.get(3)) * (1 - number(r.get(4))) + number(r.get(5)) + number(r.get(6));
            // The page prints the month's sickness rate to 4 decimals (it now moves with season, stress and
            // pressure), so the recomputation may be off by half a unit of that place times the staff.
            assertThat(effective)
                    .as(String.join(" | ", r))
                    .isCloseTo(number(r.get(7)), within(1e-3 + 5e-5 * number(r.get(3))));
            sum += number(r.get(9));
        }
        assertThat(sum).isCloseTo(headline("supply"), within(0.01 + rows.size() * 5e-5));
    }

    /**
     * Each row's leaving factor is docs/method.md's 1 + eLP x pressure + eLB x (burnout points above England's), at
     * the modes eLP = 1 and eLB = 0.01 of a run without draws, the points worked by hand from staff_experience.csv's
     * 2024 rates (an organisation without a survey row: 0), and the page prints both to 4 decimals.
     */
    @Test
    void eachSupplyRowsLeavingFactorIsItsPressureAndBurnoutAsWorkedByHand() {
        Map<String, Double> burnoutAbove = Map.of(
                "R0A", 0.33, "RBV", -4.12, "RM3", 2.91, "RMC", 0.40, "RMP", 0.81, "RRF", 0.45, "RT2", -5.89, "RWJ",
                -0.42, "RX7", 5.57, "RXV", -2.58);
        int trusts = 0;
        for (List<String> r : rows("explain-supply")) {
            Matcher code = Pattern.compile("\\(([A-Z0-9-]+)\\)$").matcher(r.get(2));
            assertThat(code.find()).as(r.get(2)).isTrue();
            double points = burnoutAbove.getOrDefault(code.group(1), 0.0);
            if (points != 0) trusts++;
            assertThat(number(r.get(11)))
                    .as(String.join(" | ", r))
                    .isCloseTo(1 + number(r.get(10)) + 0.01 * points, within(1.5e-4));
        }
        assertThat(trusts).as("rows of trusts with survey rates").isPositive();
    }

    /** The figure explained, as the sentence above the tables prints it ("demand 12.34 ... supply 5.67"). */
    double headline(String which) {
        Matcher m = Pattern.compile("(?i)" + which + "\\s*<strong[^>]*>([0-9,.]+)</strong>")
                .matcher(html);
        assertThat(m.find())
                .as(which + " in " + html.substring(0, Math.min(html.length(), 800)))
                .isTrue();
        return number(m.group(1));
    }

    List<List<String>> rows(String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId).isPositive();
        String body = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) cells.add(cell.group(1).trim());
            rows.add(cells);
        }
        return rows;
    }

    static double number(String printed) {
        return Double.parseDouble(printed.replace(",", ""));
    }
}
