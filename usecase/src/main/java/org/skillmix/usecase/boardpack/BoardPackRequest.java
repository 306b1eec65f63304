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
     * Draws of the baseline and the portfolio run whole. Measured when chosen: on GM with the documented
     * interventions, page one's figures at 100 draws were within 0.3% (means) and 1.6% (P10, P90) of those at 1,000,
     * for half the work of 200: the pack in under 10 s (docs/performance.md, "Board pack"). Re-measured on 2026-12-07
     * after the engine's fill and growth calibration, the same portfolio at 100 draws against 1,000: baseline average
     * shortfall 38,525 against 38,790 (0.7%), P90 1.7% apart, FTE closed 5,510 against 5,817 (5.3%), pay bill change
     * 3.8% apart; the means no longer hold to 0.3%.
     */
    public static final int DEFAULT_DRAWS = 100;
    /**
     * Draws of each intervention's own run at its chosen scale, for the ranges of the pack's "How firm the choice is";
     * the choice itself is made on one run at the most likely values and does not depend on them (docs/interventions.md,
     * "How the portfolio is chosen"). Until 2026-12-07 these draws (20) chose the portfolio, and on GM 20 draws chose six
     * interventions closing 5,510 FTE where 100 chose four others closing 4,401: at 20 draws the large options' mean
     * FTE closed carries a standard error of 9-11% while they differ by under 4% per pound. Measured when the choice
     * moved to the central run (2026-12-07): its run at every level and the switching values cost about 0.7 s of CPU,
     * and 10 draws instead of 20 give it back, keeping the pack as fast as before, under 10 s (docs/performance.md,
     * "Board pack"). Ten draws make each intervention's P10 and P90 rough (the table says how many draws they are of);
     * page one's ranges come from the pack's own draws.
     */
    public static final int DEFAULT_MARGINAL_DRAWS = 10;

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
        if (budgetGbp != null) RunDefaults.checkBudget(budgetGbp);
        int level = InvalidSetting.within(
                "maxLevel",
                Objects.requireNonNullElse(maxLevel, DEFAULT_MAX_LEVEL),
                1,
                RunDefaults.LARGEST_MAX_LEVEL,
                RunDefaults.MAX_LEVEL_LIMIT);
        double target = RunDefaults.checkTarget(Objects.requireNonNullElse(targetFte, 0.0));
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
