package org.skillmix.core.system;

import org.skillmix.core.uncertainty.Interval;

/**
 * The baseline workforce of one role in one organisation at the start of the base month.
 *
 * @param fteInPost     substantive FTE in post (the stock S at t = 0)
 * @param vacancyFte    funded FTE not filled; establishment = fteInPost + vacancyFte
 * @param bankFte       bank FTE worked on average per month
 * @param agencyFte     agency FTE worked on average per month
 * @param sicknessRate  share of FTE days lost to sickness (0-1)
 * @param leaverRate    annual share of staff in post who leave (0-1)
 * @param fillRate      annual share of vacancies filled by external recruits (0-1), before the labour pool limit
 * @param sicknessBasis whether sicknessRate was measured for this organisation or is a national or sector figure
 * @param leaverBasis   the same for leaverRate
 */
public record WorkforceLine(
        String orgCode,
        String roleCode,
        double headcount,
        double fteInPost,
        double vacancyFte,
        double bankFte,
        double agencyFte,
        double sicknessRate,
        Interval leaverRate,
        Interval fillRate,
        RateBasis sicknessBasis,
        RateBasis leaverBasis) {

    /**
     * Where a rate comes from. An organisation's own measured rate already carries how its staff feel in the year it
     * was measured, so the staff survey's difference from England's may not move it again (docs/method.md "Staff
     * experience"); a national or sector figure is moved by it.
     */
    public enum RateBasis {
        /** Measured for this organisation (its own sickness absence, its own turnover). */
        ORGANISATION,
        /** A national, regional or sector figure used for the organisation. */
        NATIONAL
    }

    /** A line whose rates are national figures, as a dataset without the basis columns says. */
    public WorkforceLine(
            String orgCode,
            String roleCode,
            double headcount,
            double fteInPost,
            double vacancyFte,
            double bankFte,
            double agencyFte,
            double sicknessRate,
            Interval leaverRate,
            Interval fillRate) {
        this(
                orgCode,
                roleCode,
                headcount,
                fteInPost,
                vacancyFte,
                bankFte,
                agencyFte,
                sicknessRate,
                leaverRate,
                fillRate,
                RateBasis.NATIONAL,
                RateBasis.NATIONAL);
    }

    public double establishmentFte() {
        return fteInPost + vacancyFte;
    }
}
