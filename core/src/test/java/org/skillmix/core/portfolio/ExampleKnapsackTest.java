package org.skillmix.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A portfolio problem ojAlgo 57.1's mixed-integer solver, which the optimiser used before, got wrong and reported
 * optimal: the Greater Manchester example's central run at GBP 100m a year, in its last year (2034/35; FTE closed to
 * two decimals, GBP a year to the pound), cut to the five interventions that take the budget. ojAlgo funded wellbeing
 * at level 3, homecare at 3 and joint recruitment at 2 (2,409.02 FTE) and left out rotational posts that fitted; with
 * the rotational posts held out it left out the homecare posts too (2,237.07 FTE for 2,409.02).
 */
class ExampleKnapsackTest {
    private static final PortfolioOptimiser SOLVER = new PortfolioOptimiser(30_000);
    private static final int ROTATE = 2;

    /** Flexible working, wellbeing, rotational posts, trust-employed homecare, joint recruitment. */
    static PortfolioProblem gmLastYear(PortfolioProblem.Goal goal, double[] required) {
        List<PortfolioOption> options = List.of(
                option("flex-work", new double[] {1186.88, 1879.98}, new double[] {55164532, 96583782}),
                option("wellbeing", new double[] {590.69, 1083.63, 1475.41}, new double[] {25343459, 47538354, 67278635
                }),
                option("rotate", new double[] {23.81, 48.53, 75.55}, new double[] {1169247, 2197335, 3336048}),
                option("mft-homecare", new double[] {54.15, 108.23, 171.95}, new double[] {1845303, 3604677, 5625197}),
                option("joint-recruit", new double[] {656.95, 761.66}, new double[] {19900925, 23081916}));
        return new PortfolioProblem(options, new double[] {100_000_000}, new int[] {0}, goal, required);
    }

    static PortfolioOption option(String code, double[] closed, double[] cost) {
        double[][] closedAt = new double[closed.length][], costAt = new double[cost.length][];
        for (int l = 0; l < closed.length; l++) {
            closedAt[l] = new double[] {closed[l]};
            costAt[l] = new double[] {cost[l]};
        }
        return PortfolioOption.measured(code, code, new double[] {0}, costAt, closedAt);
    }

    /**
     * By hand: wellbeing at 3, rotate at 3, homecare at 3 and joint recruitment at 2 cost 67,278,635 + 3,336,048 +
     * 5,625,197 + 23,081,916 = 99,321,796 within the 100m and close 1,475.41 + 75.55 + 171.95 + 761.66 = 2,484.57 FTE.
     * With the flexible working offer at 1 (55.2m) the 44.8m left buys at most joint recruitment at 2 with rotate and
     * homecare at 3: 1,186.88 + 761.66 + 75.55 + 171.95 = 2,196.04; at 2 (96.6m) only rotate at 3 fits beside it. The
     * enumeration of all 576 combinations agrees.
     */
    @Test
    void theBestPortfolioIsFound() {
        PortfolioProblem p = gmLastYear(PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
        Portfolio best = SOLVER.solve(p);
        assertThat(best.levels()).containsExactly(0, 3, 3, 3, 2);
        assertThat(best.closedPerYear()[0]).isCloseTo(2484.57, within(1e-9));
        assertThat(best.costPerYear()[0]).isCloseTo(99_321_796, within(1e-6));
        assertThat(best.proven()).isTrue();
        assertThat(PortfolioOptimiser.bruteForce(p).levels()).containsExactly(best.levels());
    }

    /**
     * Held out, the rotational posts leave wellbeing at 3, homecare at 3 and joint recruitment at 2: 2,409.02 FTE for
     * 95,985,748. So they are dropped only if they close nothing, as they fit in what the rest leaves at every level:
     * (2,409.02 - 2,484.57) / 75.55 = a fall of 100%.
     */
    @Test
    void withTheRotationalPostsHeldOutTheRestIsStillTheBest() {
        PortfolioProblem p = gmLastYear(PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
        Portfolio without = SOLVER.solveWith(p, ROTATE, 0);
        assertThat(without.levels()).containsExactly(0, 3, 0, 3, 2);
        assertThat(without.closedPerYear()[0]).isCloseTo(2409.02, within(1e-9));
        assertThat(without.costPerYear()[0]).isCloseTo(95_985_748, within(1e-6));
        double[] ranges = {0.5, 0.5, 0.5, 0.8, 0.5};
        List<SwitchingValues.Value> v = SwitchingValues.of(SOLVER, p, SOLVER.solve(p), ranges, ranges);
        assertThat(v.get(ROTATE).change()).isCloseTo(-1, within(1e-9));
    }

    /** To a target, the cheapest way there, as the enumeration finds it, on four targets up to the most there is. */
    @Test
    void aTargetIsMetAtTheEnumerationsLeastCost() {
        for (double required : new double[] {700, 1_500, 2_400, 2_484}) {
            PortfolioProblem p = gmLastYear(PortfolioProblem.Goal.MIN_COST_TO_TARGET, new double[] {required});
            Portfolio exact = PortfolioOptimiser.bruteForce(p);
            Portfolio cheapest = SOLVER.solve(p);
            assertThat(cheapest.levels()).as("to %s FTE", required).containsExactly(exact.levels());
            assertThat(cheapest.closedPerYear()[0]).isGreaterThanOrEqualTo(required);
        }
        PortfolioProblem beyond = gmLastYear(PortfolioProblem.Goal.MIN_COST_TO_TARGET, new double[] {2_485});
        assertThat(SOLVER.solve(beyond).feasible()).isFalse();
    }
}
