package org.skillmix.core.explain;

/**
 * What one organisation's staff in one role give a capability in a place and month (deterministic run).
 * effectiveFte = staffInPost * (1 - sickness) + bank + agency, for the whole organisation; share is the
 * part of the organisation's time that serves the place (its catchment; 1 for an organisation that serves
 * only its home place). allocatedFte is the capability's part of the FTE the skill-mix allocation gave
 * the role in the place and the organisation's sector (assigned to demand plus spread), shared among the
 * role's organisations serving the place in proportion to share x effectiveFte. sickness is the month's rate, after
 * the season, work stress and pressure (docs/method.md "Staff experience"); pressure is how far the gap share the line
 * has run at over the last 12 months exceeds its base year's (negative when it eased; 0 in the base year) and
 * leaverFactor what pressure and burnout multiply its leaver rate by (1 without).
 */
public record SupplyTerm(
        String sector,
        String role,
        String organisation,
        double staffInPost,
        double sickness,
        double bank,
        double agency,
        double effectiveFte,
        double share,
        double allocatedFte,
        double pressure,
        double leaverFactor) {}
