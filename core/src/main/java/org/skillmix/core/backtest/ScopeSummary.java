package org.skillmix.core.backtest;

/**
 * How well a back-test held for a scope (a sector, or ALL the units):
 *
 * <ul>
 * <li>mapeTotal: the mean over the months of |projected − observed| / observed of the scope's total FTE;</li>
 * <li>mapeUnits: the same over every unit × month observation of the scope (each trust on its own);</li>
 * <li>insideUnits: the share of those observations inside their own P10–P90;</li>
 * <li>insideTotal: the share of months whose total lies inside the total's P10–P90.</li>
 * </ul>
 */
public record ScopeSummary(
        String scope,
        int units,
        int months,
        int observations,
        double mapeTotal,
        double mapeUnits,
        double insideUnits,
        double insideTotal) {}
