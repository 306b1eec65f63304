package org.skillmix.core.discharge;

import org.skillmix.core.uncertainty.Interval;

/**
 * Ambulance handover time lost (hours a day beyond the 15-minute handover standard) as a function of adult G&A
 * occupancy o. Shape: the wait to be admitted from a queue grows like o/(1 − o) as a hospital fills (Kingman's
 * heavy-traffic approximation for a single queue; the same convexity NHS England's planning threshold of 92%
 * occupancy rests on). Handover delays start when crews cannot offload into the emergency department because
 * it cannot move patients to beds, taken here as above a threshold occupancy o0:
 *
 * <pre>
 *   g(o) = o / (1 − o)
 *   H(o) = H_ref · (g(o) − g(o0)) / (g(o_ref) − g(o0))   for o0 &lt; o &lt; 1,   0 for o ≤ o0
 * </pre>
 *
 * so H(o0) = 0 and H(o_ref) = H_ref. No published handover series is in the shared data, so o0 and H_ref are
 * stated assumptions with ranges ({@link #assumed}), not fitted: docs/discharge.md says where they come from.
 *
 * @param threshold          o0: occupancy at and below which handovers keep to 15 minutes
 * @param referenceOccupancy o_ref: the occupancy at which the lost hours are stated
 * @param hoursAtReference   H_ref: hours a day lost at o_ref
 */
public record HandoverPressure(double threshold, double referenceOccupancy, double hoursAtReference) {

    /**
     * England-wide hours a day lost to handover delays at the reference occupancy of 95%: low, mode, high. About
     * 40,000 hours a week were lost at the peak of winter 2022/23, when adult G&A occupancy stood near 95% (NHS
     * England winter situation reports, recalled, not in the shared data); the range allows for a calmer or worse
     * ambulance service.
     */
    public static final Interval ENGLAND_HOURS_AT_95 = new Interval(3_000, 5_000, 7_000);
    /** Occupancy below which handovers keep to time; the low-pressure case takes the high threshold. */
    public static final Interval THRESHOLDS = new Interval(0.85, 0.88, 0.90);

    public static final double REFERENCE_OCCUPANCY = 0.95;
    /** England's usual residents, Census 2021 (ONS). */
    public static final double ENGLAND_POPULATION_2021 = 56_490_048;

    public HandoverPressure {
        if (!(threshold > 0 && threshold < referenceOccupancy && referenceOccupancy < 1)) {
            throw new IllegalArgumentException(
                    "need 0 < threshold < reference occupancy < 1, got " + threshold + ", " + referenceOccupancy);
        }
        Checks.nonNegative(hoursAtReference, "hoursAtReference");
    }

    /**
     * The low-, most likely and high-pressure cases of the assumption.
     *
     * @param low  fewest hours lost, from the highest threshold
     * @param mode the most likely case, the one the answers use
     * @param high most hours lost, from the lowest threshold
     */
    public record Cases(HandoverPressure low, HandoverPressure mode, HandoverPressure high) {}

    /**
     * The assumption for an area holding the given share of England's handover pressure (its share of England's
     * adult G&A beds, or of its population): low, mode and high cases.
     */
    public static Cases assumed(double shareOfEngland) {
        Checks.share(shareOfEngland, "shareOfEngland");
        return new Cases(
                new HandoverPressure(
                        THRESHOLDS.high(), REFERENCE_OCCUPANCY, ENGLAND_HOURS_AT_95.low() * shareOfEngland),
                new HandoverPressure(
                        THRESHOLDS.mode(), REFERENCE_OCCUPANCY, ENGLAND_HOURS_AT_95.mode() * shareOfEngland),
                new HandoverPressure(
                        THRESHOLDS.low(), REFERENCE_OCCUPANCY, ENGLAND_HOURS_AT_95.high() * shareOfEngland));
    }

    /** {@link #assumed} for a system, taking its share of England's population (low, mode and high cases). */
    public static Cases assumedFor(org.skillmix.core.system.SystemModel system) {
        return assumed(basePopulation(system) / ENGLAND_POPULATION_2021);
    }

    /**
     * The system's population in its earliest population year (Census 2021 in the imported datasets): its share of
     * England's stands in for its share of England's handover pressure.
     */
    public static double basePopulation(org.skillmix.core.system.SystemModel system) {
        int year = system.population().stream()
                .mapToInt(org.skillmix.core.system.PopulationCount::year)
                .min()
                .orElse(0);
        return system.population().stream()
                .filter(p -> p.year() == year)
                .mapToDouble(org.skillmix.core.system.PopulationCount::persons)
                .sum();
    }

    /**
     * Occupancy above which the relation is held at its value: o/(1 − o) runs to infinity at full, but a place's
     * published occupancy can pass 100% (escalation beds), and crews then queue for hours, not for ever.
     */
    public static final double CAP = 0.99;

    /** Hours a day lost at occupancy o (held at the {@link #CAP} value above it). */
    public double hoursLost(double occupancy) {
        if (Double.isNaN(occupancy) || occupancy <= threshold) return 0;
        double o = Math.min(occupancy, CAP);
        return hoursAtReference * (g(o) - g(threshold)) / (g(referenceOccupancy) - g(threshold));
    }

    /** Mean hours a day over a run's days. */
    public double meanHoursLost(DischargeRun run) {
        double s = 0;
        for (int t = 0; t < run.days(); t++) s += hoursLost(run.occupancy(t));
        return s / run.days();
    }

    /** The same relation for a part of the area holding the given share of its pressure (a place's share of the beds). */
    public HandoverPressure scaled(double share) {
        return new HandoverPressure(threshold, referenceOccupancy, hoursAtReference * share);
    }

    private static double g(double o) {
        return o / (1 - o);
    }
}
