package org.skillmix.core.discharge;

/**
 * One pathway at one site.
 *
 * @param arrivalShare   share of the site's new NCTR patients who need this pathway
 * @param capacityPerDay discharges per day the pathway's staff can run (see the *Staffing records)
 * @param halfSaturation matching friction K: the backlog at which the pathway uses half its capacity. A free
 *                       package or bed must meet a ready patient of the right place, need and choice, so
 *                       exits = C·B/(B+K). K = 0 is a perfect match: exits = min(B, C).
 */
public record PathwayParameters(double arrivalShare, double capacityPerDay, double halfSaturation) {

    public PathwayParameters {
        Checks.share(arrivalShare, "arrivalShare");
        Checks.nonNegative(capacityPerDay, "capacityPerDay");
        Checks.nonNegative(halfSaturation, "halfSaturation");
    }

    public PathwayParameters withCapacity(double capacity) {
        return new PathwayParameters(arrivalShare, capacity, halfSaturation);
    }

    /**
     * Exits in a day from a backlog b with the day's capacity multiplier: never more than are waiting.
     */
    double exits(double backlog, double dayFactor) {
        if (backlog <= 0) return 0;
        double c = capacityPerDay * dayFactor;
        double served = halfSaturation == 0 ? c : c * backlog / (backlog + halfSaturation);
        return Math.min(backlog, served);
    }
}
