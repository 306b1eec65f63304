package org.skillmix.core.system;

import org.skillmix.core.uncertainty.Interval;

/**
 * A two-way health-and-care move, stated one way: each year a share of the staff in post in
 * (fromSector, fromRole) moves to (toSector, toRole). The rate responds to the pay gap:
 * rate = annualRate * max(0, 1 + payElasticity * (pay[toRole] - pay[fromRole]) / pay[fromRole]).
 */
public record Flow(
        Sector fromSector,
        String fromRole,
        Sector toSector,
        String toRole,
        Interval annualRate,
        double payElasticity) {}
