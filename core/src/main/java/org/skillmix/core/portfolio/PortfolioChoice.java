package org.skillmix.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * The portfolio `skillmix optimise` writes and the board pack recommends, chosen one way in one place
 * (docs/interventions.md, "How the portfolio is chosen"):
 * <ol>
 * <li>each candidate is run alone at every level it can take, once, with every assumption at its most likely value
 * ({@link MarginalEffects#central}): no draws, so the choice is the same whatever the draw count, the seed or the
 * threads (chosen on the mean of a few draws, linearised from level 1, it was not);</li>
 * <li>the optimiser chooses on each level's own gap closed and cost ({@link PortfolioOption#measured}): the most target
 * gap closed within the yearly budget, or the least cost to a gap below a target;</li>
 * <li>how firm each decision is ({@link ChoiceCheck}): its switching value ({@link SwitchingValues}, of the most gap
 * closed only, on the effects the final choice was made on) and the Monte Carlo range of the intervention run alone
 * at its level, on the settings' draws;</li>
 * <li>the portfolio is run whole at the same values and chosen again on each intervention's effect in it
 * ({@link PortfolioRefinement}) while that closes more run whole: interventions overlap, so their effects do not add
 * up.</li>
 * </ol>
 *
 * @param candidates    the interventions chosen from, in the order of the options and the portfolio's levels
 * @param central       each candidate's options measured on the central run, and the baseline's target gap there
 * @param problem       what the optimiser solved: the options, the budget in every year, the goal
 * @param portfolio     its answer (not feasible when no portfolio meets the budget and the target)
 * @param checks        how firm the choice of each candidate is, in the order of candidates; empty when no portfolio
 *                      was feasible
 * @param marginalDraws the draws of each candidate's own run at its level, for the ranges (0: the central run again)
 * @param whole         the portfolio run whole on the central run, against its parts added up; null when no
 *                      portfolio was feasible
 */
public record PortfolioChoice(
        List<Intervention> candidates,
        MarginalEffects.Measured central,
        PortfolioProblem problem,
        Portfolio portfolio,
        List<ChoiceCheck> checks,
        int marginalDraws,
        WholeRun whole) {

    /**
     * The portfolio run whole at the most likely values (the central run), in the last year.
     *
     * @param addedUp      the target gap its interventions close each alone at its level, added up
     * @param closed       what they close together
     * @param firstChoice  what the first choice, on effects added up, closed together
     * @param firstAddedUp what that first choice's interventions closed alone, added up
     * @param rounds       rounds of choosing again on the effects in the portfolio ({@link PortfolioRefinement})
     */
    public record WholeRun(double addedUp, double closed, double firstChoice, double firstAddedUp, int rounds) {}

    public PortfolioChoice {
        candidates = List.copyOf(candidates);
        checks = List.copyOf(checks);
    }

    /**
     * How to choose.
     *
     * @param runs            years, the draws of the ranges, seed, threads, target capabilities and supply baseline of
     *                        the one-at-a-time runs (the central run takes the same with no draws)
     * @param maxLevel        each candidate may be funded at 1 to this many times its scale (fewer when its scale
     *                        cannot pass 1 or does not multiply: {@link MarginalEffects#levels})
     * @param budgetGbp       the budget of every year; null: what funding every candidate once would cost in the last
     *                        year on the central run ({@link #everyCandidateOnce})
     * @param gapBelowFte     null: close the most target gap in the last year within the budget; else meet a target gap
     *                        below this many FTE in the last year at least cost
     * @param timeLimitMillis the solver's time limit for each solve
     */
    public record Settings(
            ScenarioComparison.Settings runs,
            int maxLevel,
            Double budgetGbp,
            Double gapBelowFte,
            long timeLimitMillis) {}

    /**
     * What the choice tells and how it is stopped.
     *
     * @param stopIfCancelled throws to stop; called between the steps
     * @param draws           the draws of the ranges' run as they complete (throws to stop between them)
     * @param say             a line before each step that can take seconds
     */
    public record Hooks(Runnable stopIfCancelled, ProgressListener draws, Consumer<String> say) {
        public static final Hooks NONE = new Hooks(() -> {}, ProgressListener.NONE, line -> {});
    }

    /** Every intervention of the model's scenarios, the first of each code; or of one scenario (null: all). */
    public static List<Intervention> candidates(SystemModel model, String scenario) {
        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Scenario s : model.scenarios()) {
            if (scenario != null && !s.code().equals(scenario)) continue;
            for (Intervention iv : s.interventions()) byCode.putIfAbsent(iv.code(), iv);
        }
        return List.copyOf(byCode.values());
    }

    /** The budget when none is given: what funding every candidate once costs in the last year, centrally. */
    public static double everyCandidateOnce(MarginalEffects.Measured central) {
        double budget = 0;
        int last = central.baselineTargetGap().length - 1;
        for (PortfolioOption option : central.options()) budget += option.cost(last, 1);
        return budget;
    }

    /** Measures the candidates on the central run, chooses, then checks how firm each decision is. */
    public static PortfolioChoice choose(
            SystemModel model, List<Intervention> candidates, Settings settings, Hooks hooks) {
        if (candidates.isEmpty()) throw new IllegalArgumentException("no interventions to choose from");
        int years = settings.runs().years(), last = years - 1;
        hooks.say()
                .accept("Measuring " + candidates.size()
                        + " interventions at every level at the most likely values ...");
        hooks.stopIfCancelled().run();
        // The choice is made on the central run alone: no draws, so it is the same whatever the draws, the seed or
        // the threads (docs/interventions.md, "How the portfolio is chosen").
        MarginalEffects.Measured central =
                MarginalEffects.central(model, candidates, settings.maxLevel(), settings.runs());
        double[] budgets = new double[years];
        Arrays.fill(budgets, settings.budgetGbp() == null ? everyCandidateOnce(central) : settings.budgetGbp());
        PortfolioProblem problem = settings.gapBelowFte() == null
                ? new PortfolioProblem(
                        central.options(), budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null)
                : new PortfolioProblem(
                        central.options(),
                        budgets,
                        new int[] {last},
                        PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                        new double[] {Math.max(0, central.baselineTargetGap()[last] - settings.gapBelowFte())});
        hooks.say().accept("Choosing the portfolio and testing how firm the choice is ...");
        hooks.stopIfCancelled().run();
        PortfolioOptimiser solver = new PortfolioOptimiser(settings.timeLimitMillis());
        Portfolio first = solver.solve(problem);
        if (!first.feasible())
            return new PortfolioChoice(
                    candidates,
                    central,
                    problem,
                    first,
                    List.of(),
                    settings.runs().draws(),
                    null);
        hooks.say().accept("Running the portfolio whole and choosing again on each intervention's effect in it ...");
        hooks.stopIfCancelled().run();
        PortfolioRefinement.Result refined = PortfolioRefinement.refine(
                solver, problem, first, wholeRuns(model, candidates, settings.runs(), hooks));
        Portfolio best = refined.portfolio();
        List<ChoiceCheck> checks =
                checks(model, candidates, central, solver, refined.problem(), best, settings.runs(), hooks);
        WholeRun whole = new WholeRun(
                problem.closed(best.levels(), last),
                refined.whole(),
                refined.startWhole(),
                problem.closed(first.levels(), last),
                refined.rounds());
        return new PortfolioChoice(
                candidates, central, problem, best, checks, settings.runs().draws(), whole);
    }

    /**
     * Portfolios (levels of the candidates) run whole at the most likely values, in one comparison: each one's target
     * gap closed in the last year.
     */
    private static PortfolioRefinement.WholeRuns wholeRuns(
            SystemModel model, List<Intervention> candidates, ScenarioComparison.Settings runs, Hooks hooks) {
        ScenarioComparison.Settings once = new ScenarioComparison.Settings(
                runs.years(),
                0,
                runs.seed(),
                runs.threads(),
                runs.targetCapabilities(),
                runs.targetFte(),
                runs.baseline());
        return portfolios -> {
            hooks.stopIfCancelled().run();
            List<Scenario> scenarios = new ArrayList<>();
            List<Integer> run = new ArrayList<>();
            double[] closed = new double[portfolios.size()];
            for (int k = 0; k < portfolios.size(); k++) {
                List<Intervention> funded = new ArrayList<>();
                int[] levels = portfolios.get(k);
                for (int i = 0; i < candidates.size(); i++)
                    if (levels[i] > 0)
                        funded.add(candidates
                                .get(i)
                                .withScale(levels[i] * candidates.get(i).scale()));
                if (funded.isEmpty()) continue; // nothing funded closes nothing
                scenarios.add(new Scenario("whole-" + k, "portfolio " + k, funded));
                run.add(k);
            }
            if (scenarios.isEmpty()) return closed;
            ScenarioComparison.Result r =
                    new ScenarioComparison(model, scenarios, runs.years(), false).run(once, ProgressListener.NONE);
            int year = r.years().get(runs.years() - 1);
            for (int s = 0; s < scenarios.size(); s++)
                closed[run.get(s)] = r.summary(scenarios.get(s).code(), year)
                        .targetGapClosed()
                        .mean();
            return closed;
        };
    }

    /** The yearly budget the portfolio fits. */
    public double budgetGbp() {
        return problem.budget()[0];
    }

    /** The index of the last projection year, the year the goal is about. */
    public int last() {
        return problem.years() - 1;
    }

    /** The funded interventions at their funded scale (level times the scale as given), in the order of candidates. */
    public List<Intervention> recommended() {
        List<Intervention> out = new ArrayList<>();
        if (!portfolio.feasible()) return out;
        for (int i = 0; i < candidates.size(); i++) {
            int level = portfolio.levels()[i];
            if (level > 0)
                out.add(candidates.get(i).withScale(level * candidates.get(i).scale()));
        }
        return out;
    }

    /**
     * How firm the choice of each candidate is: its switching value on the central run (of the most gap closed), and
     * the range of its gap closed and cost when it is run alone, at its funded level (level 1 when left out), on the
     * runs' draws.
     */
    private static List<ChoiceCheck> checks(
            SystemModel model,
            List<Intervention> candidates,
            MarginalEffects.Measured central,
            PortfolioOptimiser solver,
            PortfolioProblem problem,
            Portfolio best,
            ScenarioComparison.Settings runs,
            Hooks hooks) {
        int m = candidates.size(), last = runs.years() - 1;
        double[] low = new double[m], high = new double[m];
        for (int i = 0; i < m; i++) {
            Interval e = candidates.get(i).effect();
            // as a share of the most likely effect; a fixed (or zero) effect has no range of its own
            low[i] = e.mode() > 0 ? e.low() / e.mode() : 1;
            high[i] = e.mode() > 0 ? e.high() / e.mode() : 1;
        }
        List<SwitchingValues.Value> switching = SwitchingValues.of(solver, problem, best, low, high);
        hooks.say()
                .accept("Running each intervention alone at its level (" + runs.draws()
                        + " draws on common random numbers) for its range ...");
        hooks.stopIfCancelled().run();
        List<Scenario> singles = new ArrayList<>();
        for (int i = 0; i < m; i++)
            singles.add(MarginalEffects.single(candidates.get(i), Math.max(1, best.levels()[i])));
        ScenarioComparison.Result drawn =
                new ScenarioComparison(model, singles, runs.years(), false).run(runs, hooks.draws());
        int year = drawn.years().get(last);
        List<ChoiceCheck> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int level = best.levels()[i], shown = Math.max(1, level);
            PortfolioOption option = central.options().get(i);
            ScenarioComparison.YearRow row = drawn.summary(singles.get(i).code(), year);
            double programme = row.programmeCostGbp();
            ScenarioComparison.Figure pay = row.payCostChange();
            out.add(new ChoiceCheck(
                    candidates.get(i),
                    level,
                    shown,
                    option.closed(last, shown),
                    option.cost(last, shown),
                    row.targetGapClosed(),
                    new ScenarioComparison.Figure(
                            programme + pay.mean(),
                            programme + pay.p10(),
                            programme + pay.p50(),
                            programme + pay.p90()),
                    switching.get(i)));
        }
        return out;
    }
}
