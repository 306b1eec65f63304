package org.skillmix.usecase.projection;

import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.usecase.RunDefaults;

/**
 * What to project: years, draws, seed and threads, and the scenario whose interventions act ("baseline": none).
 * Checked when made; {@link #of} fills what is not given with {@link RunDefaults}.
 *
 * @param draws   Monte Carlo draws; 0 for one deterministic run at every parameter's mode
 * @param threads worker threads; the numbers do not depend on it
 */
public record ProjectionRequest(int years, int draws, long seed, int threads, String scenario) {

    public ProjectionRequest {
        RunDefaults.checkYearsAndDraws(years, draws);
        threads = RunDefaults.threads(threads);
        scenario = scenario == null || scenario.isBlank() ? Scenario.BASELINE : scenario.strip();
    }

    /** A request with the defaults for what is null. */
    public static ProjectionRequest of(Integer years, Integer draws, Long seed, Integer threads, String scenario) {
        return new ProjectionRequest(
                years == null ? RunDefaults.YEARS : years,
                draws == null ? RunDefaults.DRAWS : draws,
                seed == null ? RunDefaults.SEED : seed,
                RunDefaults.threads(threads),
                scenario);
    }

    public boolean baseline() {
        return scenario.equals(Scenario.BASELINE);
    }

    /** The engine's settings for this request. */
    public ProjectionSettings settings() {
        return new ProjectionSettings(years, draws, seed, threads);
    }
}
