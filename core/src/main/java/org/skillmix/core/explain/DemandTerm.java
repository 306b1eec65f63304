package org.skillmix.core.explain;

/**
 * One term of a demand figure: the FTE that one service's activity for one age band and sex gives a
 * capability in a place and month, with every factor of the demand formula at its deterministic value:
 * fte = population * utilisation * growthFactor * season * deprivation * unmetNeed * hoursPerActivity / productiveHours / 12.
 *
 * @param populationYear the mid-year population year used for the month's financial year
 * @param population     persons of that year, times 1 + e * (years ahead) for the population error e at its
 *                       mode (0 as published, so the figure of population.csv)
 * @param growthFactor   g^(t/12), t months after the base month
 */
public record DemandTerm(
        String service,
        String sector,
        String ageBand,
        String sex,
        int populationYear,
        double population,
        double utilisation,
        double growthFactor,
        double season,
        double deprivation,
        double unmetNeed,
        double hoursPerActivity,
        double productiveHours,
        double fte) {}
