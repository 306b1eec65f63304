package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The report's staff-experience table against the GM example's 2024 survey rates worked by hand (staff_experience.csv,
 * England's rows beside them; elasticities at their mode, leaver_burnout 0.01 and sickness_stress 0.0079):
 *
 * <ul>
 *   <li>R0A: burnout 30.21 - 29.88 = +0.33, work stress 37.33 - 41.39 = -4.06, enough staff -0.63; leaving (the
 *       national rate) x (1 + 0.01 x 0.33) = 1.0033; sickness is the trust's own 2024/25 measurement, which already
 *       carries its stress, so x 1;
 *   <li>RX7 (the ambulance trust): burnout +5.57, stress +7.31, enough staff +11.04; leaving x 1.0557, sickness x 1.
 * </ul>
 */
class StaffExperienceTableTest {
    static SystemModel gm;

    @BeforeAll
    static void load() throws Exception {
        Path repo = Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
        gm = new DatasetReader()
                .load(repo.resolve("examples/greater-manchester"))
                .model();
    }

    private static String table(SystemModel system) {
        return new AssumptionTables(system, new Names(system), new Figures()).staffExperience();
    }

    @Test
    void eachTrustsRatesAboveEnglandAndTheFactorsTheEngineAppliesAsWorkedByHand() {
        String html = table(gm);
        assertThat(cells(html, "(R0A)"))
                .containsExactly(
                        "Manchester University NHS Foundation Trust (R0A)",
                        "+0.3",
                        "-4.1",
                        "-0.6",
                        "1.003",
                        "1 (its own rate)");
        assertThat(cells(html, "(RX7)"))
                .containsExactly(
                        "North West Ambulance Service NHS Trust (RX7)",
                        "+5.6",
                        "+7.3",
                        "+11.0",
                        "1.056",
                        "1 (its own rate)");
        // Ten trusts have survey rows; the social care and primary care organisations have none and are not listed.
        assertThat(html.split("<tr>", -1).length - 1).isEqualTo(1 + 10);
    }

    @Test
    void withoutTheElasticitiesTheRatesAreShownAndSaidNotToBeUsed() {
        SystemModel noEffect = gm.toBuilder()
                .assumptions(gm.assumptions().stream()
                        .filter(a -> !a.parameter().equals(Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY)
                                && !a.parameter().equals(Assumption.Parameters.SICKNESS_STRESS_ELASTICITY))
                        .toList())
                .build();
        assertThat(cells(table(noEffect), "(R0A)")).endsWith("not used", "not used");
    }

    @Test
    void aDatasetWithoutTheTableSaysSo() {
        assertThat(table(gm.toBuilder().staffExperience(List.of()).build()))
                .isEqualTo("<p>The dataset has no staff survey rates (staff_experience.csv): leaving and sickness are"
                        + " not moved by them.</p>\n");
    }

    /** The texts of the cells of the one table row that holds {@code marker}. */
    private static List<String> cells(String html, String marker) {
        List<String> rows = List.of(html.split("\n")).stream()
                .filter(r -> r.contains(marker))
                .toList();
        assertThat(rows).as(marker).hasSize(1);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(rows.get(0));
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
