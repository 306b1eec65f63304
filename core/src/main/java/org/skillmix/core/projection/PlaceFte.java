package org.skillmix.core.projection;

/**
 * A place's mean demand, supply and net gap FTE in one month over the draws. The gap is its own mean (of each draw's
 * demand - supply), not demandFte - supplyFte, which can differ from it in the last digits.
 *
 * @param demandFte demand FTE with the unmet-need uplift
 * @param supplyFte capability supply FTE
 * @param gapFte    net gap, demand - supply
 */
public record PlaceFte(double demandFte, double supplyFte, double gapFte) {

    /** A place with no figures: nothing demanded, nothing supplied. */
    public static final PlaceFte NONE = new PlaceFte(0, 0, 0);
}
