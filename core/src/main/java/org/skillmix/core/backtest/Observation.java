package org.skillmix.core.backtest;

import java.time.YearMonth;

/** A published figure a back-test is checked against: a unit's FTE in a month (the month's mean). */
public record Observation(String unit, YearMonth month, double fte) {
    public Observation {
        if (!(fte > 0) || Double.isInfinite(fte))
            throw new IllegalArgumentException(unit + " " + month + ": observed FTE must be positive, not " + fte);
    }
}
