package org.skillmix.core.discharge;

/**
 * Care home beds that can take a patient from hospital: a bed must be both there and staffed. The staffed
 * beds are the fewer of the registered beds and those the care staff can run; each turns over once per
 * mean stay, and a share of the places so freed go to hospital discharges.
 *
 * @param beds           registered beds
 * @param careStaffFte   care staff FTE (care workers, senior care workers, nurses)
 * @param bedsPerStaffFte beds one FTE can run (the inverse of staff per bed across the rota)
 * @param meanStayDays   mean length of stay of a discharge admission (step-down or long stay)
 * @param dischargeShare share of freed places that go to patients leaving hospital
 */
public record CareHomeStaffing(
        double beds, double careStaffFte, double bedsPerStaffFte, double meanStayDays, double dischargeShare) {

    public CareHomeStaffing {
        Checks.nonNegative(beds, "beds");
        Checks.nonNegative(careStaffFte, "careStaffFte");
        Checks.nonNegative(bedsPerStaffFte, "bedsPerStaffFte");
        Checks.positive(meanStayDays, "meanStayDays");
        Checks.share(dischargeShare, "dischargeShare");
    }

    /**
     * Planning defaults (docs/discharge.md): 1.25 beds per care staff FTE (0.8 FTE a bed across the rota), a mean
     * stay of 90 days, a quarter of freed places to hospital discharges.
     */
    public static CareHomeStaffing typical(double beds, double careStaffFte) {
        return new CareHomeStaffing(beds, careStaffFte, 1.25, 90, 0.25);
    }

    public double staffedBeds() {
        return Math.min(beds, careStaffFte * bedsPerStaffFte);
    }

    /** Hospital discharges the homes can admit per day. */
    public double capacityPerDay() {
        return staffedBeds() * dischargeShare / meanStayDays;
    }
}
