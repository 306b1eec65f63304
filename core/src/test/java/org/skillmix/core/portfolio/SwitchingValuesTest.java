package org.skillmix.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Switching values by hand on a near-tie, and exact where the optimiser itself reverses a decision. */
class SwitchingValuesTest {
    private static final PortfolioOptimiser SOLVER = new PortfolioOptimiser(30_000);

    /**
     * One year, budget 100, each option fund-or-not, no fixed cost; every effect stated as 50% either side of its most
     * likely value. A costs 60 and closes 30; B costs 60 and closes 29.7 (a near-tie with A: 0.495 FTE a pound against
     * 0.5); C costs 40 and closes 40; D costs 40 and closes 16. Within 100: A+C = 70 (the best), B+C = 69.7, A+D = 46,
     * C+D = 56 (A+B costs 120). By hand: A is dropped once it closes less than B, at (69.7 - 70) / 30 = a fall of 1%;
     * B is funded once it closes more than A, at (70 - 69.7) / 29.7 = a rise of 1.01%: both close calls. C is dropped
     * once A+C falls below A+D, at (46 - 70) / 40 = a fall of 60%, beyond its 50%; D is funded once C+D passes A+C, at
     * (70 - 56) / 16 = a rise of 87.5%, beyond its 50%: both firm.
     */
    @Test
    void aNearTieIsACloseCallAndAClearChoiceIsFirm() {
        PortfolioProblem p = oneYear(new double[] {60, 60, 40, 40}, new double[] {30, 29.7, 40, 16}, 100);
        Portfolio best = SOLVER.solve(p);
        assertThat(best.levels()).containsExactly(1, 0, 1, 0);
        double[] half = {0.5, 0.5, 0.5, 0.5}, andHalf = {1.5, 1.5, 1.5, 1.5};
        List<SwitchingValues.Value> v = SwitchingValues.of(SOLVER, p, best, half, andHalf);
        assertThat(v.get(0).change()).isCloseTo(-0.3 / 30, within(1e-9));
        assertThat(v.get(1).change()).isCloseTo(0.3 / 29.7, within(1e-9));
        assertThat(v.get(2).change()).isCloseTo(-24.0 / 40, within(1e-9));
        assertThat(v.get(3).change()).isCloseTo(14.0 / 16, within(1e-9));
        assertThat(v).extracting(SwitchingValues.Value::closeCall).containsExactly(true, true, false, false);
        assertThat(v).extracting(SwitchingValues.Value::funded).containsExactly(true, false, true, false);
        // a narrower stated range for C (10% either side) leaves it firm; a wider one for D (to 90% more) makes its
        // 87.5% a close call
        v = SwitchingValues.of(SOLVER, p, best, new double[] {0.5, 0.5, 0.9, 0.5}, new double[] {1.5, 1.5, 1.1, 1.9});
        assertThat(v).extracting(SwitchingValues.Value::closeCall).containsExactly(true, true, false, true);
    }

    /** An option that closes nothing, or whose one level alone breaks the budget, no rise can fund. */
    @Test
    void noRiseFundsWhatClosesNothingOrCannotBeAfforded() {
        PortfolioProblem p = oneYear(new double[] {50, 10, 150}, new double[] {10, 0, 90}, 100);
        Portfolio best = SOLVER.solve(p);
        assertThat(best.levels()).containsExactly(1, 0, 0);
        List<SwitchingValues.Value> v =
                SwitchingValues.of(SOLVER, p, best, new double[] {1, 1, 1}, new double[] {1, 1, 1});
        assertThat(v.get(1).change()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v.get(2).change()).isEqualTo(Double.POSITIVE_INFINITY);
        // B for want of an effect, C for want of money
        assertThat(v).extracting(SwitchingValues.Value::closes).containsExactly(true, false, true);
        // A alone: dropped only when it closes nothing; with a fixed effect (no range) that is firm
        assertThat(v.get(0).change()).isCloseTo(-1, within(1e-9));
        assertThat(v).extracting(SwitchingValues.Value::closeCall).containsExactly(false, false, false);
    }

