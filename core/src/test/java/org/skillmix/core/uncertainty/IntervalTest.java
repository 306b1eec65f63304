package org.skillmix.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    /** The right-angled triangle on [0, 1] with its mode at 0: mean 1/3, variance 1/18 (a² + b² + c² − ... = 1). */
    @Test
    void varianceOfTheRightAngledTriangle() {
        Interval t = new Interval(0, 0, 1);
        assertThat(t.mean()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(t.variance()).isCloseTo(1.0 / 18, within(1e-15));
    }

    /** Independently: the variance of the inverse CDF over a fine grid of probabilities, for a skewed triangle. */
    @Test
    void varianceMatchesTheDistributionItSamples() {
        Interval t = new Interval(1.0129, 1.046, 1.0771);
        int n = 1_000_000;
        double sum = 0, square = 0;
        for (int k = 0; k < n; k++) {
            double x = t.quantile((k + 0.5) / n);
            sum += x;
            square += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(t.mean(), within(1e-9));
        assertThat(square / n - mean * mean).isCloseTo(t.variance(), within(1e-9));
        assertThat(Interval.fixed(2).variance()).isZero();
    }
}
