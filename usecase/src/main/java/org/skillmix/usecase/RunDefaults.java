package org.skillmix.usecase;

import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;

/**
 * The defaults and limits every front end shares, defined once. A projection, comparison, optimisation or
 * mutual-aid plan given no seed uses {@link #SEED}, so the same inputs give the same answer on the command line
 * and in the web application.
 */
public final class RunDefaults {
    /** The default random seed (the first day of the 2026/27 financial year, written as a number): the engine's. */
    public static final long SEED = ProjectionSettings.DEFAULT_SEED;

    /** Financial years projected unless asked otherwise. */
    public static final int YEARS = 10;

    /** The longest projection, in financial years (the engine's own limit, ProjectionSettings). */
    public static final int MAX_YEARS = 30;

    /**
     * The last month any use case works out for a dataset whose base month is given: {@link #MAX_YEARS} years on,
     * as the longest projection. A design year, a winter plan's weeks or an explained month beyond it would make
     * the engine step through every month up to it: a design for the year 99999 is a million months, hours of a
     * worker the web application's users share.
     */
    public static java.time.YearMonth lastMonth(java.time.YearMonth base) {
        return base.plusYears(MAX_YEARS).minusMonths(1);
    }

    /** Monte Carlo draws unless asked otherwise (the run timed in docs/performance.md). */
    public static final int DRAWS = 1000;

    /**
     * The most draws one run may take: ten times the default, so that one run cannot hold the web application's
     * worker (or a terminal) for hours; the command line had no limit before, the web had this one.
     */
    public static final int MAX_DRAWS = 10_000;

    /**
     * A portfolio (the optimiser's, the board pack's) funds each intervention at 1 to this many times its scale
     * unless asked otherwise.
     */
    public static final int MAX_LEVEL = 3;

    /**
     * The portfolio solver's time limit for each solve, in seconds, unless asked otherwise (optimise's --time-limit;
     * the board pack's always): the same for both, as they make one choice (docs/interventions.md). It is issue 5's
     * target for a 30-intervention, 10-year case, which the branch and bound solves in at most 17 ms
     * (docs/performance.md, "Scenarios and the optimiser"), so it bounds a worker without cutting a solve short.
     */
    public static final int SOLVER_SECONDS = 30;

    /** The highest maximum level one may ask for: beyond it a level is a typing error, not a plan. */
    public static final int LARGEST_MAX_LEVEL = 100;

    /** What a request outside the maximum level's limit is told (a constant, so annotations can say it too). */
    public static final String MAX_LEVEL_LIMIT = "the highest level must be 1 to " + LARGEST_MAX_LEVEL;

    /**
     * The largest yearly budget a request may give: GBP 200 billion, more than NHS England's whole revenue budget
     * (about GBP 190 billion in 2025/26, the NHS mandate), so a larger figure is a typing error, not an ICS's plan.
     */
    public static final double MAX_BUDGET_GBP = 200e9;

    /**
     * The largest gap target a request may give: 3 million FTE, more than the NHS in England (about 1.4 million
     * FTE, NHS Workforce Statistics) and its adult social care (about 1.6 million filled posts, Skills for Care)
     * employ together.
     */
    public static final double MAX_TARGET_FTE = 3e6;

    /** The budget, checked: GBP 0 to {@link #MAX_BUDGET_GBP} a year. */
    public static double checkBudget(double gbp) {
        if (!(gbp >= 0 && gbp <= MAX_BUDGET_GBP))
            throw new InvalidSetting(
                    "budgetGbp",
                    "the budget must be GBP 0 to 200,000,000,000 a year (more than NHS England's"
                            + " whole budget), not " + gbp);
        return gbp;
    }

    /** The gap target, checked: 0 to {@link #MAX_TARGET_FTE} FTE. */
    public static double checkTarget(double fte) {
        if (!(fte >= 0 && fte <= MAX_TARGET_FTE))
            throw new InvalidSetting(
                    "targetFte",
                    "the target must be 0 to 3,000,000 FTE (more than the NHS and adult social"
                            + " care in England employ), not " + fte);
        return fte;
    }

    /** The defaults and limits a form shows, by the names its template reads. */
    public static final java.util.Map<String, Object> FORM = java.util.Map.of(
            "defaultYears",
            YEARS,
            "maxYears",
            MAX_YEARS,
            "defaultDraws",
            DRAWS,
            "maxDraws",
            MAX_DRAWS,
            "defaultSeed",
            SEED);

    private RunDefaults() {}

    /** What a request outside the years' limit is told (a constant, so request records' annotations can say it). */
    public static final String YEARS_LIMIT = "years must be 1 to " + MAX_YEARS;

    /** What a request outside the draws' limit is told. */
    public static final String DRAWS_LIMIT = "draws must be 0 (deterministic) to 10,000";

    /** Checks the shared limits: years 1-30 and draws 0-10,000. */
    public static void checkYearsAndDraws(int years, int draws) {
        InvalidSetting.within("years", years, 1, MAX_YEARS, YEARS_LIMIT);
        InvalidSetting.within("draws", draws, 0, MAX_DRAWS, DRAWS_LIMIT);
    }

    /**
     * The supply baseline of this code ("funded-plan" or "current-trends"); the funded plan when blank.
     *
     * @throws InvalidSetting (field "baseline") naming the codes there are
     */
    public static Baseline baseline(String code) {
        if (code == null || code.isBlank()) return Baseline.FUNDED_PLAN;
        try {
            return Baseline.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("baseline", e.getMessage());
        }
    }

    /**
     * Checks that the dataset has what the baseline needs (current trends need the dataset's trend rows).
     *
     * @throws InvalidSetting (field "baseline") with every missing piece
     */
    public static void checkBaseline(SystemModel model, Baseline baseline) {
        java.util.List<String> problems = baseline.problems(model);
        if (!problems.isEmpty()) throw new InvalidSetting("baseline", String.join("; ", problems));
    }

    /** The worker threads to use when none are asked for: every processor (the numbers do not depend on it). */
    public static int threads(Integer asked) {
        if (asked == null) return Runtime.getRuntime().availableProcessors();
        return InvalidSetting.within("threads", asked, 1, 1024, "threads must be 1 to 1024");
    }
}
