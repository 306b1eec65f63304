package org.skillmix.core.winter;

/**
 * One week of the plan for one organisation x service x capability x place, in FTE (the mean over the
 * week's seven days).
 *
 * @param week             1 = the first week of the plan
 * @param baselineDemandFte the projection's demand, before the surge
 * @param demandFte        baseline demand with the surge's uplifts
 * @param supplyFte        the staff time the projection's skill-mix allocation gives this row
 * @param critical         the service's criticality is "critical" in services.csv
 */
public record WinterRow(
        int week,
        String orgCode,
        String serviceCode,
        String capabilityCode,
        String placeCode,
        double baselineDemandFte,
        double demandFte,
        double supplyFte,
        boolean critical) {

    /** Demand the row's own staff cannot meet: demand - supply, never negative. */
    public double shortfallFte() {
        return Math.max(0, demandFte - supplyFte);
    }

    WinterRow withDemand(double demand) {
        return new WinterRow(
                week, orgCode, serviceCode, capabilityCode, placeCode, baselineDemandFte, demand, supplyFte, critical);
    }
}
