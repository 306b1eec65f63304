package org.skillmix.app.web.run;

/**
 * A projection's or a comparison's settings: years projected on Monte Carlo draws from a seed, from a supply
 * baseline.
 */
public sealed interface DrawnRunSettings extends RunSettings permits ProjectionRunSettings, ComparisonRunSettings {
    /** A projection's scenario code ("baseline": no interventions); a comparison's is the baseline. */
    String scenario();

    /** Financial years projected. */
    int years();

    /** Monte Carlo draws, 0 for deterministic. */
    int draws();

    long seed();

    /**
     * The supply baseline's code, funded-plan or current-trends; null for runs stored before V7, whose run.json
     * names it.
     */
    String baseline();
}
