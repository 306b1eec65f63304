package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.dataset.DatasetReader;

class AssumptionTablesTest {

    private static SystemModel gm() throws Exception {
        Path repo = Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
        return new DatasetReader()
                .load(repo.resolve("examples/greater-manchester"))
                .model();
    }

    /** GP is a role (general practitioners) and a service (general practice); the norm is the service's. */
    @Test
    void aWorkloadNormIsNamedByItsServiceNotTheRoleOfTheSameCode() throws Exception {
        SystemModel gm = gm();
        String html = new AssumptionTables(gm, new Names(gm), new Figures()).assumptions();
        int norm = html.indexOf("workload_norm_factor");
        assertThat(norm).isPositive();
        assertThat(html.substring(norm))
                .contains("Homecare (domiciliary care) (HOMECARE)")
                .contains("General practice (GP and practice appointments) (GP)")
                .doesNotContain("General practitioner");
    }

    /** So is a deprivation-elasticity factor written for one service. */
    @Test
    void aDeprivationFactorIsNamedByItsService() throws Exception {
        SystemModel gm = gm();
        SystemModel oneService = gm.toBuilder()
                .assumptions(Stream.concat(
                                gm.assumptions().stream(),
                                Stream.of(new Assumption(
                                        "deprivation_elasticity_factor",
                                        "GP",
                                        new Interval(0.8, 1, 1.2),
                                        "ratio",
                                        "test")))
                        .toList())
                .build();
        String html = new AssumptionTables(oneService, new Names(oneService), new Figures()).assumptions();
        String row = html.substring(html.lastIndexOf("deprivation_elasticity_factor"));
        assertThat(row).contains("General practice (GP and practice appointments) (GP)");
    }

    /** A labour pool of thousands of recruits reads grouped, as its row in assumptions.csv gives it, and a rate plain. */
    @Test
    void valuesGroupTheirThousandsAndKeepUpToThreeDecimals() throws Exception {
        SystemModel gm = gm();
        Assumption pool = gm.assumptions().stream()
                .filter(a ->
                        a.parameter().equals("labour_pool_annual") && a.scope().equals("CARE_WORKER"))
                .findFirst()
                .orElseThrow();
        assertThat(pool.value().mode()).isGreaterThan(1_000);
        String expected = String.format(
                Locale.UK,
                "%,d (%,d–%,d)",
                Math.round(pool.value().mode()),
                Math.round(pool.value().low()),
                Math.round(pool.value().high()));
        String html = new AssumptionTables(gm, new Names(gm), new Figures()).assumptions();
        assertThat(html).contains(">" + expected + "<");
        SystemModel small = gm.toBuilder()
                .assumptions(List.of(new Assumption("x", "ALL", new Interval(0.0905, 0.09125, 1234.5), "rate", "test")))
                .build();
        assertThat(new AssumptionTables(small, new Names(small), new Figures()).assumptions())
                .contains(">0.091 (0.091–1,234.5)<");
    }
}
