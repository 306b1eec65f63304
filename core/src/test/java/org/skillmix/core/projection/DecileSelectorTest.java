package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quantiles found by bucketing equal a comparison selection, bit for bit. */
class DecileSelectorTest {

    /**
     * Series as the store holds them (values[d * months + t]): smooth random walks, walks with large
     * jumps, many ties, one draw, a far outlier (most values in one bucket), all draws equal, and negative
     * values, each month compared with {@link Quantiles#deciles} on the same values.
     */
    @Test
    void equalsSelectionOnEveryMonth() {
        SplittableRandom random = new SplittableRandom(11);
        double[] expected = new double[3], actual = new double[3];
        for (int trial = 0; trial < 80; trial++) {
            int draws = trial % 20 == 7 ? 1 : 1 + random.nextInt(trial < 30 ? 40 : 1200);
            int months = 1 + random.nextInt(36);
            double jump = trial % 3 == 0 ? 100 : 0.01;
            boolean ties = trial % 4 == 1;
            float[] values = new float[draws * months];
            for (int d = 0; d < draws; d++) {
                double level = random.nextDouble(-50, 50);
                for (int t = 0; t < months; t++) {
                    level += random.nextGaussian() * jump;
                    values[d * months + t] = ties ? Math.round(level / 10) : (float) level;
                }
            }
            if (trial % 5 == 2) values[random.nextInt(draws) * months] = 1e30f; // one far outlier in month 0
            if (trial % 10 == 3) Arrays.fill(values, 42.5f); // every draw equal
            DecileSelector selector = new DecileSelector(draws);
            for (int t = 0; t < months; t++) {
                float[] month = new float[draws];
                for (int d = 0; d < draws; d++) month[d] = values[d * months + t];
                Quantiles.deciles(month, expected);
                selector.deciles(values, months, t, actual);
                assertThat(actual).as("trial %d month %d", trial, t).containsExactly(expected);
            }
        }
    }

    /** Type 7 on 1..10 in reverse draw order: P10 = 1.9, P50 = 5.5, P90 = 9.1 (h = 9p). */
    @Test
    void interpolatesBetweenOrderStatistics() {
        float[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        DecileSelector selector = new DecileSelector(10);
        double[] out = new double[3];
        selector.deciles(values, 1, 0, out);
        assertThat(out[0]).isCloseTo(1.9, within(1e-12));
        assertThat(out[1]).isEqualTo(5.5);
        assertThat(out[2]).isCloseTo(9.1, within(1e-12));
    }
}
