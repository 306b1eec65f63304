package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The labour pools the history implies, pool = Σ S g^H (12h + g − 1) + out − in − Q (floored at 0), against hand
 * computations: h = 1 − (1 − leaver rate)^(1/12), H = 10, growth 1.046 a year in every line here.
 */
class LabourPoolsTest {
    private static final LabourPools.Growth ACUTE_TREND = (role, sector) -> 1.046;

    private static LabourPools.Line line(String role, double fte, double low, double mode, double high) {
        return new LabourPools.Line("RA1", role, "acute", fte, new double[] {low, mode, high});
    }

    /** docs/backtest.md's check: 1,000 FTE, leaver rate 0.091: 1,000 × 1.046^10 × (0.095032 + 0.046) = 221.1. */
    @Test
    void oneLineKeepsUpWithItsLeaversAndItsGrowth() {
        List<LabourPools.Pool> pools = LabourPools.build(
                List.of("RN"),
                List.of(line("RN", 1000, 0.091, 0.091, 0.091)),
                List.of(),
                Map.of(),
                ACUTE_TREND,
                10,
                "ten years");
        assertThat(pools.get(0).value()[1]).isCloseTo(221.123, within(0.001));
    }

    /**
     * A move of support workers into nursing (2% a year of 500 FTE: 12 × 0.00168214 × 500 = 10.0929 a year) and 50
     * qualifiers a year (40–60) are recruits the market need not supply: 202.4036 − 10.0929 − 60 = 132.3107 (low,
     * with the pipeline's high yield), 221.1231 − 10.0929 − 50 = 161.0303, 236.5942 − 10.0929 − 40 = 186.5014; the
     * support workers' pool carries the move out: 162.6090 + 10.0929 = 172.7018.
     */
    @Test
    void movesBetweenRolesAndThePipelineAreNetted() {
        List<LabourPools.Pool> pools = LabourPools.build(
                List.of("RN", "HCA"),
                List.of(line("RN", 1000, 0.08, 0.091, 0.10), line("HCA", 500, 0.15, 0.15, 0.15)),
                List.of(new LabourPools.Flow("acute", "HCA", "acute", "RN", 0.02)),
                Map.of("RN", new double[] {40, 50, 60}),
                ACUTE_TREND,
                10,
                "ten years");
        assertThat(pools.get(0).value()[0]).isCloseTo(132.3107, within(1e-4));
        assertThat(pools.get(0).value()[1]).isCloseTo(161.0303, within(1e-4));
        assertThat(pools.get(0).value()[2]).isCloseTo(186.5014, within(1e-4));
        assertThat(pools.get(1).value()[1]).isCloseTo(172.7018, within(1e-4));
        assertThat(pools.get(0).source()).contains("10 joining from other roles", "50 qualifiers a year");
    }

    /** A pipeline larger than the need leaves no external market to cap: 0, never negative. */
    @Test
    void aPipelineAboveTheNeedIsAPoolOfNone() {
        List<LabourPools.Pool> pools = LabourPools.build(
                List.of("GP"),
                List.of(line("GP", 100, 0.05, 0.05, 0.05)),
                List.of(),
                Map.of("GP", new double[] {500, 500, 500}),
                (role, sector) -> 0.995,
                10,
                "ten years");
        assertThat(pools.get(0).value()).containsExactly(0, 0, 0);
    }

    /** A flow into a role the ICB does not employ is not counted (nobody can move into no post). */
    @Test
    void aMoveIntoARoleNobodyEmploysIsNotCounted() {
        List<LabourPools.Pool> pools = LabourPools.build(
                List.of("HCA"),
                List.of(line("HCA", 500, 0.15, 0.15, 0.15)),
                List.of(new LabourPools.Flow("acute", "HCA", "acute", "RN", 0.02)),
                Map.of(),
                ACUTE_TREND,
                10,
                "ten years");
        assertThat(pools.get(0).value()[1]).isCloseTo(162.6090, within(1e-4));
    }
}
