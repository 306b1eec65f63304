package org.skillmix.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * How firm a portfolio's choice of each option is, as switching values (HM Treasury Green Book, 2022, on sensitivity
 * analysis: the change in a variable that would reverse a decision, set against the range that variable could
 * plausibly take). For each option, the relative change in its gap closed (at every level and in every year alike, the
 * other options as measured) at which the optimiser would decide the other way about funding it: a fall for a funded
 * option, a rise for one left out. The decision is a <b>close call</b> when that change lies within the range of the
 * option's own stated effect (effect_low to effect_high against effect_mode, about how far its gap closed moves with
 * its effect), and <b>firm</b> when it lies beyond.
 *
 * <p>Exact for the linear objective: with option i held at level l the rest of the best portfolio does not depend on
 * i's effect, so the best value with i at level l is V_l + d c_l for a change d in its gap closed c_l, and the best
 * value without it, V_0, does not move. A funded option is dropped once every V_l + d c_l falls to V_0, at
 * d = min over l of (V_0 - V_l) / c_l; one left out is funded once some V_l + d c_l passes the portfolio's V, at
 * d = min over l of (V - V_l) / c_l. One solve per option and level ({@link PortfolioOptimiser#solveWith}).
 *
 * <p>To a target (least cost), the others' cost depends on what the option leaves them to close, so no closed form:
 * g(d) = min over l of C_l(d) - C_0, the cheapest portfolio with the option at some level when its gap closed is
 * scaled by 1 + d, less the cheapest without it, does not rise as d rises (the more it closes, the less the rest must
 * close), and the decision turns where g changes sign: found by bisection to 1e-6, a fall for a funded option (at
 * most a fall of 100%: closing nothing), a rise for one left out (at most 1,000%; beyond, none).
 */
public final class SwitchingValues {
    private SwitchingValues() {}

    /**
     * One option's switching value.
     *
     * @param level     its level in the portfolio (0: not funded)
     * @param change    the relative change in its gap closed that reverses the decision: at most 0 for a funded
     *                  option (-0.25: a fall of a quarter drops it), at least 0 for one left out (0.25: a quarter more
     *                  funds it); positive infinity when no rise could fund it (it closes none of the target gap, or
     *                  every level of it alone breaks the budget); negative infinity when no fall could drop it (it
     *                  closes none of the gap and is funded for what it saves)
     * @param low       the low end of its stated effect as a share of the most likely (0.5: half as effective)
     * @param high      the high end, likewise (1.5: half as effective again)
     * @param closeCall the change lies within low - 1 to high - 1
     * @param closes    some level of it closes more than a thousandth of an FTE of the target gap (when none does, no
     *                  rise funds it)
     */
    public record Value(
            String code, int level, double change, double low, double high, boolean closeCall, boolean closes) {
        public boolean funded() {
            return level > 0;
        }

        /** {@link #CLOSE_CALL} or {@link #FIRM}: the word the board pack and optimise's files give the verdict. */
        public String verdict() {
            return closeCall ? CLOSE_CALL : FIRM;
        }
    }

    /** A decision that would change within the stated range of the intervention's effect. */
    public static final String CLOSE_CALL = "close call";
    /** A decision that would change only beyond that range, or no change in its gap closed could reverse. */
    public static final String FIRM = "firm";

    /**
     * @param low  per option, the low end of its effect as a share of its most likely effect (effect_low /
     *             effect_mode; 1 when the effect is fixed)
     * @param high per option, the high end likewise
     */
    public static List<Value> of(
            PortfolioOptimiser solver, PortfolioProblem problem, Portfolio chosen, double[] low, double[] high) {
        int m = problem.options().size();
        if (low.length != m || high.length != m)
            throw new IllegalArgumentException("one effect range per option: " + m + " options");
        if (!chosen.feasible()) throw new IllegalArgumentException("no portfolio to test: " + chosen.solverState());
        double best = problem.objective(chosen.levels());
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            out.add(
                    problem.goal() == PortfolioProblem.Goal.MAX_GAP_CLOSED
                            ? of(solver, problem, chosen.levels()[i], best, i, low[i], high[i])
                            : toTarget(solver, problem, chosen.levels()[i], i, low[i], high[i]));
        }
        return out;
    }

    /** The most a rise is looked for to a target: ten times the gap closed. */
    static final double MOST_RISE = 10;

    private static Value toTarget(
            PortfolioOptimiser solver, PortfolioProblem problem, int level, int i, double low, double high) {
        PortfolioOption o = problem.options().get(i);
        boolean closes = false;
        for (int l = 1; l <= o.maxLevel(); l++) {
            double closed = 0;
            for (int y : problem.targetYears()) closed += o.closed(y, l);
            closes |= closed > PortfolioOptimiser.TIE_BREAK_FTE;
        }
        if (!closes) {
            // it closes nothing: funded only for a saving, left out for good
            double never = level > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new Value(o.code(), level, never, low, high, false, false);
        }
        double without = cost(solver.solveWith(problem, i, 0), problem);
        DoubleUnaryOperator g = d -> {
            PortfolioProblem scaled = scaledOption(problem, i, 1 + d);
            double with = Double.POSITIVE_INFINITY;
            for (int l = 1; l <= o.maxLevel(); l++)
                with = Math.min(with, cost(solver.solveWith(scaled, i, l), problem));
            return with - without;
        };
        double change;
        if (level > 0) {
            // funded: g(0) <= 0; the fall that makes every portfolio with it dearer than the best without
            if (!(g.applyAsDouble(-1) > 0)) change = Double.NEGATIVE_INFINITY;
            else change = -bisect(d -> g.applyAsDouble(-d) > 0, 1);
        } else {
            double hi = 1;
            while (hi < MOST_RISE && !(g.applyAsDouble(hi) < 0)) hi *= 2;
            change = g.applyAsDouble(Math.min(hi, MOST_RISE)) < 0
                    ? bisect(d -> g.applyAsDouble(d) < 0, Math.min(hi, MOST_RISE))
                    : Double.POSITIVE_INFINITY;
        }
        boolean closeCall = level > 0 ? change >= low - 1 : change <= high - 1;
        return new Value(o.code(), level, change, low, high, closeCall, true);
    }

    /** The least x in (0, hi] where reversed(x) holds, given it holds at hi and, monotone, beyond its turn. */
    private static double bisect(DoublePredicate reversed, double hi) {
        double lo = 0;
        while (hi - lo > 1e-6 * Math.max(1, hi)) {
            double mid = (lo + hi) / 2;
            if (reversed.test(mid)) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /** Total cost over the years of a solve's portfolio; +infinity when none meets the target within budget. */
    private static double cost(Portfolio p, PortfolioProblem problem) {
        return p.feasible() ? -problem.objective(p.levels()) : Double.POSITIVE_INFINITY;
    }

    /** The problem with one option's gap closed, every level and year, times factor. */
    private static PortfolioProblem scaledOption(PortfolioProblem problem, int option, double factor) {
        double[] share = new double[problem.options().size()];
        Arrays.fill(share, 1);
        share[option] = factor;
        return PortfolioRefinement.scaled(problem, share);
    }

    private static Value of(
            PortfolioOptimiser solver,
            PortfolioProblem problem,
            int level,
            double best,
            int i,
            double low,
            double high) {
        PortfolioOption o = problem.options().get(i);
        double without = level == 0 ? best : value(solver.solveWith(problem, i, 0), problem);
        double change = Double.POSITIVE_INFINITY;
        boolean closes = false;
        for (int l = 1; l <= o.maxLevel(); l++) {
            double closed = 0;
            for (int y : problem.targetYears()) closed += o.closed(y, l);
            // a level closing less than the tie-break's thousandth of an FTE closes none: no rise makes it worth money
            if (closed <= PortfolioOptimiser.TIE_BREAK_FTE) continue;
            closes = true;
            double with = l == level
                    ? best
                    : affordable(problem, o, l) ? value(solver.solveWith(problem, i, l), problem) : Double.NaN;
            if (Double.isNaN(with)) continue;
            change = Math.min(change, ((level == 0 ? best : without) - with) / closed);
        }
        // funded though it closes nothing: for its saving (a cost below nothing), which no fall in gap closed undoes
        if (level > 0 && !closes) change = Double.NEGATIVE_INFINITY;
        change = level > 0 ? Math.min(0, change) : Math.max(0, change);
        boolean closeCall = level > 0 ? change >= low - 1 : change <= high - 1;
        return new Value(o.code(), level, change, low, high, closeCall, closes);
    }

    /**
     * Whether the option at this level alone fits every year's budget, to the optimiser's tolerance (no solve needed
     * to know it does not).
     */
    private static boolean affordable(PortfolioProblem problem, PortfolioOption o, int level) {
        for (int y = 0; y < problem.years(); y++)
            if (o.cost(y, level) > problem.budget()[y] + 1e-6 * Math.max(1, Math.abs(problem.budget()[y])))
                return false;
        return true;
    }

    /** The gap closed of a solve with one option held, NaN when no portfolio with it fits the budget. */
    private static double value(Portfolio p, PortfolioProblem problem) {
        return p.feasible() ? problem.objective(p.levels()) : Double.NaN;
    }
}
