package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NctrSeriesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    /** a[t] = B[t+1] - B[t] + D[t], floored at 0: (12 - 10 + 3) = 5, (11 - 12 + 4) = 3; the last day has no next count. */
    @Test
    void arrivalsAreImpliedByConservationAndTheLastCountedDayHasNone() {
        NctrSeries s = new NctrSeries("X", JAN_1, new double[] {10, 12, 11}, new double[] {3, 4, 5});
        assertThat(s.impliedArrivals()).containsExactly(5, 3);
        // A window to the end of the series stops at the last known arrivals instead of padding with a 0.
        assertThat(s.impliedArrivals(JAN_1, JAN_1.plusDays(3))).containsExactly(5, 3);
        assertThat(s.impliedArrivals(JAN_1.plusDays(1), JAN_1.plusDays(2))).containsExactly(3);
    }
}
