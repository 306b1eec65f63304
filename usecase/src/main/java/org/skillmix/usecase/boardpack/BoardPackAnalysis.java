package org.skillmix.usecase.boardpack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.SystemTotalsSample;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.report.Figures;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;

/**
 * Computes what a board pack says ({@link BoardPack}; `data` only formats it): the projection (net gap and
 * shortfall by month), the recommended portfolio (the optimiser's choice over the dataset's interventions within
 * the budget, or a chosen scenario's interventions) and the baseline and the portfolio run whole on the pack's
 * draws, so every figure on page one has its P10-P90.
 *
 * <p>The portfolio is {@link PortfolioChoice}'s, the one `skillmix optimise` writes for the same budget: chosen on the
 * central run (each candidate alone at every level, once, every assumption at its most likely value), so the
 * recommendation does not change with the draws or the seed (chosen on the mean of a few draws it did:
 * docs/interventions.md, "How the portfolio is chosen"). Each decision's switching value and each candidate's own
 * Monte Carlo range at its chosen level, on {@link BoardPackRequest#DEFAULT_MARGINAL_DRAWS} draws by default, say how
 * firm the choice is; the ranges on page one come from the whole runs at the pack's draws.
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
        List<Intervention> candidates = PortfolioChoice.candidates(model, null);
        Optional<Portfolio> portfolio = Optional.empty();
        List<Intervention> recommended = new ArrayList<>();
        List<ChoiceCheck> checks = List.of();
        PortfolioChoice.WholeRun wholeRun = null;
        double budget = s.budgetGbp() == null ? 0 : s.budgetGbp();
        String basis = "the budget given: GBP " + Math.round(budget) + " a year";
        if (chosen != null) {
            recommended.addAll(chosen.interventions());
            basis = "the interventions of the chosen scenario " + chosen.code()
                    + (chosen.name() == null || chosen.name().isBlank() ? "" : " (" + chosen.name() + ")")
                    + ", not the optimiser's choice";
        } else if (!candidates.isEmpty()) {
            // The choice `skillmix optimise` makes, on the central run (docs/interventions.md, "How the portfolio is
            // chosen"): the most gap closed in the last year within the budget.
            PortfolioChoice choice = PortfolioChoice.choose(
                    model,
                    candidates,
                    new PortfolioChoice.Settings(
                            comparison(s, s.marginalDraws()),
                            s.maxLevel(),
                            s.budgetGbp(),
                            null,
                            RunDefaults.SOLVER_SECONDS * 1000L),
                    new PortfolioChoice.Hooks(
                            progress::stopIfCancelled, (done, total) -> progress.stopIfCancelled(), say));
            if (s.budgetGbp() == null) {
                basis = "no budget was given, so the budget is what funding every candidate once would cost in the"
                        + " last year at the most likely values";
            }
            budget = choice.budgetGbp();
            portfolio = Optional.of(choice.portfolio());
            recommended.addAll(choice.recommended());
            checks = choice.checks();
            wholeRun = choice.whole();
        }
        progress.update(1, STEPS);
        List<Scenario> scenarios = recommended.isEmpty()
                ? List.of()
                : List.of(new Scenario(BoardPack.RECOMMENDED, "Recommended portfolio", recommended));
        say.accept(
                "Projecting " + model.info().name() + (recommended.isEmpty() ? "" : " with and without the portfolio")
                        + " (" + Figures.draws(s.draws()) + ") ...");
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
                checks,
                wholeRun);
    }

    private static ScenarioComparison.Settings comparison(BoardPackSettings s, int draws) {
        return new ScenarioComparison.Settings(
                s.years(), draws, s.seed(), s.threads(), Set.of(), s.targetFte(), s.baseline());
    }
}
