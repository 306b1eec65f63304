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
 * closed only) and the Monte Carlo range of the intervention run alone at its level, on the settings' draws.</li>
 * </ol>
 * Effects of different interventions are added up to choose; the portfolio is then run whole at the same values
 * ({@link #wholeClosed}), so the overlap between its parts is stated beside the sum.
 *
 * @param candidates    the interventions chosen from, in the order of the options and the portfolio's levels
 * @param central       each candidate's options measured on the central run, and the baseline's target gap there
 * @param problem       what the optimiser solved: the options, the budget in every year, the goal
 * @param portfolio     its answer (not feasible when no portfolio meets the budget and the target)
 * @param checks        how firm the choice of each candidate is, in the order of candidates; empty when no portfolio
 *                      was feasible
 * @param marginalDraws the draws of each candidate's own run at its level, for the ranges (0: the central run again)
 * @param wholeClosed   the target gap the portfolio closes in the last year run whole on the central run (its parts
 *                      together, each at its level): against the sum of their own, what their overlap takes; NaN when
 *                      no portfolio was feasible
 */
public record PortfolioChoice(
        List<Intervention> candidates,
        MarginalEffects.Measured central,
        PortfolioProblem problem,
        Portfolio portfolio,
        List<ChoiceCheck> checks,
        int marginalDraws,
        double wholeClosed) {

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
     *                        below this many FTE in the last year at least cost (no switching values then)
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
        Portfolio best = solver.solve(problem);
        List<ChoiceCheck> checks = best.feasible()
                ? checks(model, candidates, central, solver, problem, best, settings.runs(), hooks)
                : List.of();
        PortfolioChoice choice = new PortfolioChoice(
                candidates, central, problem, best, checks, settings.runs().draws(), Double.NaN);
        if (!best.feasible()) return choice;
        hooks.stopIfCancelled().run();
        return new PortfolioChoice(
                candidates,
                central,
                problem,
                best,
                checks,
                settings.runs().draws(),
                wholeClosed(model, choice.recommended(), settings.runs()));
    }

    /** The target gap the interventions close together in the last year, on one run at the most likely values. */
    private static double wholeClosed(
            SystemModel model, List<Intervention> recommended, ScenarioComparison.Settings runs) {
        if (recommended.isEmpty()) return 0;
        Scenario whole = new Scenario("portfolio", "portfolio", recommended);
        ScenarioComparison.Settings once = new ScenarioComparison.Settings(
                runs.years(),
                0,
                runs.seed(),
                runs.threads(),
                runs.targetCapabilities(),
                runs.targetFte(),
                runs.baseline());
        ScenarioComparison.Result r =
                new ScenarioComparison(model, List.of(whole), runs.years(), false).run(once, ProgressListener.NONE);
        return r.summary(whole.code(), r.years().get(runs.years() - 1))
                .targetGapClosed()
                .mean();
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
        List<SwitchingValues.Value> switching = null;
        if (problem.goal() == PortfolioProblem.Goal.MAX_GAP_CLOSED) {
            double[] low = new double[m], high = new double[m];
            for (int i = 0; i < m; i++) {
                Interval e = candidates.get(i).effect();
                // as a share of the most likely effect; a fixed (or zero) effect has no range of its own
                low[i] = e.mode() > 0 ? e.low() / e.mode() : 1;
                high[i] = e.mode() > 0 ? e.high() / e.mode() : 1;
            }
            switching = SwitchingValues.of(solver, problem, best, low, high);
        }
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
                    switching == null ? null : switching.get(i)));
        }
        return out;
    }
}
