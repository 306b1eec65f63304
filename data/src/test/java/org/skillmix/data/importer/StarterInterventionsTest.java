package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter options sized on staff and residents worked by hand (the fixture ICB has 13,650 residents). */
class StarterInterventionsTest {

    @TempDir
    static Path temp;

    static ImportContext ctx;

    @BeforeAll
    static void open() throws Exception {
        ctx = ImportFixture.context(temp, null);
    }

    private static StarterInterventions.Staff staff() {
        return new StarterInterventions.Staff(
                Map.of(
                        "RAA", Map.of("RN_ADULT", 1_234.0, "HCSW", 900.0),
                        "RBB", Map.of("RN_ADULT", 2_000.0, "DOCTOR", 800.0),
                        "CHS-X", Map.of("RN_ADULT", 401.0, "HCSW", 95.0),
                        "ASC-X", Map.of("CARE_WORKER", 3_000.0)),
                Map.of("RAA", "acute", "RBB", "acute", "CHS-X", "community", "ASC-X", "adult_social_care"));
    }

    private static List<String> row(OutputTable table, String code) {
        return table.rows().stream()
                .filter(r -> r.get(2).equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static String cell(OutputTable table, String code, String column) {
        return row(table, code).get(table.header().indexOf(column));
    }

    @Test
    void volumesAreSharesOfTheIcbsOwnStaffRoundedToTen() throws Exception {
        OutputTable t = StarterInterventions.build(ctx, staff());
        // training places: 1 % of every adult nurse, 1,234 + 2,000 + 401 = 3,635 -> 36.35 -> 40
        assertThat(cell(t, "rn-places", "scale")).isEqualTo("40");
        // international recruits: 0.9 % of the acute trusts' adult nurses, 3,234 -> 29.1 -> 30
        assertThat(cell(t, "intl-rn", "scale")).isEqualTo("30");
        // rotation: 5 % of community support workers, 95 -> 4.75, but never below 10
        assertThat(cell(t, "rotate", "scale")).isEqualTo("10");
        // homecare posts: the largest acute trust is RBB (2,800 FTE against 2,134), 0.4 % -> 11.2 -> 10
        assertThat(cell(t, "trust-homecare", "org_code")).isEqualTo("RBB");
        assertThat(cell(t, "trust-homecare", "scale")).isEqualTo("10");
        // a scale stated as such is kept
        assertThat(cell(t, "care-pay", "scale")).isEqualTo("5");
        assertThat(cell(t, "rn-places", "source")).contains("scale 40 = 1 % of 3635 FTE in post");
    }

    @Test
    void programmeCostsScaleWithResidentsAndStartsFollowTheBase() throws Exception {
        OutputTable t = StarterInterventions.build(ctx, staff());
        // the bank: GBP 25,200 per 100,000 residents x 13,650 = 3,440, rounded to GBP 10,000 and at least that
        assertThat(cell(t, "sys-bank", "cost_fixed_gbp")).isEqualTo("10000");
        // a flat cost is not scaled: homecare GBP 100,000
        assertThat(cell(t, "trust-homecare", "cost_fixed_gbp")).isEqualTo("100000");
        // six months after the base for flexible working, three for international recruitment
        assertThat(cell(t, "flex-work", "start_month"))
                .isEqualTo(ctx.baseMonth().plusMonths(6).toString());
        assertThat(cell(t, "intl-rn", "start_month"))
                .isEqualTo(ctx.baseMonth().plusMonths(3).toString());
        // each scenario named once, on its first row
        assertThat(t.rows())
                .extracting(r -> r.get(0) + ":" + r.get(1))
                .contains(
                        "retain:Keep the staff we have",
                        "retain:",
                        "grow:Grow and reshape",
                        "system:Share staff across the system");
        assertThat(t.rows().stream().filter(r -> !r.get(1).isEmpty())).hasSize(3);
    }

    @Test
    void anOptionWithoutStaffToSizeItIsLeftOutAndReported() throws Exception {
        StarterInterventions.Staff noCommunity = new StarterInterventions.Staff(
                Map.of("RAA", Map.of("RN_ADULT", 1_000.0), "ASC-X", Map.of("CARE_WORKER", 500.0)),
                Map.of("RAA", "acute", "ASC-X", "adult_social_care"));
        OutputTable t = StarterInterventions.build(ctx, noCommunity);
        assertThat(t.rows()).extracting(r -> r.get(2)).doesNotContain("rotate", "na-posts");
        assertThat(ctx.report().lines(ImportReport.Section.SKIPPED))
                .anySatisfy(l -> assertThat(l.what()).isEqualTo("starter intervention rotate"));
        StarterInterventions.Staff noAcute = new StarterInterventions.Staff(
                Map.of("ASC-X", Map.of("CARE_WORKER", 500.0)), Map.of("ASC-X", "adult_social_care"));
        assertThat(StarterInterventions.build(ctx, noAcute).rows())
                .extracting(r -> r.get(2))
                .doesNotContain("trust-homecare", "intl-rn")
                .contains("care-pay", "joint-recruit");
    }
}
