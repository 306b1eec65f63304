package org.skillmix.core.discharge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An acute trust, a place, or a whole ICB treated as one: its general and acute beds, the beds occupied by
 * patients who still need to be in hospital, and its discharge pathways.
 *
 * @param code             ODS or GSS code (or an ICB code when run for the whole ICB)
 * @param gaBeds           adult general and acute beds available
 * @param otherOccupied    G&A beds occupied by patients who still meet the criteria to reside
 * @param pathways         the pathways; their arrival shares must add to 1
 * @param weekdayFactors   capacity multiplier Monday..Sunday (discharges fall at weekends); mean 1
 */
public record DischargeSite(
        String code,
        double gaBeds,
        double otherOccupied,
        Map<Pathway, PathwayParameters> pathways,
        double[] weekdayFactors) {

    public DischargeSite {
        Checks.nonNegative(gaBeds, "gaBeds");
        Checks.nonNegative(otherOccupied, "otherOccupied");
        // In pathway order, not Map.copyOf's, whose order changes from one JVM to the next: pathways tied on
        // utilisation then rank the same in every run, and sums over them add in the same order.
        pathways = Collections.unmodifiableMap(new EnumMap<>(pathways));
        double share = pathways.values().stream()
                .mapToDouble(PathwayParameters::arrivalShare)
                .sum();
        if (Math.abs(share - 1) > 1e-9)
            throw new IllegalArgumentException("arrival shares of " + code + " add to " + share + ", not 1");
        if (weekdayFactors == null || weekdayFactors.length != 7)
            throw new IllegalArgumentException("weekdayFactors needs 7 values");
        weekdayFactors = weekdayFactors.clone();
        for (double f : weekdayFactors) Checks.nonNegative(f, "weekday factor");
    }

    public static double[] flatWeek() {
        return new double[] {1, 1, 1, 1, 1, 1, 1};
    }

    public PathwayParameters pathway(Pathway p) {
        PathwayParameters pp = pathways.get(p);
        if (pp == null) throw new IllegalArgumentException(code + " has no pathway " + p);
        return pp;
    }

    /** The same site with one pathway's parameters replaced. */
    public DischargeSite withPathway(Pathway p, PathwayParameters parameters) {
        Map<Pathway, PathwayParameters> changed = new EnumMap<>(pathways);
        changed.put(p, parameters);
        return new DischargeSite(code, gaBeds, otherOccupied, changed, weekdayFactors);
    }

    public DischargeSite withCapacity(Pathway p, double capacityPerDay) {
        Map<Pathway, PathwayParameters> changed = new EnumMap<>(pathways);
        changed.put(p, pathway(p).withCapacity(capacityPerDay));
        return new DischargeSite(code, gaBeds, otherOccupied, changed, weekdayFactors);
    }

    public double totalCapacity() {
        return pathways.values().stream()
                .mapToDouble(PathwayParameters::capacityPerDay)
                .sum();
    }
}
