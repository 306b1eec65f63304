package org.skillmix.core.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a portfolio of interventions, exactly, by branch and bound ({@link BranchAndBound}) on this integer
 * programme:
 * <pre>
 * u[i,l] in {0, 1}: fund option i at level l (1..maxLevel[i]);  sum_l u[i,l] <= 1
 * cost[y] = sum_{i,l} cost[i,l,y] u[i,l] <= budget[y]     every year y (fixed[i,y] + l perLevel[i,y] when linearised)
 * closed[y] = sum_{i,l} closed[i,l,y] u[i,l]      (l closedPerLevel[i,y] when linearised)
 * MAX_GAP_CLOSED:      maximise sum_{y in target} closed[y], and of equal gaps closed the cheapest
 * MIN_COST_TO_TARGET:  closed[y] >= required[y] (y in target); minimise sum_y cost[y]
 * </pre>
 * Until 7 December 2026 ojAlgo 57.1's mixed-integer solver solved it, and on instances like the Greater Manchester
 * example's it could stop at a worse portfolio and report it optimal (docs/interventions.md, "Portfolio optimiser").
 * The assumption that effects add up across interventions (and, linearised, grow in proportion to the level) is
 * stated in docs/interventions.md; the chosen portfolio should be re-run through the full model
 * ({@code skillmix compare}) to see its real, non-linear effect with uncertainty.
 */
public final class PortfolioOptimiser {
    private static final double TOLERANCE = 1e-6;
    /**
     * FTE of gap closed the whole budget of every year is worth when two choices close the same gap: small enough
     * never to trade a thousandth of an FTE for money, large enough that an option closing nothing is not funded
     * only because the budget has room for it.
     */
    static final double TIE_BREAK_FTE = 1e-3;

    private final long timeLimitMillis;

    public PortfolioOptimiser(long timeLimitMillis) {
        this.timeLimitMillis = timeLimitMillis;
    }

