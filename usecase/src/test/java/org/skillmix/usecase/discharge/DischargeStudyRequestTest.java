package org.skillmix.usecase.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.InvalidSetting;

/**
 * The study's extra care workers are held to the discharge question's limit: 1e300 was accepted (only NaN, negative
 * and infinite numbers were refused) and answered as if anyone could hire that many, in a 300-digit sentence.
 */
class DischargeStudyRequestTest {
    static DischargeStudyRequest extra(double fte) {
        return new DischargeStudyRequest("QOP", Path.of("published"), fte, null, 6, 12, null);
    }

    @Test
    void extraCareWorkersFromNoneToTheQuestionsLimitAreTaken() {
        assertThat(extra(0).extraCareWorkers()).isZero();
        assertThat(extra(100_000).extraCareWorkers()).isEqualTo(100_000);
    }

    @Test
    void moreCareWorkersThanAnyPlaceCouldEmployAreRefusedNamingTheRange() {
        for (double fte : new double[] {100_000.5, 1e9, 1e300, Double.POSITIVE_INFINITY, Double.NaN, -1}) {
            assertThatThrownBy(() -> extra(fte))
                    .as("%s", fte)
                    .isInstanceOf(InvalidSetting.class)
                    .hasMessageContaining("between 0 and 100000 FTE")
                    .satisfies(e -> assertThat(((InvalidSetting) e).field()).isEqualTo("extraCareWorkers"));
        }
    }
}
