package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.MarginalEffects;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOptimiser;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;

/**
 * What a board pack says, computed: the projection (net gap and shortfall by month), the recommended portfolio
 * (the optimiser's choice over the dataset's interventions within the budget) and the baseline and the portfolio
 * run whole on the same draws, so every figure on page one has its P10-P90.
 *
 * @param comparison   the baseline and (when there is one) the recommended portfolio, run whole on the pack's draws
 * @param portfolio    the optimiser's answer; empty when the dataset has no interventions
 * @param candidates   the interventions the optimiser chose from, in the order of its levels
 * @param recommended  the funded interventions at their funded scale (empty: nothing recommended)
 * @param budgetGbp    the yearly budget the portfolio fits
 * @param budgetBasis  where the budget comes from, in words
 */
public record BoardPack(
        SystemModel system,
        BoardPackSettings settings,
        Projection projection,
        ScenarioComparison.Result comparison,
        Optional<Portfolio> portfolio,
        List<Intervention> candidates,
        List<Intervention> recommended,
        double budgetGbp,
        String budgetBasis) {

    /** The code of the recommended portfolio in {@link #comparison}. */
    public static final String RECOMMENDED = "recommended";

    /** Computes the pack; progress gets a line before each step that can take seconds. */
    public static BoardPack of(SystemModel model, BoardPackSettings s, Consumer<String> progress) {
        return of(model, s, null, progress);
    }

    /**
     * Computes the pack of a chosen scenario (a plan's) instead of the optimiser's portfolio; null: let the
     * optimiser choose from the dataset's interventions.
     */
    public static BoardPack of(SystemModel model, BoardPackSettings s, Scenario chosen, Consumer<String> progress) {
        List<String> problems = s.baseline().problems(model);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        progress.accept("Projecting " + model.info().name() + " (" + s.draws() + " draws) ...");
        Projection projection = new Projector(model)
                .run(
                        new ProjectionSettings(s.years(), s.draws(), s.seed(), s.threads(), s.baseline()),
                        (done, total) -> {});

        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Scenario scenario : model.scenarios())
            for (Intervention iv : scenario.interventions()) byCode.putIfAbsent(iv.code(), iv);
        List<Intervention> candidates = List.copyOf(byCode.values());
        Optional<Portfolio> portfolio = Optional.empty();
        List<Intervention> recommended = new ArrayList<>();
        double budget = s.budgetGbp() == null ? 0 : s.budgetGbp();
        String basis = "the budget given: GBP " + Math.round(budget) + " a year";
        int last = s.years() - 1;
        if (chosen != null) {
            recommended.addAll(chosen.interventions());
            basis = "the interventions of the chosen scenario " + chosen.code()
                    + (chosen.name() == null || chosen.name().isBlank() ? "" : " (" + chosen.name() + ")")
                    + ", not the optimiser's choice";
        } else if (!candidates.isEmpty()) {
            progress.accept("Measuring " + candidates.size() + " interventions one at a time (" + s.marginalDraws()
                    + " draws) ...");
            MarginalEffects.Measured measured =
                    MarginalEffects.measure(model, candidates, s.maxLevel(), comparisonSettings(s, s.marginalDraws()));
            if (s.budgetGbp() == null) {
                budget = 0;
                for (var option : measured.options()) budget += option.cost(last, 1);
                basis = "no budget was given, so the budget is what funding every candidate once would cost in the"
                        + " last year";
            }
            double[] budgets = new double[s.years()];
            java.util.Arrays.fill(budgets, budget);
            progress.accept("Choosing the portfolio ...");
            Portfolio best = new PortfolioOptimiser(30_000L)
                    .solve(new PortfolioProblem(
                            measured.options(), budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null));
            portfolio = Optional.of(best);
            for (int i = 0; i < candidates.size(); i++) {
                int level = best.levels()[i];
                if (level > 0)
                    recommended.add(candidates
                            .get(i)
                            .withScale(level * candidates.get(i).scale()));
            }
        }
        List<Scenario> scenarios = recommended.isEmpty()
                ? List.of()
                : List.of(new Scenario(RECOMMENDED, "Recommended portfolio", recommended));
        progress.accept("Running the baseline" + (recommended.isEmpty() ? "" : " and the recommended portfolio")
                + " whole (" + s.draws() + " draws) ...");
        ScenarioComparison.Result comparison =
                new ScenarioComparison(model, scenarios, s.years()).run(comparisonSettings(s, s.draws()));
        return new BoardPack(
                model, s, projection, comparison, portfolio, candidates, List.copyOf(recommended), budget, basis);
    }

    private static ScenarioComparison.Settings comparisonSettings(BoardPackSettings s, int draws) {
        return new ScenarioComparison.Settings(
                s.years(), draws, s.seed(), s.threads(), Set.of(), s.targetFte(), s.baseline());
    }

    /** The last projection year's summary of a scenario of {@link #comparison}. */
    public ScenarioComparison.YearRow lastYear(String scenario) {
        List<Integer> years = comparison.years();
        return comparison.summary(scenario, years.get(years.size() - 1));
    }

    public boolean hasRecommendation() {
        return !recommended.isEmpty();
    }
}
