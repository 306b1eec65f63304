package org.skillmix.core.portfolio;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The exact search {@link PortfolioOptimiser} solves with: depth first over the options, one level of each at a time,
 * dropping a branch as soon as a bound shows it cannot beat the best portfolio found. Everything it sums is the
 * problem's own, so the answer is the enumeration's ({@link PortfolioOptimiser#bruteForce}) without enumerating.
 * <ul>
 * <li>Most gap closed: the options left can add at most the least, over the years, of the linear relaxation within
 * that year's budget left ({@link LevelHull}), and never more than each one's best level.</li>
 * <li>Least cost to a target: a branch whose options left cannot close the gap still to close, within any one year's
 * budget left, is dropped, and the options left cost at least the relaxation's least cost to close it.</li>
 * </ul>
 * Levels are tried best first (most value, or most gap closed) so a good portfolio is found early. Ties keep the
 * first portfolio found. The search stops at its deadline with the best found so far, not proven.
 */
final class BranchAndBound {
    /** The levels in the problem's order of options, and how the search ended. */
    record Result(int[] levels, boolean feasible, boolean proven, String state) {}

    private static final double TOLERANCE = 1e-6;

    private final boolean most;
    private final int m, years, targets;
    /** Search position to the problem's option. */
    private final int[] order;
    /** [position][level]: what is maximised, the solver's score or minus the cost over the years. */
    private final double[][] value;
    /** [position][level][year]. */
    private final double[][][] cost;
    /** [position][level][target year]. */
    private final double[][][] closed;
    /** [position]: the levels in the order they are tried. */
    private final int[][] tries;

    private final double[] cap, need;
    /** [k]: the most value the options from k on could add, each at its best level. */
    private final double[] bestFrom;
    /** [k][year]: the least the options from k on could cost that year (0 unless a cost is negative). */
    private final double[][] cheapestFrom;
    /** [k][target]: the most the options from k on could close. */
    private final double[][] reachFrom;

    private final LevelHull[] budgetHulls, coverHulls;
    private final LevelHull[][] reachHulls;

    private final double[] spent, got;
    private final int[] chosen;
    private double sum;
    private int[] best;
    private double bestValue;
    private long nodes;
    private final long deadline;
    private boolean stopped;

    private BranchAndBound(PortfolioProblem p, long deadline) {
        this.deadline = deadline;
        most = p.goal() == PortfolioProblem.Goal.MAX_GAP_CLOSED;
        m = p.options().size();
        years = p.years();
        targets = p.targetYears().length;
        double[][] raw = new double[m][];
        double[] reach = new double[m];
        for (int i = 0; i < m; i++) {
            PortfolioOption o = p.options().get(i);
            raw[i] = new double[o.maxLevel() + 1];
            for (int l = 0; l <= o.maxLevel(); l++) {
                double total = 0;
                for (int y = 0; y < years; y++) total += o.cost(y, l);
                raw[i][l] = most ? PortfolioOptimiser.score(p, i, l) : -total;
                double c = 0;
                for (int y : p.targetYears()) c += o.closed(y, l);
                reach[i] = Math.max(reach[i], c);
            }
        }
        // the options that matter most first, so the bounds tighten early
        double[] weight = new double[m];
        for (int i = 0; i < m; i++)
            weight[i] = most ? Arrays.stream(raw[i]).max().orElse(0) : reach[i];
        order = IntStream.range(0, m)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -weight[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        value = new double[m][];
        cost = new double[m][][];
        closed = new double[m][][];
        tries = new int[m][];
        for (int k = 0; k < m; k++) {
            PortfolioOption o = p.options().get(order[k]);
            int levels = o.maxLevel() + 1;
            value[k] = raw[order[k]];
            cost[k] = new double[levels][years];
            closed[k] = new double[levels][targets];
            for (int l = 0; l < levels; l++) {
                for (int y = 0; y < years; y++) cost[k][l][y] = o.cost(y, l);
                for (int j = 0; j < targets; j++) closed[k][l][j] = o.closed(p.targetYears()[j], l);
            }
            double[] rank = new double[levels];
            for (int l = 0; l < levels; l++)
                rank[l] = most ? value[k][l] : Arrays.stream(closed[k][l]).sum();
            tries[k] = IntStream.range(0, levels)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer l) -> -rank[l]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        cap = new double[years];
        for (int y = 0; y < years; y++) cap[y] = p.budget()[y] + TOLERANCE * Math.max(1, Math.abs(p.budget()[y]));
        need = new double[targets];
        for (int j = 0; j < targets && !most; j++)
            need[j] = p.requiredClosed()[j] - TOLERANCE * Math.max(1, Math.abs(p.requiredClosed()[j]));
        bestFrom = new double[m + 1];
        cheapestFrom = new double[m + 1][years];
        reachFrom = new double[m + 1][targets];
        for (int k = m - 1; k >= 0; k--) {
            bestFrom[k] = bestFrom[k + 1] + Arrays.stream(value[k]).max().orElse(0);
            for (int y = 0; y < years; y++) {
                double least = 0;
                for (double[] c : cost[k]) least = Math.min(least, c[y]);
                cheapestFrom[k][y] = cheapestFrom[k + 1][y] + least;
            }
            for (int j = 0; j < targets; j++) {
                double furthest = 0;
                for (double[] c : closed[k]) furthest = Math.max(furthest, c[j]);
                reachFrom[k][j] = reachFrom[k + 1][j] + furthest;
            }
        }
        budgetHulls = new LevelHull[most ? years : 0];
        for (int y = 0; y < budgetHulls.length; y++) {
            final int year = y;
            budgetHulls[y] = hull((k, l) -> new double[] {cost[k][l][year], value[k][l]});
        }
        coverHulls = new LevelHull[most ? 0 : targets];
        reachHulls = new LevelHull[most ? 0 : targets][years];
        for (int j = 0; j < coverHulls.length; j++) {
            final int target = j;
            coverHulls[j] = hull((k, l) -> new double[] {-value[k][l], closed[k][l][target]});
            for (int y = 0; y < years; y++) {
                final int year = y;
                reachHulls[j][y] = hull((k, l) -> new double[] {cost[k][l][year], closed[k][l][target]});
            }
        }
        spent = new double[years];
        got = new double[targets];
        chosen = new int[m];
    }

    /** The best levels, searched until the deadline (System.nanoTime()). */
    static Result solve(PortfolioProblem problem, long deadline) {
        BranchAndBound search = new BranchAndBound(problem, deadline);
        search.search(0);
        int[] levels = new int[search.m];
        if (search.best != null) for (int k = 0; k < search.m; k++) levels[search.order[k]] = search.best[k];
        boolean found = search.best != null, proven = !search.stopped;
        String state = proven ? (found ? "OPTIMAL" : "INFEASIBLE") : (found ? "FEASIBLE (time limit)" : "TIME_LIMIT");
        return new Result(levels, found, proven, state);
    }

    private interface Point {
        double[] at(int position, int level);
    }

    private LevelHull hull(Point point) {
        double[][][] points = new double[m][][];
        for (int k = 0; k < m; k++) {
            points[k] = new double[value[k].length][];
            for (int l = 0; l < value[k].length; l++) points[k][l] = point.at(k, l);
        }
        return new LevelHull(points);
    }

    private void search(int k) {
        if ((++nodes & 1023) == 0 && System.nanoTime() > deadline) stopped = true;
        if (stopped) return;
        if (k == m) {
            for (int j = 0; j < targets; j++) if (!most && got[j] < need[j]) return;
            if (best == null || beats(sum)) {
                best = chosen.clone();
                bestValue = sum;
            }
            return;
        }
        if (!promising(k)) return;
        for (int l : tries[k]) {
            if (!affordable(k, l)) continue;
            chosen[k] = l;
            sum += value[k][l];
            for (int y = 0; y < years; y++) spent[y] += cost[k][l][y];
            for (int j = 0; j < targets; j++) got[j] += closed[k][l][j];
            search(k + 1);
            for (int j = 0; j < targets; j++) got[j] -= closed[k][l][j];
            for (int y = 0; y < years; y++) spent[y] -= cost[k][l][y];
            sum -= value[k][l];
            if (stopped) return;
        }
    }

    /** Whether the options from k on, at their bounds, could still give a better portfolio that meets the goal. */
    private boolean promising(int k) {
        double bound;
        if (most) {
            bound = bestFrom[k];
            for (int y = 0; y < years; y++) bound = Math.min(bound, budgetHulls[y].maxValue(k, cap[y] - spent[y]));
        } else {
            // the least the rest can cost: nothing, unless a cost is negative
            double least = -bestFrom[k];
            for (int j = 0; j < targets; j++) {
                double toClose = need[j] - got[j];
                if (reachFrom[k][j] < toClose) return false;
                for (int y = 0; y < years; y++)
                    if (reachHulls[j][y].maxValue(k, cap[y] - spent[y]) < toClose) return false;
                least = Math.max(least, coverHulls[j].minCost(k, toClose));
            }
            bound = -least;
        }
        if (bound == Double.NEGATIVE_INFINITY) return false;
        return best == null || beats(sum + bound);
    }

    /** Whether this level of the option at k, with the cheapest of the rest, keeps within every year's budget. */
    private boolean affordable(int k, int level) {
        for (int y = 0; y < years; y++)
            if (spent[y] + cost[k][level][y] + cheapestFrom[k + 1][y] > cap[y]) return false;
        return true;
    }

    /** More than the best so far by more than a billionth: ties keep the first found, as the enumeration does. */
    private boolean beats(double v) {
        return v > bestValue + 1e-9 * Math.max(1, Math.abs(bestValue));
    }
}
