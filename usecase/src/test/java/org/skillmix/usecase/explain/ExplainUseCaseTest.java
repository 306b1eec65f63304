package org.skillmix.usecase.explain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
