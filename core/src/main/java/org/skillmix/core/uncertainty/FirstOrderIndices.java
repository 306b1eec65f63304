package org.skillmix.core.uncertainty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.correlation.PearsonsCorrelation;

/**
 * Which assumptions drive the spread of a result: the share of its variance over the Monte Carlo draws that
 * each group of sampled parameters explains on its own (a first-order sensitivity index), estimated from
 * the draws a run already made, with no extra runs.
 *
 * <p>The estimator is linear regression on independent inputs. Every parameter is drawn independently, so
 * the coefficients of the best linear fit of y on all of them are the single-parameter slopes
 * cov(x_i, y) / var(x_i), and the variance the fit gives x_i is cov(x_i, y)^2 / var(x_i), a share rho_i^2 of
 * var(y) (the squared standardised regression coefficient, Saltelli et al., Global Sensitivity Analysis: The
 * Primer, 2008, section 1.2.5). A group's index is the sum over its parameters. For a model linear in its
 * parameters this is exactly the first-order index; otherwise it is the part of the variance the group's
 * linear effects explain, a lower bound, and 1 - the sum over groups is what interactions and non-linear
 * effects (and any unsampled cause, such as interventions' effects) leave unexplained.
 *
 * <p>Each squared correlation r^2 over n draws overstates rho^2 by about (1 - rho^2) / (n - 2) on average
 * (a parameter with no effect still shows some correlation by chance), so each enters adjusted, as with the
 * adjusted R^2 of a one-regressor fit: r^2 - (1 - r^2) / (n - 2). The group's sum is floored at 0. Its
 * standard error is from the large-sample variance of r^2: 4 r^2 (1 - r^2)^2 / n + 2 (1 - r^2)^2 / n^2 (the
 * second term is the chance correlation of a parameter with no effect), summed over the group.
 */
public final class FirstOrderIndices {

    /**
     * A group's share of the variance.
     *
     * @param parameters    the group's sampled (not fixed) parameters
     * @param index         the share of var(y) the group's linear effects explain, 0-1
     * @param standardError the index's approximate standard error
     */
    public record Share(ParameterGroup group, int parameters, double index, double standardError) {

        /** Whether the share can be told from chance and named as a driver: {@link #distinguishable(double, double)}. */
        public boolean distinguishable() {
            return FirstOrderIndices.distinguishable(index, standardError);
        }
    }

    /** A share is told from chance only when it is more than this many standard errors above 0. */
    public static final double DISTINGUISHABLE_SE = 2;

    /** A share smaller than this (half a percent) is never named, however sure. */
    public static final double SMALLEST_NAMED = 0.005;

    /**
     * Whether a share of the variance can be named as a driver of the spread: index &gt;= 0.005 and index &gt;
     * 2 x its standard error. The adjustment above takes out the chance correlations' bias on average, not their
     * noise: each parameter with no effect adds about 2 / n^2 or more to its group's variance (the second term), so
     * a group of k such parameters has a standard error of about sqrt(2k) / n or more, and any one run's index can
     * come out well above 0. A group of many parameters run on few draws (leaver or fill rates: one parameter per
     * workforce line) is the case: on 100 draws Greater Manchester's leaver rates showed 20.0% with a standard
     * error of 36.1%, where 1,000 draws gave 3.9%. Two standard errors is the usual test (a share of 0 passes it
     * by chance about once in 40); a share within it is shown marked as within noise, never named as a driver.
     * Below half a percent a share is too small to name, however sure.
     *
     * @param index         the share, 0-1
     * @param standardError its standard error
     */
    public static boolean distinguishable(double index, double standardError) {
        return index >= SMALLEST_NAMED && index > DISTINGUISHABLE_SE * standardError;
    }

    /**
     * @param shares      every group with a sampled parameter, largest index first
     * @param unexplained 1 - the sum of the indices, floored at 0: interactions, non-linear effects and
     *                    causes not sampled as parameters
     */
    public record Result(List<Share> shares, double unexplained) {}

    private FirstOrderIndices() {}

    /**
     * The indices of y over n draws.
     *
     * @param x      x[p][d]: parameter p's value in draw d (every row n long)
     * @param groups each parameter's group; null for a parameter the result does not depend on
     * @param y      the result in each draw; needs n &gt;= 3 and some variance
     * @throws IllegalArgumentException if y has fewer than 3 draws or no variance (nothing to attribute)
     */
    public static Result estimate(double[][] x, ParameterGroup[] groups, double[] y) {
        int n = y.length;
        if (n < 3) throw new IllegalArgumentException("need at least 3 draws, got " + n);
        if (!varies(y)) throw new IllegalArgumentException("the result has the same value in every draw");
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        Map<ParameterGroup, GroupSum> sums = new EnumMap<>(ParameterGroup.class);
        for (int p = 0; p < x.length; p++) {
            if (groups[p] == null || !varies(x[p])) continue;
            if (x[p].length != n)
                throw new IllegalArgumentException("parameter " + p + " has " + x[p].length + " draws");
            double r = pearson.correlation(x[p], y);
            double r2 = r * r, rest = 1 - r2;
            double index = r2 - rest / (n - 2);
            double variance = 4 * r2 * rest * rest / n + 2 * rest * rest / ((double) n * n);
            sums.put(groups[p], sums.getOrDefault(groups[p], GroupSum.NONE).plus(index, variance));
        }
        List<Share> shares = new ArrayList<>();
        double explained = 0;
        for (Map.Entry<ParameterGroup, GroupSum> e : sums.entrySet()) {
            GroupSum sum = e.getValue();
            double index = Math.min(1, Math.max(0, sum.index()));
            shares.add(new Share(e.getKey(), sum.parameters(), index, Math.sqrt(sum.variance())));
            explained += index;
        }
        shares.sort((a, b) -> Double.compare(b.index(), a.index()));
        return new Result(List.copyOf(shares), Math.max(0, 1 - explained));
    }

    /** A group's running sums over its parameters: of their indices, of the indices' variances, and their count. */
    private record GroupSum(double index, double variance, int parameters) {
        static final GroupSum NONE = new GroupSum(0, 0, 0);

        GroupSum plus(double parameterIndex, double parameterVariance) {
            return new GroupSum(index + parameterIndex, variance + parameterVariance, parameters + 1);
        }
    }

    /** Whether the values are not all the same (a constant has no correlation to speak of). */
    public static boolean varies(double[] values) {
        for (double v : values) if (v != values[0]) return true;
        return false;
    }
}
