package org.skillmix.core.system;

import org.skillmix.core.uncertainty.Interval;

/**
 * A kind of activity that creates demand (urgent and emergency care, homecare, community nursing...).
 *
 * @param sector                 the sector whose organisations deliver it (its demand is met from their staff)
 * @param criticality            "critical", "high" or "standard"
 * @param growth                 annual non-demographic growth factor g (1.02 = 2% a year)
 * @param unmetNeed              uplift for need not met today (1.0 = none)
 * @param deprivationElasticity  e in dep = (IMD score / reference score)^e
 */
public record Service(
        String code,
        String name,
        Sector sector,
        String criticality,
        Interval growth,
        Interval unmetNeed,
        double deprivationElasticity) {}
