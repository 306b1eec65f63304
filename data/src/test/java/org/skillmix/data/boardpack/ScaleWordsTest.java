package org.skillmix.data.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillmix.core.scenario.InterventionKind;

/**
 * The portfolio's scales in their kind's unit, as the GM pack funds them from the example's interventions
 * (examples/greater-manchester/interventions.csv).
 */
class ScaleWordsTest {
    @Test
    void eachScaleSaysWhatItCounts() {
        assertThat(ScaleWords.of(InterventionKind.WELLBEING, 0.3 * 3)).isEqualTo("90% of staff in scope covered");
        assertThat(ScaleWords.of(InterventionKind.PAY_UPLIFT, 5)).isEqualTo("5% pay uplift");
        assertThat(ScaleWords.of(InterventionKind.TRAINING_PLACES, 200)).isEqualTo("200 extra training places a year");
        assertThat(ScaleWords.of(InterventionKind.INTERNATIONAL_RECRUITMENT, 300))
                .isEqualTo("300 recruits a year");
        assertThat(ScaleWords.of(InterventionKind.RETENTION_PREMIUM, 1500)).isEqualTo("£1,500 per FTE a year");
        assertThat(ScaleWords.of(InterventionKind.JOINT_RECRUITMENT, 1))
                .isEqualTo("100% of vacancies in scope recruited jointly");
        assertThat(ScaleWords.of(InterventionKind.SYSTEM_BANK, 1.1))
                .isEqualTo("bank pay capped at 1.1 x substantive cost");
        assertThat(ScaleWords.of(InterventionKind.UPSKILLING, 0.1))
                .isEqualTo("up to 10% of the role's time on the capability");
    }
}
