package org.skillmix.usecase.boardpack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.MarginalEffects;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOptimiser;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.SystemTotalsSample;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.boardpack.ChoiceCheck;
import org.skillmix.usecase.Progress;

/**
 * Computes what a board pack says ({@link BoardPack}; `data` only formats it): the projection (net gap and
 * shortfall by month), the recommended portfolio (the optimiser's choice over the dataset's interventions within
 * the budget, or a chosen scenario's interventions) and the baseline and the portfolio run whole on the pack's
 * draws, so every figure on page one has its P10-P90.
 *
 * <p>The optimiser chooses on the central run: each candidate alone at every level, once, every assumption at its most
 * likely value ({@link MarginalEffects#central}), so the recommendation does not change with the draws or the seed
 * (chosen on the mean of a few draws it did: docs/interventions.md, "The board pack's choice"). Then each decision's
 * switching value ({@link SwitchingValues}) and each candidate's own Monte Carlo range at its chosen level, on
 * {@link BoardPackRequest#DEFAULT_MARGINAL_DRAWS} draws by default, say how firm the choice is; the ranges on page one
 * come from the whole runs at the pack's draws.
 */
public final class BoardPackAnalysis {
    /** The steps progress counts: the one-at-a-time runs, the whole runs (the projection with them), writing. */
    public static final int STEPS = 3;

    private BoardPackAnalysis() {}

    /**
     * @param chosen   present this scenario's interventions as the portfolio (a plan's); null: the optimiser chooses
     * @param progress steps done of {@link #STEPS}, and the cancel
     * @param say      a line before each step that can take seconds
     */
    public static BoardPack of(
            SystemModel model, BoardPackSettings s, Scenario chosen, Progress progress, Consumer<String> say) {
        List<String> problems = s.baseline().problems(model);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Scenario scenario : model.scenarios())
            for (Intervention iv : scenario.interventions()) byCode.putIfAbsent(iv.code(), iv);
        List<Intervention> candidates = List.copyOf(byCode.values());
        Optional<Portfolio> portfolio = Optional.empty();
        List<Intervention> recommended = new ArrayList<>();
        List<ChoiceCheck> checks = List.of();
        double budget = s.budgetGbp() == null ? 0 : s.budgetGbp();
        String basis = "the budget given: GBP " + Math.round(budget) + " a year";
        int last = s.years() - 1;
        if (chosen != null) {
            recommended.addAll(chosen.interventions());
            basis = "the interventions of the chosen scenario " + chosen.code()
                    + (chosen.name() == null || chosen.name().isBlank() ? "" : " (" + chosen.name() + ")")
                    + ", not the optimiser's choice";
        } else if (!candidates.isEmpty()) {
            say.accept(
                    "Measuring " + candidates.size() + " interventions at every level at the most likely values ...");
            progress.stopIfCancelled();
            // The choice is made on the central run alone: no draws, so it is the same whatever --marginal-draws,
            // the seed or the threads (docs/interventions.md, "The board pack's choice").
            MarginalEffects.Measured central =
                    MarginalEffects.central(model, candidates, s.maxLevel(), comparison(s, 0));
            if (s.budgetGbp() == null) {
                budget = 0;
                for (var option : central.options()) budget += option.cost(last, 1);
                basis = "no budget was given, so the budget is what funding every candidate once would cost in the"
                        + " last year at the most likely values";
            }
            double[] budgets = new double[s.years()];
            Arrays.fill(budgets, budget);
            say.accept("Choosing the portfolio and testing how firm the choice is ...");
            progress.stopIfCancelled();
            PortfolioOptimiser solver = new PortfolioOptimiser(30_000L);
            PortfolioProblem problem = new PortfolioProblem(
                    central.options(), budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
            Portfolio best = solver.solve(problem);
            portfolio = Optional.of(best);
            for (int i = 0; i < candidates.size(); i++) {
                int level = best.levels()[i];
                if (level > 0)
                    recommended.add(candidates
                            .get(i)
                            .withScale(level * candidates.get(i).scale()));
            }
            if (best.feasible()) checks = checks(model, s, candidates, central, solver, problem, best, say, progress);
        }
        progress.update(1, STEPS);
        List<Scenario> scenarios = recommended.isEmpty()
                ? List.of()
                : List.of(new Scenario(BoardPack.RECOMMENDED, "Recommended portfolio", recommended));
        say.accept("Projecting " + model.info().name()
                + (recommended.isEmpty() ? "" : " with and without the portfolio") + " (" + s.draws() + " draws) ...");
        progress.stopIfCancelled();
        // The projection the pack prints is the comparison's baseline: the same seed gives its draws the parameters
        // a projection's would have, so they are recorded as they run rather than projected a second time.
        ScenarioComparison whole = new ScenarioComparison(model, scenarios, s.years());
        SystemTotalsSample baseline = new SystemTotalsSample(
                whole.kernel(), new ProjectionSettings(s.years(), s.draws(), s.seed(), s.threads(), s.baseline()));
        ScenarioComparison.Result comparison =
                whole.run(comparison(s, s.draws()), (done, total) -> progress.stopIfCancelled(), baseline);
        progress.update(2, STEPS);
        Projection projection = baseline.projection();
        YearMonth lastMonth = projection.months().get(projection.months().size() - 1);
        return new BoardPack(
                model,
                s,
                projection,
                Inequalities.of(model, lastMonth, baseline.lastMonthByPlace()),
                comparison,
                portfolio,
                candidates,
                List.copyOf(recommended),
                budget,
                basis,
                checks);
    }

