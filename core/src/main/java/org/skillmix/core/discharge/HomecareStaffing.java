package org.skillmix.core.discharge;

/**
 * The homecare a place's care workers can run for hospital discharges. A discharge package takes
 * {@code hoursPerPackageDay} hours of care a day for {@code packageDays} days, so the packages that can be
 * started each day in a steady state are the hours per day given to discharge packages divided by the
 * hours one package takes over its whole length.
 *
 * @param careWorkerFte        care worker FTE delivering homecare in the place
 * @param productiveHoursPerDay contact hours per FTE per calendar day (contracted hours less travel, leave,
 *                             training and sickness)
 * @param dischargeShare       share of those hours available to new hospital discharge packages
 * @param hoursPerPackageDay   care hours a discharge package takes a day
 * @param packageDays          days a discharge (reablement) package lasts
 */
public record HomecareStaffing(
        double careWorkerFte,
        double productiveHoursPerDay,
        double dischargeShare,
        double hoursPerPackageDay,
        double packageDays) {

    public HomecareStaffing {
        Checks.nonNegative(careWorkerFte, "careWorkerFte");
        Checks.nonNegative(productiveHoursPerDay, "productiveHoursPerDay");
        Checks.share(dischargeShare, "dischargeShare");
        Checks.positive(hoursPerPackageDay, "hoursPerPackageDay");
        Checks.positive(packageDays, "packageDays");
    }

    /**
     * Planning defaults for a care worker FTE (docs/discharge.md): 37.5 h a week less a quarter for travel,
     * leave, training and sickness = about 4.0 contact hours a calendar day; 30% of them for new discharge
     * packages; a package of four half-hour calls (2 h) a day for 6 weeks (42 days) of reablement.
     */
    public static HomecareStaffing typical(double careWorkerFte) {
        return new HomecareStaffing(careWorkerFte, 37.5 * 0.75 / 7, 0.3, 2, 42);
    }

    /** Discharge packages started per day that one care worker FTE supports. */
    public double packagesPerFtePerDay() {
        return productiveHoursPerDay * dischargeShare / (hoursPerPackageDay * packageDays);
    }

    /** Discharge packages that can start per day. */
    public double capacityPerDay() {
        return careWorkerFte * packagesPerFtePerDay();
    }

    public HomecareStaffing withExtraFte(double fte) {
        return new HomecareStaffing(
                careWorkerFte + fte, productiveHoursPerDay, dischargeShare, hoursPerPackageDay, packageDays);
    }
}
