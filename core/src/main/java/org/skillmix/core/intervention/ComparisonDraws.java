package org.skillmix.core.intervention;

import java.util.List;

/**
 * A comparison's figures draw by draw, for analyses that need more than the summary's mean and P10-P90: the
 * optimiser's one-at-a-time runs read each candidate's gap closed and pay bill change per draw to say how firm a
 * portfolio is ({@code core/.../portfolio/PortfolioRobustness}). Both are paired with the baseline on the same draw
 * (common random numbers); a run without draws has one, at the most likely values.
 *
 * @param scenarios the comparison's scenario codes, the baseline first
 * @param closed    [scenario][year][draw]: the baseline's target gap less the scenario's, FTE (mean of the year)
 * @param payChange [scenario][year][draw]: the scenario's pay bill less the baseline's, GBP a year
 */
public record ComparisonDraws(List<String> scenarios, double[][][] closed, double[][][] payChange) {
    /** None kept: a comparison built by hand. */
    public static final ComparisonDraws NONE = new ComparisonDraws(List.of(), new double[0][][], new double[0][][]);

    public ComparisonDraws {
        scenarios = List.copyOf(scenarios);
    }

    /** This scenario's gap closed in projection year index y, per draw (a copy). */
    public double[] closed(String scenario, int y) {
        return closed[index(scenario)][y].clone();
    }

    /** This scenario's pay bill change in projection year index y, per draw (a copy). */
    public double[] payChange(String scenario, int y) {
        return payChange[index(scenario)][y].clone();
    }

    private int index(String scenario) {
        int i = scenarios.indexOf(scenario);
        if (i < 0) throw new IllegalArgumentException("no draws kept for scenario " + scenario);
        return i;
    }
}
