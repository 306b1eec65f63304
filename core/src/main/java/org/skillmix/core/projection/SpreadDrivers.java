package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.List;
import org.skillmix.core.uncertainty.FirstOrderIndices;

/**
 * Which assumptions drive the spread of the key totals of a Monte Carlo run: for the gap (demand - supply,
 * FTE) of each sector and of the whole system at the end of years 5 and 10 (the last year when the run is
 * shorter than 5 years), the share of its variance over the draws each assumption group explains
 * ({@link FirstOrderIndices}). A deterministic run has no spread and no drivers.
 *
 * @param targets every total with some spread, by year then sector (the system, "ALL", first)
 */
public record SpreadDrivers(List<Target> targets) {

    public SpreadDrivers {
        targets = List.copyOf(targets);
    }

    /**
     * One total's spread and its drivers.
     *
     * @param sector  a sector code, or "ALL" for the whole system
     * @param year    the projection year (1 = the first twelve months)
     * @param month   the year's last month, whose gap this is
     * @param meanFte the gap's mean over the draws
     * @param sdFte   its standard deviation over the draws
     * @param indices the groups' shares of the variance and what is left unexplained
     */
    public record Target(
            String sector, int year, YearMonth month, double meanFte, double sdFte, FirstOrderIndices.Result indices) {}
}
