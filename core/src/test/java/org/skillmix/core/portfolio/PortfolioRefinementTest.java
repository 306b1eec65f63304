package org.skillmix.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Choosing again on effects in the portfolio, against a whole model with a known overlap, worked by hand. */
class PortfolioRefinementTest {
    private static final PortfolioOptimiser SOLVER = new PortfolioOptimiser(30_000);

    private static PortfolioOption option(String code, double cost, double closed) {
        return new PortfolioOption(code, 1, new double[] {0}, new double[] {cost}, new double[] {closed});
    }

    /** A, B and C, costing 5 each and closing 8, 7 and 4 alone, within a budget of 10. */
    private static PortfolioProblem threeForTen() {
        return new PortfolioProblem(
                List.of(option("A", 5, 8), option("B", 5, 7), option("C", 5, 4)),
                new double[] {10},
                new int[] {0},
                PortfolioProblem.Goal.MAX_GAP_CLOSED,
                null);
    }

    /** A, B and C alone close 8, 7 and 4; A and B close one shortfall of 10 between them; C another. */
    private static double overlapping(int[] levels) {
        return Math.min(10, 8 * levels[0] + 7 * levels[1]) + 4 * levels[2];
    }

    private static PortfolioRefinement.WholeRuns runs(java.util.function.ToDoubleFunction<int[]> whole) {
        return portfolios -> portfolios.stream().mapToDouble(whole).toArray();
    }

    /**
     * Each costs 5, budget 10. Added up, A and B close 15 and are chosen; run whole they close 10. Their effects in
     * that portfolio: A adds 10 - 7 = 3 (of its 8: a share of 0.375), B 10 - 8 = 2 (0.286), C would add 4 (1). Chosen
     * again on 3, 2 and 4: A and C, which close 12 whole. In that portfolio A adds 8 and C 4 (shares 1), B would add
     * 14 - 12 = 2: the same choice, so it stands after two rounds.
     */
    @Test
    void overlappingOptionsGiveWayToOneThatClosesSomethingElse() {
        PortfolioProblem p = threeForTen();
        Portfolio first = SOLVER.solve(p);
        assertThat(first.levels()).containsExactly(1, 1, 0);
        PortfolioRefinement.Result r =
                PortfolioRefinement.refine(SOLVER, p, first, runs(PortfolioRefinementTest::overlapping));
        assertThat(r.levels()).containsExactly(1, 0, 1);
        assertThat(r.startWhole()).isEqualTo(10);
        assertThat(r.whole()).isEqualTo(12);
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.portfolio().levels()).containsExactly(1, 0, 1);
        // the final choice was made on the effects in {A, C}: A 8, B 2 (2 of 7), C 4
        assertThat(r.problem().options().get(1).closed(0, 1)).isCloseTo(2, within(1e-12));
        assertThat(r.problem().options().get(0).closed(0, 1)).isCloseTo(8, within(1e-12));
    }

    /** Effects that do add up leave the first choice as it is, after one round. */
    @Test
    void effectsThatAddUpChangeNothing() {
        PortfolioProblem p = threeForTen();
        Portfolio first = SOLVER.solve(p);
        PortfolioRefinement.Result r =
                PortfolioRefinement.refine(SOLVER, p, first, runs(l -> 8 * l[0] + 7 * l[1] + 4 * l[2]));
        assertThat(r.levels()).containsExactly(first.levels());
        assertThat(r.whole()).isEqualTo(15);
        assertThat(r.rounds()).isEqualTo(1);
    }

    /**
     * To a target of 11: added up, A and C (12) is the cheapest way (cost 10, as is A and B); run whole A and C
     * close 12 and meet it, so it stands. With A, B and C each closing a shortfall of 10 between them (all three
     * overlap), no portfolio meets 11 whole and the first choice is kept rather than one that closes less.
     */
    @Test
    void toATargetTheWholeMustMeetIt() {
        PortfolioProblem p = new PortfolioProblem(
                List.of(option("A", 5, 8), option("B", 6, 7), option("C", 5, 4)),
                new double[] {20},
                new int[] {0},
                PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                new double[] {11});
        Portfolio first = SOLVER.solve(p);
        assertThat(first.levels()).containsExactly(1, 0, 1);
        PortfolioRefinement.Result met =
                PortfolioRefinement.refine(SOLVER, p, first, runs(PortfolioRefinementTest::overlapping));
        assertThat(met.levels()).containsExactly(1, 0, 1);
        assertThat(met.whole()).isEqualTo(12);
        PortfolioRefinement.Result unmet =
                PortfolioRefinement.refine(SOLVER, p, first, runs(l -> Math.min(10, 8 * l[0] + 7 * l[1] + 4 * l[2])));
        assertThat(unmet.whole()).isLessThanOrEqualTo(10);
        assertThat(unmet.whole()).isGreaterThanOrEqualTo(unmet.startWhole());
    }

    /**
     * On random instances with random overlaps (each pair of options sharing part of a shortfall), the portfolio
     * returned never closes less run whole than the one it started from, and never breaks the budget.
     */
    @Test
    void neverWorseWholeThanTheFirstChoice() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int m = 4 + r.nextInt(5);
            List<PortfolioOption> options = new ArrayList<>();
            double[] alone = new double[m];
            double[][] overlap = new double[m][m];
            double total = 0;
            for (int i = 0; i < m; i++) {
                alone[i] = 1 + 20 * r.nextDouble();
                double cost = 1 + 10 * r.nextDouble();
                total += cost;
                options.add(new PortfolioOption(
                        "o" + i, 1 + r.nextInt(3), new double[] {0}, new double[] {cost}, new double[] {alone[i]}));
                for (int j = 0; j < i; j++) overlap[i][j] = overlap[j][i] = 0.4 * r.nextDouble();
            }
            PortfolioProblem p = new PortfolioProblem(
                    options, new double[] {0.5 * total}, new int[] {0}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
            // whole: the levels' effects less, for each funded pair, a share of the smaller of them
            PortfolioRefinement.WholeRuns whole = runs(l -> {
                double w = 0;
                for (int i = 0; i < l.length; i++) {
                    w += alone[i] * l[i] * Math.pow(0.8, Math.max(0, l[i] - 1));
                    for (int j = 0; j < i; j++)
                        if (l[i] > 0 && l[j] > 0) w -= overlap[i][j] * Math.min(alone[i] * l[i], alone[j] * l[j]);
                }
                return w;
            });
            Portfolio first = SOLVER.solve(p);
            PortfolioRefinement.Result refined = PortfolioRefinement.refine(SOLVER, p, first, whole);
            assertThat(refined.whole()).as("seed " + seed).isGreaterThanOrEqualTo(refined.startWhole() - 1e-9);
            assertThat(p.feasible(refined.levels(), 1e-6)).as("seed " + seed).isTrue();
            assertThat(refined.rounds()).isBetween(1, PortfolioRefinement.MAX_ROUNDS);
        }
    }
}
