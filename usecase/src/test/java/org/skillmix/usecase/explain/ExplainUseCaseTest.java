package org.skillmix.usecase.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.GmExample;

class ExplainUseCaseTest {

    /** GP hours come from the 15-minute norm (0.8-1.2 in assumptions.csv); the acute services' are calibrated. */
    @Test
    void aNormedServicesHoursCarryTheRangeTheMonteCarloDraws() throws Exception {
        String text = new ExplainUseCase()
                .run(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "MEDICAL", "E08000003", false));
        assertThat(text)
                .contains("  hours/act of GP: the Monte Carlo draws 0.80 to 1.20 times this (workload_norm_factor")
                .doesNotContain("hours/act of UEC:")
                .doesNotContain("hours/act of ACUTE_IP:");
        assertThat(text.indexOf("hours/act of GP:")).isLessThan(text.indexOf("SUPPLY"));
    }

    /** The GM example's deprivation factor is 0.5-1.5 for ALL; UEC's elasticity is 0.5 and cancer's 0.1. */
    @Test
    void eachServicesElasticityCarriesTheRangeTheMonteCarloDraws() throws Exception {
        String text = new ExplainUseCase()
                .run(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "MEDICAL", "E08000003", false));
        assertThat(text)
                .contains("  dep of UEC: the Monte Carlo draws its elasticity 0.50 times 0.50 to 1.50"
                        + " (deprivation_elasticity_factor), holding the service's ICB total")
                .contains("  dep of GP: the Monte Carlo draws its elasticity 0.20 times 0.50 to 1.50");
        assertThat(text.indexOf("dep of UEC:")).isLessThan(text.indexOf("SUPPLY"));
    }

    /** A planner types the names the pages show; the table is the one the codes give. */
    @Test
    void aPlaceAndCapabilityGivenByNameReadAsTheirCodes() throws Exception {
        ExplainUseCase explain = new ExplainUseCase();
        String byCode = explain.run(
                GmExample.model(), new ExplainUseCase.Request(YearMonth.of(2030, 1), "WOUND", "E08000003", false));
        String byName = explain.run(
                GmExample.model(),
                new ExplainUseCase.Request(YearMonth.of(2030, 1), "wound care", " Manchester", false));

        assertThat(byName).isEqualTo(byCode).startsWith("Wound care (WOUND) in Manchester (E08000003), Jan 2030");
        // Manchester's community services are a millionth below their base-year pressure: no "-0.0000"
        assertThat(byCode).contains("CHS-E08000003").doesNotContain(" -0.0000");
        assertThatThrownBy(() -> explain.check(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "WOUND", "Greater Manchester", false)))
                .hasMessageContaining("unknown place 'Greater Manchester'; the dataset has: Bolton (E08000001)");
    }
}