    public Portfolio solve(PortfolioProblem problem) {
        long started = System.nanoTime();
        Solved solved = solveLevels(problem);
        return describe(
                problem,
                solved.levels(),
                solved.feasible() && problem.feasible(solved.levels(), TOLERANCE),
                solved.proven(),
                solved.state(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The best portfolio with one option held at one level (0: not funded), the others chosen as {@link #solve}
     * does: the alternatives a switching value compares ({@link SwitchingValues}). Infeasible when that level alone
     * breaks the budget.
     */
    public Portfolio solveWith(PortfolioProblem problem, int option, int level) {
        if (option < 0 || option >= problem.options().size()) throw new IllegalArgumentException("no option " + option);
        if (level < 0 || level > problem.options().get(option).maxLevel())
            throw new IllegalArgumentException("option " + option + " has no level " + level);
        long started = System.nanoTime();
        // The held option is taken out and what it spends (and, to a target, closes) taken off the rest's budget
        // (and target): a solve of the others alone, a smaller search. (Holding its binary at 1 in the same model
        // made ojAlgo 57.1, the solver before, report a worse portfolio as optimal.)
        PortfolioOption held = problem.options().get(option);
        List<PortfolioOption> others = new ArrayList<>(problem.options());
        others.remove(option);
        double[] budget = problem.budget().clone();
        boolean affordable = true;
        for (int y = 0; y < budget.length; y++) {
            budget[y] -= held.cost(y, level);
            affordable &= budget[y] >= -TOLERANCE * Math.max(1, Math.abs(problem.budget()[y]));
            budget[y] = Math.max(0, budget[y]);
        }
        double[] required = problem.requiredClosed().clone();
        for (int j = 0; j < required.length; j++) required[j] -= held.closed(problem.targetYears()[j], level);
        Solved rest = solveLevels(new PortfolioProblem(
                others,
                budget,
                problem.targetYears(),
                problem.goal(),
                problem.goal() == PortfolioProblem.Goal.MIN_COST_TO_TARGET ? required : null));
        int[] levels = new int[problem.options().size()];
        for (int i = 0, k = 0; i < levels.length; i++) levels[i] = i == option ? level : rest.levels()[k++];
        boolean feasible = affordable && rest.feasible() && problem.feasible(levels, TOLERANCE);
        return describe(
                problem,
                levels,
                feasible,
                rest.proven(),
                affordable ? rest.state() : "INFEASIBLE",
                (System.nanoTime() - started) / 1_000_000);
    }

    private record Solved(int[] levels, boolean feasible, boolean proven, String state) {}

    private Solved solveLevels(PortfolioProblem problem) {
        BranchAndBound.Result r = BranchAndBound.solve(problem, System.nanoTime() + timeLimitMillis * 1_000_000L);
        return new Solved(r.levels(), r.feasible(), r.proven(), r.state());
    }

    /**
     * What MAX_GAP_CLOSED maximises for one option at one level: its gap closed over the target years, less
     * {@link #TIE_BREAK_FTE} for each whole budget-year it spends, so of two choices closing the same gap the cheaper
     * is taken by the solver and by {@link #bruteForce} alike.
     */
    static double score(PortfolioProblem p, int option, int level) {
        PortfolioOption o = p.options().get(option);
        double closed = 0, spent = 0, unit = budgetUnit(p);
        for (int y : p.targetYears()) closed += o.closed(y, level);
        for (int y = 0; y < p.years(); y++) spent += o.cost(y, level) / unit;
        return closed - TIE_BREAK_FTE * spent;
    }

    /** The largest yearly budget (at least 1): the unit the tie-break spends against. */
    static double budgetUnit(PortfolioProblem p) {
        double s = 1;
        for (double b : p.budget()) s = Math.max(s, Math.abs(b));
        return s;
    }

    /** [option][level]: {@link #score} of each, for enumeration. */
    private static double[][] scores(PortfolioProblem p) {
        double[][] scores = new double[p.options().size()][];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = new double[p.options().get(i).maxLevel() + 1];
            for (int l = 0; l < scores[i].length; l++) scores[i][l] = score(p, i, l);
        }
        return scores;
    }

    /**
     * The best choice by trying every combination of levels: the test oracle for small instances
     * (prod (maxLevel + 1) combinations). Of equal gaps closed the cheapest, as {@link #solve}; exact ties keep the
     * first found in lexicographic order of levels.
     */
    public static Portfolio bruteForce(PortfolioProblem problem) {
        long started = System.nanoTime();
        int m = problem.options().size();
        int[] levels = new int[m], best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        boolean most = problem.goal() == PortfolioProblem.Goal.MAX_GAP_CLOSED;
        double[][] scores = most ? scores(problem) : null;
        while (true) {
            if (problem.feasible(levels, TOLERANCE)) {
                double v = 0;
                if (most) for (int i = 0; i < m; i++) v += scores[i][levels[i]];
                else v = problem.objective(levels);
                if (best == null || v > bestValue + 1e-9 * Math.max(1, Math.abs(bestValue))) {
                    bestValue = v;
                    best = levels.clone();
                }
            }
            int i = 0;
            while (i < m && levels[i] == problem.options().get(i).maxLevel()) levels[i++] = 0;
            if (i == m) break;
            levels[i]++;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (best == null) return describe(problem, new int[m], false, true, "INFEASIBLE", millis);
        return describe(problem, best, true, true, "OPTIMAL (enumerated)", millis);
    }

    private static Portfolio describe(
            PortfolioProblem problem, int[] levels, boolean feasible, boolean proven, String state, long millis) {
        int years = problem.years();
        double[] cost = new double[years], closed = new double[years];
        for (int y = 0; y < years; y++) {
            cost[y] = problem.cost(levels, y);
            closed[y] = problem.closed(levels, y);
        }
        List<String> why = new ArrayList<>();
        if (!feasible)
            why.add("No portfolio meets the budget"
                    + (problem.goal() == PortfolioProblem.Goal.MIN_COST_TO_TARGET ? " and the target" : "") + ".");
        int[] target = problem.targetYears();
        for (int i = 0; i < problem.options().size(); i++) {
            PortfolioOption o = problem.options().get(i);
            double perLevelClosed = 0, perLevelCost = 0;
            for (int y : target) perLevelClosed += o.closedPerLevel()[y];
            for (int y = 0; y < years; y++) perLevelCost += o.cost(y, 1);
            boolean closes = perLevelClosed > 1e-6;
            String ratio = closes
                    ? String.format(
                            Locale.ROOT,
                            "GBP %,.0f spent over the years per FTE of target-year gap closed",
                            perLevelCost / perLevelClosed)
                    : "closes none of the target gap";
            if (levels[i] > 0) {
                why.add(String.format(
                        Locale.ROOT,
                        "%s: funded at level %d of %d (%s at level 1).",
                        o.name(),
                        levels[i],
                        o.maxLevel(),
                        ratio));
            } else {
                String reason = !closes
                        ? perLevelClosed < -TIE_BREAK_FTE
                                ? "it widens the target gap rather than closing it"
                                : "it closes none of the target gap"
                        : "within the budget other options close more gap for the money (" + ratio + ")";
                why.add(String.format(Locale.ROOT, "%s: not funded: %s.", o.name(), reason));
            }
        }
        int peak = -1;
        for (int y = 0; y < years; y++) {
            if (problem.budget()[y] > 0
                    && (peak < 0 || cost[y] / problem.budget()[y] > cost[peak] / problem.budget()[peak])) peak = y;
        }
        if (peak >= 0 && cost[peak] > 0) {
            why.add(String.format(
                    Locale.ROOT,
                    "Spending is highest against the budget in year %d: GBP %,.0f of GBP %,.0f (%.1f%%)%s.",
                    peak + 1,
                    cost[peak],
                    problem.budget()[peak],
                    100 * cost[peak] / problem.budget()[peak],
                    cost[peak] > 0.995 * problem.budget()[peak] ? "; the budget binds there" : ""));
        }
        return new Portfolio(
                levels.clone(),
                feasible ? problem.objective(levels) : Double.NaN,
                cost,
                closed,
                feasible,
                proven,
                state,
                millis,
                why);
    }
}
