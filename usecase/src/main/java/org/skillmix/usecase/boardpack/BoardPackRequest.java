package org.skillmix.usecase.boardpack;

import java.util.Objects;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;

/**
 * A board pack to make (docs/outputs.md, "Board pack"). Checked when made; {@link #of} fills what is not given.
 *
 * @param draws         draws of the projection and of the portfolio run whole (P10-P90 on page one)
 * @param marginalDraws draws of each intervention's own run when the optimiser chooses
 * @param budgetGbp     yearly budget of the portfolio, GBP (null: funding every candidate once, said in the pack)
 * @param scenario      present this scenario as the portfolio (a plan's); null: the optimiser chooses
 * @param targetFte     the pack reports P(average shortfall over the last year &lt; this)
 */
public record BoardPackRequest(
        int years,
        int draws,
        int marginalDraws,
        long seed,
        int threads,
        Baseline baseline,
        Double budgetGbp,
        int maxLevel,
        double targetFte,
        String scenario) {
    /** Enough draws for P10 and P90 to settle on page one, at a cost a board pack can wait for (docs/performance.md). */
    public static final int DEFAULT_DRAWS = 200;
    /** As optimise's marginal runs: an intervention's mean effect needs fewer draws than its range. */
    public static final int DEFAULT_MARGINAL_DRAWS = 100;

    public static final int DEFAULT_MAX_LEVEL = 3;

    public BoardPackRequest {
        RunDefaults.checkYearsAndDraws(years, draws);
        RunDefaults.checkYearsAndDraws(years, marginalDraws);
        threads = RunDefaults.threads(threads);
        Objects.requireNonNull(baseline, "baseline");
        if (budgetGbp != null && (!Double.isFinite(budgetGbp) || budgetGbp < 0))
            throw new InvalidSetting("budgetGbp", "the budget must be GBP >= 0 a year, not " + budgetGbp);
        InvalidSetting.within("maxLevel", maxLevel, 1, 100, "the highest level must be 1 to 100");
        if (!Double.isFinite(targetFte) || targetFte < 0)
            throw new InvalidSetting("targetFte", "the target must be FTE >= 0, not " + targetFte);
        scenario =
                scenario == null || scenario.isBlank() || scenario.strip().equals("baseline") ? null : scenario.strip();
    }

    public static BoardPackRequest of(
            Integer years,
            Integer draws,
            Integer marginalDraws,
            Long seed,
            Integer threads,
            Baseline baseline,
            Double budgetGbp,
            Integer maxLevel,
            Double targetFte,
            String scenario) {
        return new BoardPackRequest(
                Objects.requireNonNullElse(years, RunDefaults.YEARS),
                Objects.requireNonNullElse(draws, DEFAULT_DRAWS),
                Objects.requireNonNullElse(marginalDraws, DEFAULT_MARGINAL_DRAWS),
                Objects.requireNonNullElse(seed, RunDefaults.SEED),
                RunDefaults.threads(threads),
                Objects.requireNonNullElse(baseline, Baseline.FUNDED_PLAN),
                budgetGbp,
                Objects.requireNonNullElse(maxLevel, DEFAULT_MAX_LEVEL),
                Objects.requireNonNullElse(targetFte, 0.0),
                scenario);
    }

    BoardPackSettings settings() {
        return new BoardPackSettings(
                years, draws, marginalDraws, seed, threads, baseline, budgetGbp, maxLevel, targetFte);
    }
}
