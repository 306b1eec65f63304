package org.skillmix.usecase.boardpack;

import java.util.Objects;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;

/**
 * A board pack to make (docs/outputs.md, "Board pack"): the engine's settings ({@link BoardPackSettings}, which say
 * what each one is) and the scenario to present. Made by {@link #of}, which fills what is not given and names the
 * field of any setting out of range.
 *
 * @param scenario present this scenario as the portfolio (a plan's); null: the optimiser chooses
 */
public record BoardPackRequest(BoardPackSettings settings, String scenario) {
    /**
     * Draws of the baseline and the portfolio run whole. On GM with the documented interventions, page one's figures
     * at 100 draws are within 0.3% (means) and 1.6% (P10, P90) of those at 1,000, as close as 200 draws come (P10 of
     * the baseline 2.7% off at 200), for half the work: the pack in under 10 s (docs/performance.md, "Board pack").
     */
    public static final int DEFAULT_DRAWS = 100;
    /**
     * The one-at-a-time runs give the optimiser each intervention's mean effect, a difference of means on common
     * random numbers (every candidate on the baseline's draws): on GM with the documented interventions, 20 draws
     * chose a portfolio closing 4,583 FTE in 2034/35 where 100 draws chose one closing 4,621 (0.8% apart, both
     * P10-P90 2,9xx to 6,6xx), for a fifth of the work (docs/performance.md, "Board pack").
     */
    public static final int DEFAULT_MARGINAL_DRAWS = 20;

    public static final int DEFAULT_MAX_LEVEL = RunDefaults.MAX_LEVEL;

    public BoardPackRequest {
        Objects.requireNonNull(settings, "settings");
        scenario =
                scenario == null || scenario.isBlank() || scenario.strip().equals("baseline") ? null : scenario.strip();
    }

    /** @throws InvalidSetting naming the first setting out of range */
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
        int y = Objects.requireNonNullElse(years, RunDefaults.YEARS);
        int d = Objects.requireNonNullElse(draws, DEFAULT_DRAWS);
        int m = Objects.requireNonNullElse(marginalDraws, DEFAULT_MARGINAL_DRAWS);
        RunDefaults.checkYearsAndDraws(y, d);
        RunDefaults.checkYearsAndDraws(y, m);
        if (budgetGbp != null && (!Double.isFinite(budgetGbp) || budgetGbp < 0))
            throw new InvalidSetting("budgetGbp", "the budget must be GBP >= 0 a year, not " + budgetGbp);
        int level = InvalidSetting.within(
                "maxLevel",
                Objects.requireNonNullElse(maxLevel, DEFAULT_MAX_LEVEL),
                1,
                RunDefaults.LARGEST_MAX_LEVEL,
                RunDefaults.MAX_LEVEL_LIMIT);
        double target = Objects.requireNonNullElse(targetFte, 0.0);
        if (!Double.isFinite(target) || target < 0)
            throw new InvalidSetting("targetFte", "the target must be FTE >= 0, not " + target);
        return new BoardPackRequest(
                new BoardPackSettings(
                        y,
                        d,
                        m,
                        Objects.requireNonNullElse(seed, RunDefaults.SEED),
                        RunDefaults.threads(threads),
                        Objects.requireNonNullElse(baseline, Baseline.FUNDED_PLAN),
                        budgetGbp,
                        level,
                        target),
                scenario);
    }
}
