package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.List;

/**
 * A fitted discharge flow model for one ICB (or trust) and how well it fits.
 *
 * @param code            the series' code
 * @param capacityPerDay  effective discharge capacity C (all pathways)
 * @param halfSaturation  matching friction K (all pathways)
 * @param weekdayFactors  Monday..Sunday capacity multipliers (mean 1), from training discharges
 * @param meanArrivals    mean daily arrivals in the training months
 * @param trainFrom       first training day
 * @param testFrom        first held-back day
 * @param testTo          day after the last held-back day
 * @param trainMape       weekly backlog MAPE over the training months (one open-loop run from the first day)
 * @param heldBackMape    weekly backlog MAPE over the held-back months, run from the first held-back day's count
 *                        with the arrivals implied by the published counts
 * @param forecastMape    the same with arrivals forecast as the training months' mean by weekday (no
 *                        held-back data used beyond the first day's count)
 * @param weeks           the weekly fit, training then held back
 */
public record Calibration(
        String code,
        double capacityPerDay,
        double halfSaturation,
        double[] weekdayFactors,
        double meanArrivals,
        LocalDate trainFrom,
        LocalDate testFrom,
        LocalDate testTo,
        double trainMape,
        double heldBackMape,
        double forecastMape,
        List<WeekFit> weeks) {

    public Calibration {
        weekdayFactors = weekdayFactors.clone();
        weeks = List.copyOf(weeks);
    }

    /** The fitted model as one ICB-wide site split into pathways by the given shares (capacity and K likewise). */
    public DischargeSite site(java.util.Map<Pathway, Double> shares, double gaBeds, double otherOccupied) {
        var pathways = new java.util.EnumMap<Pathway, PathwayParameters>(Pathway.class);
        shares.forEach((p, s) -> pathways.put(p, new PathwayParameters(s, capacityPerDay * s, halfSaturation * s)));
        return new DischargeSite(code, gaBeds, otherOccupied, pathways, weekdayFactors);
    }

    /** Capacity utilisation a/C: how close the pathways run to their staffed limit. */
    public double utilisation() {
        return meanArrivals / capacityPerDay;
    }
}
