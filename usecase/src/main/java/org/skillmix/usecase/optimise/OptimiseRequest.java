package org.skillmix.usecase.optimise;

import java.util.List;
import java.util.Objects;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * Which interventions to fund within a yearly budget. Checked when made; {@link #of} fills what is not given.
 *
 * @param budgetGbp          budget per year, GBP (programme cost plus extra pay bill)
 * @param scenario           take the candidates from this scenario (null: every intervention of every scenario)
 * @param maxLevel           each intervention may be funded at 1 to this many times its scale
 * @param targetCapabilities capabilities whose gap is the target (empty: all)
 * @param targetFte          meet a gap below this many FTE in the last year at least cost (null: close the most gap)
 * @param draws              draws of each candidate's run alone at its chosen level, for the ranges of how firm
 *                           the choice is; the choice itself is made on one run at the most likely values and does
 *                           not depend on them (nor on the seed)
 * @param timeLimitSeconds   the solver's time limit, for each solve
 * @param baseline           the supply baseline every marginal run is projected against (the funded plan unless
 *                           given): another baseline gives other gaps, so other effects and perhaps another choice
 */
public record OptimiseRequest(
        double budgetGbp,
        String scenario,
        int maxLevel,
        List<String> targetCapabilities,
        Double targetFte,
        int years,
        int draws,
        long seed,
        int threads,
        int timeLimitSeconds,
        Baseline baseline) {
    public static final int DEFAULT_MAX_LEVEL = RunDefaults.MAX_LEVEL;
    /**
     * Draws of each candidate's own run at its chosen level, for the P10-P90 beside the central figures. They no
     * longer choose anything (docs/interventions.md, "How the portfolio is chosen"); 200, as when they did, since the
     * run costs what it cost then (one run per candidate). Measured on 2026-12-07 on GM with its 12 documented
     * interventions over ten years at GBP 100m a year, on two shared cores (load 3-4), alternately with the build
     * before: 15.1-16.3 s of CPU and 14.3-16.4 s wall with the central run and the switching values (run on one
     * thread), against 14.2-14.9 s of CPU and 7.4-13.6 s wall when the draws chose. The board pack takes 10 for
     * speed ({@code BoardPackRequest.DEFAULT_MARGINAL_DRAWS}); the choice is the same at any number.
     */
    public static final int DEFAULT_DRAWS = 200;

    public static final int DEFAULT_TIME_LIMIT_SECONDS = RunDefaults.SOLVER_SECONDS;

    /** An hour: the longest the solver may be given, so one portfolio cannot hold a worker for longer. */
    public static final int MAX_TIME_LIMIT_SECONDS = 3600;

    /** What a request outside the time limit's range is told (a constant, so annotations can say it too). */
    public static final String TIME_LIMIT = "the time limit must be 1 to 3,600 s";

    public OptimiseRequest {
        RunDefaults.checkBudget(budgetGbp);
        InvalidSetting.within("maxLevel", maxLevel, 1, RunDefaults.LARGEST_MAX_LEVEL, RunDefaults.MAX_LEVEL_LIMIT);
        RunDefaults.checkYearsAndDraws(years, draws);
        threads = RunDefaults.threads(threads);
        InvalidSetting.within("timeLimitSeconds", timeLimitSeconds, 1, MAX_TIME_LIMIT_SECONDS, TIME_LIMIT);
        targetCapabilities = ScenarioChoice.codes(targetCapabilities);
        if (targetFte != null) RunDefaults.checkTarget(targetFte);
        scenario = scenario == null || scenario.isBlank() ? null : scenario.strip();
        // Settings stored before optimise had a baseline ran the funded plan.
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }

    /** A request with the defaults for what is null; the baseline by its code ("funded-plan", "current-trends"). */
    public static OptimiseRequest of(
            double budgetGbp,
            String scenario,
            Integer maxLevel,
            List<String> targetCapabilities,
            Double targetFte,
            Integer years,
            Integer draws,
            Long seed,
            Integer threads,
            Integer timeLimitSeconds,
            String baseline) {
        return new OptimiseRequest(
                budgetGbp,
                scenario,
                Objects.requireNonNullElse(maxLevel, DEFAULT_MAX_LEVEL),
                targetCapabilities,
                targetFte,
                Objects.requireNonNullElse(years, RunDefaults.YEARS),
                Objects.requireNonNullElse(draws, DEFAULT_DRAWS),
                Objects.requireNonNullElse(seed, RunDefaults.SEED),
                RunDefaults.threads(threads),
                Objects.requireNonNullElse(timeLimitSeconds, DEFAULT_TIME_LIMIT_SECONDS),
                RunDefaults.baseline(baseline));
    }
}
