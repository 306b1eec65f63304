package org.skillmix.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TriangularFitTest {

    @Test
    void symmetricTriangleFromItsDecilesWorkedByHand() {
        // (0, 1, 2): P10 = sqrt(0.1 x 2 x 1) = sqrt(0.2), P90 = 2 - sqrt(0.2).
        Interval fit = TriangularFit.fromDeciles(1, Math.sqrt(0.2), 2 - Math.sqrt(0.2));
        assertThat(fit.low()).isCloseTo(0, within(1e-9));
        assertThat(fit.mode()).isEqualTo(1);
        assertThat(fit.high()).isCloseTo(2, within(1e-9));
    }

    @Test
    void skewedTrianglesAreRecoveredFromTheirOwnDeciles() {
        double[][] triangles = {{1.0, 1.046, 1.12}, {0.98, 1.05, 1.06}, {-3, 0, 10}, {100, 140, 400}};
        for (double[] t : triangles) {
            Interval truth = new Interval(t[0], t[1], t[2]);
            Interval fit = TriangularFit.fromDeciles(t[1], truth.quantile(0.1), truth.quantile(0.9));
            double scale = t[2] - t[0];
            assertThat(fit.low()).as("low of %s", truth).isCloseTo(t[0], within(1e-9 * scale));
            assertThat(fit.high()).as("high of %s", truth).isCloseTo(t[2], within(1e-9 * scale));
            assertThat(fit.quantile(0.1)).isCloseTo(truth.quantile(0.1), within(1e-9 * scale));
            assertThat(fit.quantile(0.9)).isCloseTo(truth.quantile(0.9), within(1e-9 * scale));
        }
    }

    @Test
    void aModeOutsideTheDecilesGivesTheSymmetricTriangleOfTheSameWidth() {
        Interval fit = TriangularFit.fromDeciles(1.08, 1.02, 1.06);
        assertThat(fit.mode()).isEqualTo(1.08);
        assertThat(fit.high() - fit.mode()).isCloseTo(fit.mode() - fit.low(), within(1e-12));
        assertThat(fit.quantile(0.9) - fit.quantile(0.1)).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void noSpreadIsAFixedValue() {
        assertThat(TriangularFit.fromDeciles(1.03, 1.03, 1.03).isFixed()).isTrue();
    }
}
