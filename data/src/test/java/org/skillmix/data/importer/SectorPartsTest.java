package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SectorParts against hand-worked cases. Two ICBs, each an acute trust of 300 FTE and a mental health trust of 100
 * at the base, England's sector growth 1 (observed = base e^residual); the acute trusts grow as England's (residual
 * 0), the mental health trusts 0.2 above in A and 0.2 below in B: mental health's totals spread, acute's do not.
 */
class SectorPartsTest {

    private static List<GrowthCorrelation.Growth> history(double drawn) {
        return List.of(
                new GrowthCorrelation.Growth("A", "acute", 300, 300, 1, drawn),
                new GrowthCorrelation.Growth("A", "mental_health", 100, 100 * Math.exp(0.2), 1, drawn),
                new GrowthCorrelation.Growth("B", "acute", 300, 300, 1, drawn),
                new GrowthCorrelation.Growth("B", "mental_health", 100, 100 * Math.exp(-0.2), 1, drawn));
    }

    /** The ICBs' trust totals' mean square: ln((300 + 100 e^±0.2) / 400)², averaged. */
    private static double totalsSquare() {
        double a = Math.log((300 + 100 * Math.exp(0.2)) / 400), b = Math.log((300 + 100 * Math.exp(-0.2)) / 400);
        return (a * a + b * b) / 2;
    }

    /**
     * With no own draws: R = 0.04 for mental health, 0 for acute; mental health's share W = 1/4 in both ICBs, so
     * A = 1/16. V_c = T − v/16 and v = 0.04 − V_c give V_c = (T − 0.04/16) / (1 − 1/16) and v = 0.04 − V_c
     * (T = 0.0025265, V_c = 0.0000283, v = 0.0399717); acute's part is 0.
     */
    @Test
    void aSectorWhoseTotalsSpreadTakesAPartAndTheCommonPartKeepsTheRest() {
        double t = totalsSquare();
        SectorParts parts = SectorParts.estimate(history(0), t);
        double common = (t - 0.04 / 16) / (1 - 1.0 / 16);
        assertThat(parts.commonVariance()).isCloseTo(common, within(1e-12));
        assertThat(parts.of("mental_health").variance()).isCloseTo(0.04 - common, within(1e-12));
        assertThat(parts.of("mental_health").totalsSquare()).isCloseTo(0.04, within(1e-12));
        assertThat(parts.of("mental_health").icbs()).isEqualTo(2);
        assertThat(parts.of("acute").variance()).isZero();
        assertThat(parts.of("community")).isNull();
        // independent bound: what the parts give the ICBs' totals never exceeds what the totals spread
        assertThat(parts.commonVariance() + parts.of("mental_health").variance() / 16)
                .isCloseTo(t, within(1e-12));
    }

    /**
     * Each trust's own draw with variance 0.02 over the history, centred on the system. For mental health in an
     * ICB: w = 1/4, W = 1/4, so b = 1 − 1/4 = 3/4 for its trust and −3/4 for the acute one: O = 2 (9/16) 0.02 =
     * 0.0225. For acute: b = 1 − 3/4 = 1/4 and −1/4: O = 0.0025, above R = 0. So v = 0.04 − 0.0225 − V_c and V_c =
     * (T − 0.0175/16) / (15/16).
     */
    @Test
    void whatTheTrustsOwnDrawsAlreadyGiveIsNotDrawnAgain() {
        double t = totalsSquare();
        SectorParts parts = SectorParts.estimate(history(0.02), t);
        double common = (t - 0.0175 / 16) / (15.0 / 16);
        assertThat(parts.of("mental_health").drawnSquare()).isCloseTo(0.0225, within(1e-12));
        assertThat(parts.of("acute").drawnSquare()).isCloseTo(0.0025, within(1e-12));
        assertThat(parts.commonVariance()).isCloseTo(common, within(1e-12));
        assertThat(parts.of("mental_health").variance()).isCloseTo(0.0175 - common, within(1e-12));
        assertThat(parts.of("acute").variance()).isZero();
    }

    /** Where every sector's totals spread no more than the ICBs' totals do, there are no parts: the common part alone. */
    @Test
    void withoutASectorSpreadTheCommonPartIsTheTotalsMeanSquare() {
        List<GrowthCorrelation.Growth> together = List.of(
                new GrowthCorrelation.Growth("A", "acute", 300, 300 * Math.exp(0.1), 1, 0),
                new GrowthCorrelation.Growth("A", "mental_health", 100, 100 * Math.exp(0.1), 1, 0),
                new GrowthCorrelation.Growth("B", "acute", 300, 300 * Math.exp(-0.1), 1, 0),
                new GrowthCorrelation.Growth("B", "mental_health", 100, 100 * Math.exp(-0.1), 1, 0));
        SectorParts parts = SectorParts.estimate(together, 0.01);
        assertThat(parts.commonVariance()).isCloseTo(0.01, within(1e-15));
        assertThat(parts.of("acute").variance()).isZero();
        assertThat(parts.of("mental_health").variance()).isZero();
    }
}
