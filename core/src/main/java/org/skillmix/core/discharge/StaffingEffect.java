package org.skillmix.core.discharge;

/**
 * What extra staff on one pathway do over a run: the baseline and the changed run's mean backlog, bed days
 * lost and mean G&A occupancy, and bed days saved per FTE.
 */
public record StaffingEffect(
        Pathway pathway,
        double extraFte,
        double extraCapacityPerDay,
        int days,
        double baselineMeanBacklog,
        double meanBacklog,
        double baselineBedDays,
        double bedDays,
        double baselineOccupancy,
        double occupancy) {

    public double bedDaysSaved() {
        return baselineBedDays - bedDays;
    }

    /** Bed days saved per extra FTE over the run (NaN for no extra FTE). */
    public double bedDaysPerFte() {
        return extraFte == 0 ? Double.NaN : bedDaysSaved() / extraFte;
    }

    /** Bed days saved per extra FTE per year of the run's steady pace. */
    public double bedDaysPerFtePerYear() {
        return bedDaysPerFte() * 365.0 / days;
    }

    /**
     * Runs the site as given and with extra capacity on one pathway, over the same arrivals, from the same
     * start.
     */
    public static StaffingEffect of(
            DischargeFlowModel model,
            DischargeSite site,
            java.time.LocalDate start,
            double[] arrivals,
            java.util.Map<Pathway, Double> initial,
            Pathway pathway,
            double extraFte,
            double capacityPerFte) {
        DischargeRun base = model.run(site, start, arrivals, initial);
        double extra = extraFte * capacityPerFte;
        DischargeSite more = site.withCapacity(pathway, site.pathway(pathway).capacityPerDay() + extra);
        DischargeRun changed = model.run(more, start, arrivals, initial);
        return new StaffingEffect(
                pathway,
                extraFte,
                extra,
                arrivals.length,
                base.meanBacklog(),
                changed.meanBacklog(),
                base.bedDaysLost(),
                changed.bedDaysLost(),
                base.meanOccupancy(),
                changed.meanOccupancy());
    }
}
