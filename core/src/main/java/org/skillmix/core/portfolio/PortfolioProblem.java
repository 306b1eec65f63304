package org.skillmix.core.portfolio;

import java.util.List;

/**
 * Which options to fund, and how much of each: yearly spending within budget[y]; then either
 * <ul>
 * <li>{@link Goal#MAX_GAP_CLOSED}: maximise the gap closed summed over the target years, or</li>
 * <li>{@link Goal#MIN_COST_TO_TARGET}: meet requiredClosed[y] in every target year at least total cost.</li>
 * </ul>
 *
 * @param targetYears    projection-year indices the target is about
 * @param requiredClosed per target year (same order), the FTE of gap to close (baseline gap - target), for MIN_COST_TO_TARGET
 */
public record PortfolioProblem(
        List<PortfolioOption> options, double[] budget, int[] targetYears, Goal goal, double[] requiredClosed) {
    public enum Goal {
        MAX_GAP_CLOSED,
        MIN_COST_TO_TARGET
    }

    public PortfolioProblem {
        options = List.copyOf(options);
        budget = budget.clone();
        targetYears = targetYears.clone();
        requiredClosed = requiredClosed == null ? new double[0] : requiredClosed.clone();
        for (PortfolioOption o : options) {
            if (o.years() != budget.length)
                throw new IllegalArgumentException(
                        "option " + o.code() + " has " + o.years() + " years, budget " + budget.length);
        }
        if (goal == Goal.MIN_COST_TO_TARGET && requiredClosed.length != targetYears.length) {
            throw new IllegalArgumentException("one required gap closed per target year");
        }
    }

    public int years() {
        return budget.length;
    }

    /** The objective's value for a choice of levels (bigger is better for both goals: cost is negated). */
    double objective(int[] levels) {
        if (goal == Goal.MAX_GAP_CLOSED) {
            double total = 0;
            for (int y : targetYears) total += closed(levels, y);
            return total;
        }
        double cost = 0;
        for (int y = 0; y < years(); y++) cost += cost(levels, y);
        return -cost;
    }

    double cost(int[] levels, int year) {
        double c = 0;
        for (int i = 0; i < options.size(); i++) c += options.get(i).cost(year, levels[i]);
        return c;
    }

    double closed(int[] levels, int year) {
        double c = 0;
        for (int i = 0; i < options.size(); i++) c += options.get(i).closed(year, levels[i]);
        return c;
    }

    /** Within budget every year and, for MIN_COST_TO_TARGET, meeting the target (relative tolerance). */
    boolean feasible(int[] levels, double relativeTolerance) {
        for (int y = 0; y < years(); y++) {
            if (cost(levels, y) > budget[y] + relativeTolerance * Math.max(1, Math.abs(budget[y]))) return false;
        }
        if (goal == Goal.MIN_COST_TO_TARGET) {
            for (int j = 0; j < targetYears.length; j++) {
                if (closed(levels, targetYears[j])
                        < requiredClosed[j] - relativeTolerance * Math.max(1, Math.abs(requiredClosed[j])))
                    return false;
            }
        }
        return true;
    }
}
