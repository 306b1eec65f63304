package org.skillmix.usecase.comparison;

import java.util.List;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * Scenarios to compare with the baseline on the same seed and draws, and the target the comparison reports on.
 * Checked when made; {@link #of} fills what is not given with {@link RunDefaults}.
 *
 * @param scenarios          scenario codes in the order asked (empty: every scenario of the dataset)
 * @param targetCapabilities capabilities whose gap the target is about (empty: all)
 * @param targetFte          the comparison reports P(target gap &lt; targetFte)
 * @param baseline           what every scenario's supply is projected against (the funded plan unless given)
 */
public record ComparisonRequest(
        List<String> scenarios,
        int years,
        int draws,
        long seed,
        int threads,
        List<String> targetCapabilities,
        double targetFte,
        Baseline baseline) {

    public ComparisonRequest {
        RunDefaults.checkYearsAndDraws(years, draws);
        threads = RunDefaults.threads(threads);
        scenarios = ScenarioChoice.codes(scenarios);
        targetCapabilities = ScenarioChoice.codes(targetCapabilities);
        RunDefaults.checkTarget(targetFte);
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }

    /** A request with the defaults for what is null. */
    public static ComparisonRequest of(
            List<String> scenarios,
            Integer years,
            Integer draws,
            Long seed,
            Integer threads,
            List<String> targetCapabilities,
            Double targetFte,
            String baseline) {
        return new ComparisonRequest(
                scenarios,
                years == null ? RunDefaults.YEARS : years,
                draws == null ? RunDefaults.DRAWS : draws,
                seed == null ? RunDefaults.SEED : seed,
                RunDefaults.threads(threads),
                targetCapabilities,
                targetFte == null ? 0 : targetFte,
                RunDefaults.baseline(baseline));
    }
}
