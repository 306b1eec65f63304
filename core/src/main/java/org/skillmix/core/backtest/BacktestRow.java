package org.skillmix.core.backtest;

import java.time.YearMonth;

/**
 * One observation beside its projection: the unit's FTE observed in a month and the projected mean and P10, P50, P90
 * over the draws.
 */
public record BacktestRow(
        BacktestUnit unit, YearMonth month, double observed, double mean, double p10, double p50, double p90) {

    /** Absolute percentage error of the mean: |mean - observed| / observed. */
    public double absolutePercentageError() {
        return Math.abs(mean - observed) / observed;
    }

    /** Whether the observation lies within the projection's P10-P90 band (bounds included). */
    public boolean inside() {
        return observed >= p10 && observed <= p90;
    }
}
