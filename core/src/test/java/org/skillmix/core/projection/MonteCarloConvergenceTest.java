package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * Monte Carlo means against exact expectations.
 *
 * <p>One trust, one role, establishment 100, 60 in post, leaver rate triangular(0.10, 0.15, 0.20) and
 * fill rate triangular(0.3, 0.5, 0.7): symmetric, so the modes are the means and the deterministic run
 * is the run at the interval means. While S < E the recurrence is linear in S,
 * S(t) = S* + (S0 - S*)(1 - h - f)^t with S* = fE/(h + f) and monthly hazards h = 1 - (1 - L)^(1/12),
 * f = 1 - (1 - F)^(1/12); but S(t) is not linear in the sampled annual rates (the hazards are concave in
 * the rates, (1 - h - f)^t is convex, S* is a ratio). So E[S(t)] differs from S(t) at the means by a
 * Jensen term, and nothing but month 0's stock is exactly comparable to the deterministic run.
 *
 * <p>What is compared: (a) the MC mean against E[S(t)] computed by quadrature over the two triangular
 * densities, within 4 standard errors (sigma / sqrt(n), sigma from the same quadrature; a fixed seed makes
 * the test deterministic, and for a random seed 4 SE would fail about once in 16,000 checks);
 * (b) the MC mean against the deterministic run, within 4 SE plus the exact Jensen gap
 * |E[S(t)] - S(t; means)|, which the test also shows to be under 1 % of S.
 *
 * <p>The figures (quadrature, 4,000 draws): month 1: E = 61.476, at means 61.438, Jensen gap 0.038 =
 * 4.5 SE (SE 0.0085), so a bare "MC mean = deterministic within 4 SE" check would wrongly fail; month 12:
 * gap 0.019, SE 0.058; month 36: gap 0.337 (0.43 %), SE 0.073; month 59: gap 0.394 (0.49 %), SE 0.071.
 */
class MonteCarloConvergenceTest {
    private static final double S0 = 60, E = 100;
    private static final Interval LEAVER = new Interval(0.10, 0.15, 0.20);
    private static final Interval FILL = new Interval(0.3, 0.5, 0.7);
    private static final int DRAWS = 4000;

    private static double stock(int t, double leaver, double fill) {
        double h = 1 - Math.pow(1 - leaver, 1.0 / 12), f = 1 - Math.pow(1 - fill, 1.0 / 12);
        double fixed = f * E / (h + f);
        return fixed + (S0 - fixed) * Math.pow(1 - h - f, t);
    }

    @Test
    void monteCarloMeanOfStockConvergesToExactExpectation() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .role("RN", 30_000, 40_000)
                .workforce("T1", "RN", S0, E - S0, 0, 0, 0, LEAVER, FILL)
                .build();
        Projector projector = new Projector(model);
        Projection mc = projector.run(new ProjectionSettings(5, DRAWS, 2024, 2), ProgressListener.NONE);
        Projection det = projector.run(new ProjectionSettings(5, 0, 2024, 1), ProgressListener.NONE);
        SeriesKey key = new SeriesKey(Measure.STAFF_IN_POST_FTE, "ALL", "RN", "acute", "T1", "E1");
        double[] mean = mc.series(key).orElseThrow().mean();
        double[] deterministic = det.series(key).orElseThrow().mean();

        for (int t : new int[] {1, 12, 36, 59}) {
            final int month = t;
            double expected = expectation((l, f) -> stock(month, l, f));
            double variance = expectation((l, f) -> Math.pow(stock(month, l, f), 2)) - expected * expected;
            double se = Math.sqrt(variance / DRAWS);
            double atMeans = stock(t, LEAVER.mean(), FILL.mean());
            double jensen = Math.abs(expected - atMeans);

            assertThat(deterministic[t])
                    .as("deterministic = closed form at the means")
                    .isCloseTo(atMeans, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Math.abs(mean[t] - expected))
                    .as("month " + t + ": MC vs exact expectation, SE " + se)
                    .isLessThanOrEqualTo(4 * se);
            assertThat(Math.abs(mean[t] - deterministic[t]))
                    .as("month " + t + ": MC vs deterministic")
                    .isLessThanOrEqualTo(4 * se + jensen);
            assertThat(jensen).as("Jensen gap month " + t).isLessThan(0.01 * atMeans);
        }
        // month 0 is the baseline in every draw
        assertThat(mean[0]).isEqualTo(S0);
    }

    /** E[g(L, F)] for independent triangular L and F: composite Simpson on each side of each mode. */
    private static double expectation(DoubleBinaryOperator g) {
        double[][] l = nodes(LEAVER), f = nodes(FILL);
        double total = 0;
        for (double[] a : l) for (double[] b : f) total += a[1] * b[1] * g.applyAsDouble(a[0], b[0]);
        return total;
    }

    /** Quadrature nodes and weights (including the density) for a triangular distribution. */
    private static double[][] nodes(Interval in) {
        int m = 200; // intervals per side, even
        double[][] out = new double[2 * (m + 1)][];
        int i = 0;
        double[][] sides = {{in.low(), in.mode()}, {in.mode(), in.high()}};
        for (double[] side : sides) {
            double step = (side[1] - side[0]) / m;
            for (int j = 0; j <= m; j++) {
                double x = side[0] + j * step;
                double w = (j == 0 || j == m) ? 1 : (j % 2 == 1 ? 4 : 2);
                out[i++] = new double[] {x, w * step / 3 * density(in, x)};
            }
        }
        return out;
    }

    private static double density(Interval in, double x) {
        double width = in.high() - in.low();
        if (x <= in.mode()) return 2 * (x - in.low()) / (width * (in.mode() - in.low()));
        return 2 * (in.high() - x) / (width * (in.high() - in.mode()));
    }
}
