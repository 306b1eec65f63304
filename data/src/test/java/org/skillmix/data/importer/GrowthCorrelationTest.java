package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthCorrelationTest {

    private static GrowthCorrelation.Growth trust(String icb, double base, double residual) {
        // sector factor 1.2 throughout: observed = base * 1.2 * e^residual; no variance drawn
        return new GrowthCorrelation.Growth(icb, "acute", base, base * 1.2 * Math.exp(residual), 1.2, 0);
    }

    /**
     * Hand-worked: two ICBs of two equal trusts, residuals A −0.3, −0.1 and B 0.1, 0.3. Mean 0; σT² = (0.09 + 0.01
     * + 0.01 + 0.09) / 3 = 0.0666667. ICB A's total: ln((e^−0.3 + e^−0.1) / 2) = −0.1950083, B's:
     * ln((e^0.1 + e^0.3) / 2) = 0.2049917; H = 0.5 each. σa² = (0.0380282 + 0.0420216 − 2 × 0.5 × 0.0666667) / (2 ×
     * 0.5) = 0.0133832; ρ = 0.0133832 / 0.0666667 = 0.2007475.
     */
    @Test
    void twoIcbsOfTwoTrustsByHand() {
        GrowthCorrelation c = GrowthCorrelation.estimate(
                List.of(trust("A", 100, -0.3), trust("A", 100, -0.1), trust("B", 100, 0.1), trust("B", 100, 0.3)));
        assertThat(c.totalVariance()).isCloseTo(0.0666667, within(1e-7));
        assertThat(c.commonVariance()).isCloseTo(0.0133832, within(1e-6));
        assertThat(c.rho()).isCloseTo(0.2007475, within(2e-6));
        assertThat(c.icbs()).isEqualTo(2);
        assertThat(c.trusts()).isEqualTo(4);
    }

    /**
     * The same two ICBs, each trust drawn with variance 0.02 over the history: the draws give each total Σ w² τ² =
     * 2 × 0.25 × 0.02 = 0.01, against the totals' own r² of 0.0380282 and 0.0420216 (mean 0.0400249).
     */
    @Test
    void theTotalsSetAgainstWhatIndependentDrawsGiveThem() {
        List<GrowthCorrelation.Growth> growths =
                List.of(trust("A", 100, -0.3), trust("A", 100, -0.1), trust("B", 100, 0.1), trust("B", 100, 0.3));
        GrowthCorrelation c = GrowthCorrelation.estimate(growths.stream()
                .map(g -> new GrowthCorrelation.Growth(
                        g.icb(), g.sector(), g.baseFte(), g.observedFte(), g.sectorFactor(), 0.02))
                .toList());
        assertThat(c.totalsSquare()).isCloseTo(0.0400249, within(1e-7));
        assertThat(c.drawnSquare()).isCloseTo(0.01, within(1e-12));
        // without the draws' variance they give nothing
        assertThat(GrowthCorrelation.estimate(growths).drawnSquare()).isZero();
    }

    /** Services moved between two trusts of an ICB: the trusts move apart, the totals do not; no common part. */
    @Test
    void aTransferWithinAnIcbIsNotACommonPart() {
        GrowthCorrelation c = GrowthCorrelation.estimate(
                List.of(trust("A", 100, 0.2), trust("A", 100, -0.2), trust("B", 100, 0.2), trust("B", 100, -0.2)));
        assertThat(c.commonVariance()).isNegative();
        assertThat(c.rho()).isZero();
    }

    /** Every trust of an ICB moving together, ICBs apart: the common part is nearly all of the variance. */
    @Test
    void trustsThatMoveTogetherAreCorrelated() {
        GrowthCorrelation c = GrowthCorrelation.estimate(List.of(
                trust("A", 100, -0.2),
                trust("A", 100, -0.2),
                trust("A", 100, -0.2),
                trust("B", 100, 0.2),
                trust("B", 100, 0.2),
                trust("B", 100, 0.2)));
        // σT² = 6 × 0.04 / 5 = 0.048; r = ∓0.2, H = 1/3: σa² = (0.08 − 2/3 × 0.048) / (4/3) = 0.036; ρ = 0.75
        assertThat(c.rho()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void oneIcbCannotShowACommonPart() {
        assertThatThrownBy(() -> GrowthCorrelation.estimate(List.of(trust("A", 1, 0), trust("A", 1, 0.1))))
                .hasMessageContaining("at least two ICBs");
    }
}
