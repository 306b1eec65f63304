package org.skillmix.core.system;

/**
 * A job role.
 *
 * @param annualPay               basic pay per FTE per year, GBP (drives the pay gap of transfers)
 * @param annualCost              full cost per FTE per year (pay plus on-costs), GBP
 * @param contractedHoursPerWeek  full-time contracted hours
 * @param trainingLeadTimeMonths  months from starting training to qualifying in this role
 */
public record Role(
        String code,
        String name,
        String staffGroup,
        String payBand,
        double annualPay,
        double annualCost,
        double contractedHoursPerWeek,
        int trainingLeadTimeMonths) {}