    /**
     * How firm the choice of each candidate is: its switching value on the central run, and the range of its gap closed
     * and cost when it is run alone, at its funded level (level 1 when left out), on the pack's marginal draws.
     */
    private static List<ChoiceCheck> checks(
            SystemModel model,
            BoardPackSettings s,
            List<Intervention> candidates,
            MarginalEffects.Measured central,
            PortfolioOptimiser solver,
            PortfolioProblem problem,
            Portfolio best,
            Consumer<String> say,
            Progress progress) {
        int m = candidates.size(), last = s.years() - 1;
        double[] low = new double[m], high = new double[m];
        for (int i = 0; i < m; i++) {
            Interval e = candidates.get(i).effect();
            // as a share of the most likely effect; a fixed (or zero) effect has no range of its own
            low[i] = e.mode() > 0 ? e.low() / e.mode() : 1;
            high[i] = e.mode() > 0 ? e.high() / e.mode() : 1;
        }
        List<SwitchingValues.Value> switching = SwitchingValues.of(solver, problem, best, low, high);
        say.accept("Running each intervention alone at its level (" + s.marginalDraws()
                + " draws on common random numbers) for its range ...");
        progress.stopIfCancelled();
        List<Scenario> singles = new ArrayList<>();
        for (int i = 0; i < m; i++)
            singles.add(MarginalEffects.single(candidates.get(i), Math.max(1, best.levels()[i])));
        ScenarioComparison.Result drawn = new ScenarioComparison(model, singles, s.years(), false)
                .run(comparison(s, s.marginalDraws()), (done, total) -> progress.stopIfCancelled());
        int year = drawn.years().get(last);
        List<ChoiceCheck> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int level = Math.max(1, best.levels()[i]);
            PortfolioOption option = central.options().get(i);
            ScenarioComparison.YearRow row = drawn.summary(singles.get(i).code(), year);
            double programme = row.programmeCostGbp();
            ScenarioComparison.Figure pay = row.payCostChange();
            out.add(new ChoiceCheck(
                    candidates.get(i),
                    level,
                    option.closed(last, level),
                    option.cost(last, level),
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

    private static ScenarioComparison.Settings comparison(BoardPackSettings s, int draws) {
        return new ScenarioComparison.Settings(
                s.years(), draws, s.seed(), s.threads(), Set.of(), s.targetFte(), s.baseline());
    }
}
