package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StudyWindowTest {

    private static NctrSeries series(LocalDate start, LocalDate last) {
        int days = (int) (last.toEpochDay() - start.toEpochDay()) + 1;
        return new NctrSeries("QOP", start, new double[days], new double[days]);
    }

    @Test
    void anIncompleteLastMonthIsLeftOutAndTheWindowIsWholeMonths() {
        // Published to 2025-03-17: March is incomplete, so six held-back months are September to February.
        StudyWindow w = StudyWindow.of(series(LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 17)), 6, 12);
        assertThat(w.testTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(w.testFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(w.trainFrom()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(w.heldBackDays()).isEqualTo(30 + 31 + 30 + 31 + 31 + 28);
    }

    @Test
    void aSeriesEndingOnAMonthsLastDayKeepsThatMonth() {
        StudyWindow w = StudyWindow.of(series(LocalDate.of(2023, 4, 1), LocalDate.of(2025, 2, 28)), 1, 2);
        assertThat(w.testFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(w.testTo()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void monthsBeforeTheSeriesStartsAreRefused() {
        assertThatThrownBy(() -> StudyWindow.of(series(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 28)), 6, 12))
                .hasMessage("the series starts 2024-06-01: 12 training + 6 held-back months do not fit");
    }
}
