package org.skillmix.data.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.Calibration;

class DischargeTableBuilderTest {

    /** The import report names the window in days, the error in words and C and K with their units, grouped. */
    @Test
    void noteSaysWhatWasFittedInAPlannersWords() {
        var fit = new Calibration(
                "QKS",
                7683.84,
                19464.79,
                new double[] {1, 1, 1, 1, 1, 1, 1},
                246,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 9, 1),
                0.03,
                0.045,
                0.06,
                List.of());

        String note = DischargeTableBuilder.note(
                LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), fit, 246.04, 13, "the CQC list");

        assertThat(note)
                .isEqualTo("fitted to the daily count of patients not meeting the criteria to reside, 1 March 2024 to"
                        + " 28 February 2025 (mean absolute percentage error of the weekly count on the held-back"
                        + " months 4.5%): discharge capacity C 7,683.8 a day, matching friction K 19,464.8 patients"
                        + " waiting; 246.0 arrivals a day; 13 places; care home beds: the CQC list");
    }
}
