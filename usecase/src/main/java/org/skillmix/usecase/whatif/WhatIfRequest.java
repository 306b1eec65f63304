package org.skillmix.usecase.whatif;

import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;

/**
 * A what-if on a run's dataset: the run's scenario, years and baseline, with some of the scenario's intervention
 * levels changed and every leaver and fill rate scaled. Checked when made.
 *
 * @param levels           intervention code to its new level (scale, in the kind's unit: places, FTE, %, share);
 *                         an intervention not named keeps its level
 * @param leaverRateFactor every workforce line's annual leaver rate (low, mode and high) times this, capped at 1;
 *                         1 leaves them as they are
 * @param fillRateFactor   every line's annual vacancy fill rate times this, capped at 1
 */
public record WhatIfRequest(
        String scenario,
        int years,
        Baseline baseline,
        Map<String, Double> levels,
        double leaverRateFactor,
        double fillRateFactor) {

    /** The range a rate factor may take: half to one and a half times the dataset's rates. */
    public static final double MIN_FACTOR = 0.5;

    public static final double MAX_FACTOR = 1.5;

    /** The largest level accepted (the largest scale in the published examples is under 10,000). */
    public static final double MAX_LEVEL = 1_000_000;

    public static final String FACTOR_LIMIT = "a rate factor must be 0.5 to 1.5 (1: the dataset's rates)";
    public static final String LEVEL_LIMIT = "a level must be 0 to 1,000,000 in the intervention's unit";

    public WhatIfRequest {
        RunDefaults.checkYearsAndDraws(years, 0);
        scenario = scenario == null || scenario.isBlank() ? Scenario.BASELINE : scenario.strip();
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
        levels = Map.copyOf(levels == null ? Map.of() : new TreeMap<>(levels));
        for (Map.Entry<String, Double> e : levels.entrySet()) {
            Double level = e.getValue();
            if (level == null || !(level >= 0 && level <= MAX_LEVEL)) {
                throw new InvalidSetting("levels", e.getKey() + ": " + LEVEL_LIMIT + ", not " + level);
            }
        }
        factor("leaverRateFactor", leaverRateFactor);
        factor("fillRateFactor", fillRateFactor);
    }

    /** The run as it was: no change. */
    public static WhatIfRequest unchanged(String scenario, int years, Baseline baseline) {
        return new WhatIfRequest(scenario, years, baseline, Map.of(), 1, 1);
    }

    /** True when nothing is changed (the preview is the run's own deterministic projection). */
    public boolean unchanged() {
        return levels.isEmpty() && leaverRateFactor == 1 && fillRateFactor == 1;
    }

    private static void factor(String field, double value) {
        if (!(value >= MIN_FACTOR && value <= MAX_FACTOR)) {
            throw new InvalidSetting(field, FACTOR_LIMIT + ", not " + value);
        }
    }
}