    /**
     * A bank that closes nothing and saves 20 is funded for its saving, and no fall in what it closes could drop it:
     * firm, however wide its effect's range. Its saving widens the budget: A (60) and C (40) fit 100 + 20 with B (15).
     */
    @Test
    void noFallDropsWhatIsFundedForItsSaving() {
        PortfolioProblem p = oneYear(new double[] {60, -20, 40, 15}, new double[] {30, 0, 40, 5}, 100);
        Portfolio best = SOLVER.solve(p);
        assertThat(best.levels()).containsExactly(1, 1, 1, 1);
        List<SwitchingValues.Value> v = SwitchingValues.of(
                SOLVER, p, best, new double[] {0.1, 0.1, 0.1, 0.1}, new double[] {1.9, 1.9, 1.9, 1.9});
        assertThat(v.get(1).change()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(v.get(1).closes()).isFalse();
        assertThat(v.get(1).closeCall()).isFalse();
        assertThat(v.get(1).verdict()).isEqualTo(SwitchingValues.FIRM);
    }

    /**
     * On random instances with levels measured (each level's own gap closed, saturating), scaling an option's gap
     * closed by 1 + 0.97 x its switching value leaves the optimiser's decision about it alone, and by 1 + 1.03 x
     * reverses it: the switching value is where the decision turns.
     */
    @Test
    void theOptimiserReversesTheDecisionAtTheSwitchingValue() {
        int checked = 0;
        for (long seed = 1; seed <= 12; seed++) {
            PortfolioProblem p = measured(seed, 3 + (int) (seed % 4));
            checked += turnsAtItsSwitchingValue(p, seed);
        }
        assertThat(checked).isGreaterThan(20);
    }

    /**
     * To a target of 38, by hand: A costs 60 and closes 30, B 50 and 25, C 40 and 15. The cheapest way is B and C
     * (40 closed for 90; A and C cost 100, A and B 110). B is dropped once B and C fall short, at 25(1 - x) + 15 = 38,
     * a fall of 8%, when A and C (100) beat A and B (110). C is dropped once no portfolio with it is cheapest: B and C
     * fail at a fall of 2/15, A and C (100) at 30 + 15(1 - x) = 38, a fall of 7/15, after which A and B (110) beat
     * A, B and C (150). A, left out, is funded once it meets the target alone, at 30(1 + x) = 38, a rise of 4/15, for
     * 60.
     */
    @Test
    void toATargetByHand() {
        List<PortfolioOption> options = oneYear(new double[] {60, 50, 40}, new double[] {30, 25, 15}, 1e9)
                .options();
        PortfolioProblem p = new PortfolioProblem(
                options, new double[] {1e9}, new int[] {0}, PortfolioProblem.Goal.MIN_COST_TO_TARGET, new double[] {38
                });
        Portfolio best = SOLVER.solve(p);
        assertThat(best.levels()).containsExactly(0, 1, 1);
        double[] half = {0.5, 0.5, 0.5}, andHalf = {1.5, 1.5, 1.5};
        List<SwitchingValues.Value> v = SwitchingValues.of(SOLVER, p, best, half, andHalf);
        assertThat(v.get(0).change()).isCloseTo(4.0 / 15, within(1e-5));
        assertThat(v.get(1).change()).isCloseTo(-0.08, within(1e-5));
        assertThat(v.get(2).change()).isCloseTo(-7.0 / 15, within(1e-5));
        // within half either side: all three are close calls
        assertThat(v).extracting(SwitchingValues.Value::closeCall).containsExactly(true, true, true);
    }

    /**
     * To a target (the cheapest way to close half of what every option at its highest level would close), the same:
     * scaling an option's gap closed by 1 + 0.97 x its switching value leaves the cheapest portfolio's decision about
     * it alone, by 1 + 1.03 x reverses it.
     */
    @Test
    void toATargetTheDecisionAlsoTurnsAtTheSwitchingValue() {
        int checked = 0;
        for (long seed = 1; seed <= 12; seed++) {
            PortfolioProblem most = measured(seed, 3 + (int) (seed % 4));
            double reach = 0;
            for (PortfolioOption o : most.options()) reach += o.closed(1, o.maxLevel());
            PortfolioProblem p = new PortfolioProblem(
                    most.options(),
                    new double[] {1e9, 1e9},
                    new int[] {1},
                    PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                    new double[] {reach / 2});
            checked += turnsAtItsSwitchingValue(p, seed);
        }
        assertThat(checked).isGreaterThan(10);
    }

    /**
     * For each option whose switching value is finite and not a near-tie: scaled by 1 + 0.97 x it, the decision about
     * it stands; by 1 + 1.03 x, it turns. The number of options checked.
     */
    private static int turnsAtItsSwitchingValue(PortfolioProblem p, long seed) {
        Portfolio best = SOLVER.solve(p);
        double[] ones = new double[p.options().size()];
        Arrays.fill(ones, 1);
        List<SwitchingValues.Value> values = SwitchingValues.of(SOLVER, p, best, ones, ones);
        int checked = 0;
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i).change();
            if (!Double.isFinite(d) || Math.abs(d) < 1e-3) continue;
            boolean funded = best.levels()[i] > 0;
            assertThat(SOLVER.solve(scaled(p, i, 1 + 0.97 * d)).levels()[i] > 0)
                    .as("seed %d option %d, change %.4f: before it", seed, i, d)
                    .isEqualTo(funded);
            assertThat(SOLVER.solve(scaled(p, i, 1 + 1.03 * d)).levels()[i] > 0)
                    .as("seed %d option %d, change %.4f: past it", seed, i, d)
                    .isEqualTo(!funded);
            checked++;
        }
        return checked;
    }

    /** With one option held at a level, the solver's best is enumeration's best among choices with that level. */
    @Test
    void holdingAnOptionAtALevelFindsTheBestOfTheRest() {
        for (long seed = 1; seed <= 10; seed++) {
            PortfolioProblem p = measured(seed, 3 + (int) (seed % 4));
            for (int i = 0; i < p.options().size(); i++) {
                for (int l = 0; l <= p.options().get(i).maxLevel(); l++) {
                    Portfolio held = SOLVER.solveWith(p, i, l);
                    double best = bestWith(p, i, l);
                    assertThat(held.feasible())
                            .as("seed %d option %d level %d", seed, i, l)
                            .isEqualTo(!Double.isNaN(best));
                    if (Double.isNaN(best)) continue;
                    assertThat(held.levels()[i]).isEqualTo(l);
                    assertThat(held.objective())
                            .as("seed %d option %d level %d", seed, i, l)
                            .isCloseTo(best, within(1e-6));
                }
            }
        }
    }

    /** Every combination of levels with option i at level l: the most gap closed within budget, NaN if none fits. */
    private static double bestWith(PortfolioProblem p, int i, int l) {
        int m = p.options().size();
        int[] levels = new int[m];
        double best = Double.NaN;
        while (true) {
            if (levels[i] == l && p.feasible(levels, 1e-9)) {
                double v = p.objective(levels);
                if (Double.isNaN(best) || v > best) best = v;
            }
            int k = 0;
            while (k < m && levels[k] == p.options().get(k).maxLevel()) levels[k++] = 0;
            if (k == m) return best;
            levels[k]++;
        }
    }

    private static PortfolioProblem oneYear(double[] cost, double[] closed, double budget) {
        List<PortfolioOption> options = new ArrayList<>();
        for (int i = 0; i < cost.length; i++)
            options.add(new PortfolioOption(
                    String.valueOf((char) ('A' + i)), 1, new double[] {0}, new double[] {cost[i]}, new double[] {
                        closed[i]
                    }));
        return new PortfolioProblem(
                options, new double[] {budget}, new int[] {0}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
    }

    /** Two years, each option up to three levels, each level adding less than the one before; budget for about half. */
    static PortfolioProblem measured(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PortfolioOption> options = new ArrayList<>();
        double all = 0;
        for (int i = 0; i < n; i++) {
            int levels = 1 + r.nextInt(3);
            double fixed = 10 * r.nextDouble(), step = 20 + 80 * r.nextDouble(), first = 5 + 15 * r.nextDouble();
            double[][] cost = new double[levels][2], closed = new double[levels][2];
            for (int l = 0; l < levels; l++) {
                for (int y = 0; y < 2; y++) {
                    cost[l][y] = fixed + (l + 1) * step;
                    // level l + 1 adds first x 0.6^l: a saturating response
                    closed[l][y] = first * (1 - Math.pow(0.6, l + 1)) / 0.4 * (y + 1) / 2.0;
                }
            }
            all += cost[0][1];
            options.add(PortfolioOption.measured("o" + i, "o" + i, new double[] {fixed, fixed}, cost, closed));
        }
        return new PortfolioProblem(
                options, new double[] {all / 2, all / 2}, new int[] {1}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
    }

    private static PortfolioProblem scaled(PortfolioProblem p, int option, double factor) {
        List<PortfolioOption> options = new ArrayList<>(p.options());
        PortfolioOption o = options.get(option);
        double[][] closed = new double[o.maxLevel()][];
        for (int l = 0; l < closed.length; l++) {
            closed[l] = o.closedAtLevel()[l].clone();
            for (int y = 0; y < closed[l].length; y++) closed[l][y] *= factor;
        }
        options.set(option, PortfolioOption.measured(o.code(), o.name(), o.fixedCost(), o.costAtLevel(), closed));
        return new PortfolioProblem(options, p.budget(), p.targetYears(), p.goal(), p.requiredClosed());
    }
}
