package org.skillmix.core.backtest;

import java.time.YearMonth;

/**
 * A scope's total in a month (a sector's trusts, or all of them): the observed sum over its units beside the
 * projection of that sum, whose P10-P90 is taken over the draws' sums (not a sum of the units' bands).
 */
public record TotalRow(
        String scope, int units, YearMonth month, double observed, double mean, double p10, double p50, double p90) {

    public double absolutePercentageError() {
        return Math.abs(mean - observed) / observed;
    }

    public boolean inside() {
        return observed >= p10 && observed <= p90;
    }
}
