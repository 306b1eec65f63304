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
        Interval fillRate) {

    public double establishmentFte() {
        return fteInPost + vacancyFte;
    }
}
