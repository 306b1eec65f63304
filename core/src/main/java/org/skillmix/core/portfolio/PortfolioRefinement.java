package org.skillmix.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Improves a portfolio chosen on effects added up by choosing again on effects measured in the portfolio, until the
 * portfolio run whole stops getting better (docs/interventions.md, "How the portfolio is chosen").
 *
 * <p>Why: the options' effects are each measured alone and added up, but interventions overlap (two that fill the same
 * care worker vacancies, or that close a shortfall another has already closed): on the Greater Manchester example the
 * portfolio chosen so closed 30% less run whole than its parts added up. An exact choice on the whole model would run
 * every combination; this takes the step sequential linear programming takes instead.
 *
 * <p>Method, from a portfolio P closing W(P) of the target gap run whole:
 * <ol>
 * <li>each option's effect in P: for one funded at level l, what leaving it out loses, W(P) - W(P without it); for
 * one not funded, what adding its first level gains, W(P with it) - W(P); each over the option's own effect alone
 * at that level gives its <b>share in the portfolio</b> s (0 to {@value #MOST_SHARE}; 1 where it closes nothing
 * alone);</li>
 * <li>every level's gap closed is scaled by its option's share, the costs kept as measured (what an option costs is
 * its own: the budget is not bent by the overlap), and the problem solved exactly again: Q;</li>
 * <li>Q is run whole and taken only when it is better than P: more of the target gap closed within the budget, or, to
 * a target, the target met whole at less cost (or met where P did not). Otherwise P stands.</li>
 * </ol>
 * So the portfolio returned is never worse run whole than the one it started from; at most {@link #MAX_ROUNDS}
 * rounds, each one batch of whole runs and one solve.
 */
public final class PortfolioRefinement {
    /** Rounds of measure-and-choose at most; on the example the second round finds nothing better. */
    public static final int MAX_ROUNDS = 3;
    /** The largest share in the portfolio an option is credited with (an option may help another, not without end). */
    static final double MOST_SHARE = 2;

    private PortfolioRefinement() {}

    /** Runs portfolios whole: each one's target gap closed in the target year (one batch, so runs can be shared). */
    public interface WholeRuns {
        double[] closed(List<int[]> portfolios);
    }

    /**
     * The portfolio after refinement.
     *
     * @param levels      the chosen levels, in the order of the problem's options
     * @param whole       its target gap closed run whole
     * @param problem     the problem the final choice was made on (closures scaled by each option's share), on which
     *                    switching values are consistent with the choice
     * @param portfolio   the solver's answer to that problem, with these levels
     * @param rounds      rounds run (0: the start was kept without measuring)
     * @param startWhole  the starting portfolio's target gap closed run whole
     */
    public record Result(
            int[] levels, double whole, PortfolioProblem problem, Portfolio portfolio, int rounds, double startWhole) {}

    public static Result refine(PortfolioOptimiser solver, PortfolioProblem problem, Portfolio start, WholeRuns runs) {
        int target = problem.targetYears()[problem.targetYears().length - 1];
        int[] p = start.levels().clone();
        double wp = runs.closed(List.of(p))[0];
        double startWhole = wp;
        PortfolioProblem chosenOn = problem;
        Portfolio answer = start;
        int rounds = 0;
        while (rounds < MAX_ROUNDS) {
            rounds++;
            double[] share = shares(problem, p, wp, target, runs);
            PortfolioProblem scaled = scaled(problem, share);
            Portfolio q = solver.solve(scaled);
            if (!q.feasible()) break;
            if (Arrays.equals(q.levels(), p)) {
                // the choice stands on its effects in the portfolio: those are what its switching values are of
                chosenOn = scaled;
                answer = q;
                break;
            }
            double wq = runs.closed(List.of(q.levels()))[0];
            if (!better(problem, q.levels(), wq, p, wp, target)) break;
            p = q.levels().clone();
            wp = wq;
            chosenOn = scaled;
            answer = q;
        }
        return new Result(p, wp, chosenOn, answer, rounds, startWhole);
    }

    /** Each option's share in portfolio p: its effect there over its effect alone (one batch of whole runs). */
    static double[] shares(PortfolioProblem problem, int[] p, double wp, int target, WholeRuns runs) {
        int m = problem.options().size();
        List<int[]> probes = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int[] probe = p.clone();
            probe[i] = p[i] > 0 ? 0 : 1;
            probes.add(probe);
        }
        double[] w = runs.closed(probes);
        double[] share = new double[m];
        for (int i = 0; i < m; i++) {
            int level = Math.max(1, p[i]);
            double alone = problem.options().get(i).closed(target, level);
            double inPortfolio = p[i] > 0 ? wp - w[i] : w[i] - wp;
            share[i] = Math.abs(alone) < PortfolioOptimiser.TIE_BREAK_FTE
                    ? 1
                    : Math.max(0, Math.min(MOST_SHARE, inPortfolio / alone));
        }
        return share;
    }

    /** The problem with every level's gap closed times its option's share, costs as they are. */
    static PortfolioProblem scaled(PortfolioProblem problem, double[] share) {
        List<PortfolioOption> options = new ArrayList<>();
        for (int i = 0; i < problem.options().size(); i++) {
            PortfolioOption o = problem.options().get(i);
            double[][] closed = new double[o.maxLevel()][];
            double[][] cost = new double[o.maxLevel()][];
            for (int l = 1; l <= o.maxLevel(); l++) {
                closed[l - 1] = new double[o.years()];
                cost[l - 1] = new double[o.years()];
                for (int y = 0; y < o.years(); y++) {
                    closed[l - 1][y] = o.closed(y, l) * share[i];
                    cost[l - 1][y] = o.cost(y, l);
                }
            }
            options.add(PortfolioOption.measured(o.code(), o.name(), o.fixedCost(), cost, closed));
        }
        return new PortfolioProblem(
                options, problem.budget(), problem.targetYears(), problem.goal(), problem.requiredClosed());
    }

    /**
     * Whether q (closing wq whole) beats p (closing wp): most gap closed, the cheaper of equal; to a target, met
     * whole where p is not, or met at less cost. Costs are the options' own, summed as the solver sums them.
     */
    static boolean better(PortfolioProblem problem, int[] q, double wq, int[] p, double wp, int target) {
        double costQ = 0, costP = 0;
        for (int y = 0; y < problem.years(); y++) {
            costQ += problem.cost(q, y);
            costP += problem.cost(p, y);
        }
        if (problem.goal() == PortfolioProblem.Goal.MAX_GAP_CLOSED) {
            // the solver's own tie-break (PortfolioOptimiser.score): of equal gaps closed, the cheaper
            double tie = PortfolioOptimiser.TIE_BREAK_FTE / PortfolioOptimiser.budgetUnit(problem);
            return wq - tie * costQ > wp - tie * costP + 1e-9 * Math.max(1, Math.abs(wp));
        }
        double required = problem.requiredClosed()[problem.requiredClosed().length - 1];
        boolean metQ = wq >= required - 1e-6 * Math.max(1, required),
                metP = wp >= required - 1e-6 * Math.max(1, required);
        if (metQ != metP) return metQ;
        return metQ ? costQ < costP - 1e-9 * Math.max(1, Math.abs(costP)) : wq > wp;
    }
}
