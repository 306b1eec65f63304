package org.skillmix.usecase.projection;

import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;

/**
 * What to project: years, draws, seed and threads, the scenario whose interventions act ("baseline": none) and
 * the supply baseline the projection runs against. Checked when made; {@link #of} fills what is not given with
 * {@link RunDefaults}.
 *
 * @param draws    Monte Carlo draws; 0 for one deterministic run at every parameter's mode
 * @param threads  worker threads; the numbers do not depend on it
 * @param baseline funded plan or current trends ({@link Baseline}; the funded plan unless given)
 * @param full     also write projection.csv, every series every month (tens of MB: for analysts who load it into
 *                 a database or R; docs/outputs.md "Sized for their readers"); without it the summary is the CSV
 */
public record ProjectionRequest(
        int years, int draws, long seed, int threads, String scenario, Baseline baseline, boolean full) {

    /** A request without the full projection.csv. */
    public ProjectionRequest(int years, int draws, long seed, int threads, String scenario, Baseline baseline) {
        this(years, draws, seed, threads, scenario, baseline, false);
    }

    public ProjectionRequest {
        RunDefaults.checkYearsAndDraws(years, draws);
        threads = RunDefaults.threads(threads);
        scenario = scenario == null || scenario.isBlank() ? Scenario.BASELINE : scenario.strip();
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }

    /** A request with the defaults for what is null; the baseline by its code ("funded-plan", "current-trends"). */
    public static ProjectionRequest of(
            Integer years, Integer draws, Long seed, Integer threads, String scenario, String baseline) {
        return new ProjectionRequest(
                years == null ? RunDefaults.YEARS : years,
                draws == null ? RunDefaults.DRAWS : draws,
                seed == null ? RunDefaults.SEED : seed,
                RunDefaults.threads(threads),
                scenario,
                RunDefaults.baseline(baseline));
    }

    /** True for the scenario without interventions. */
    public boolean withoutInterventions() {
        return scenario.equals(Scenario.BASELINE);
    }

    /** The engine's settings for this request. */
    public ProjectionSettings settings() {
        return new ProjectionSettings(years, draws, seed, threads, baseline);
    }
}
