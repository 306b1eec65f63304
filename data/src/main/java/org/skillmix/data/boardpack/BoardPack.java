package org.skillmix.data.boardpack;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.system.SystemModel;

/**
 * What a board pack says: the projection (net gap and shortfall by month; the system's totals), the recommended
 * portfolio (the optimiser's choice over the dataset's interventions within the budget) and the baseline and the
 * portfolio run whole on the same draws, so every figure on page one has its P10-P90. Computed by the use case
 * (org.skillmix.usecase.boardpack.BoardPackAnalysis); this package only formats it.
 *
 * @param projection   the baseline's system totals by month (demand, supply, net gap, shortfall) and spread drivers
 * @param inequalities the baseline's demand, supply and gap per 10,000 residents by place and deprivation fifth in
 *                     the last month (means over the draws)
 * @param comparison   the baseline and (when there is one) the recommended portfolio, run whole on the pack's draws
 * @param portfolio    the optimiser's answer; empty when the dataset has no interventions
 * @param candidates   the interventions the optimiser chose from, in the order of its levels
 * @param recommended  the funded interventions at their funded scale (empty: nothing recommended)
 * @param budgetGbp    the yearly budget the portfolio fits
 * @param budgetBasis  where the budget comes from, in words
 * @param checks       how firm the optimiser's choice of each candidate is, in the order of candidates; empty when
 *                     the pack presents a chosen scenario or the dataset has no interventions
 * @param whole        the optimiser's portfolio run whole at the most likely values, beside its parts added up; null
 *                     when the optimiser did not choose
 */
public record BoardPack(
        SystemModel system,
        BoardPackSettings settings,
        Projection projection,
        Inequalities inequalities,
        ScenarioComparison.Result comparison,
        Optional<Portfolio> portfolio,
        List<Intervention> candidates,
        List<Intervention> recommended,
        double budgetGbp,
        String budgetBasis,
        List<ChoiceCheck> checks,
        PortfolioChoice.WholeRun whole) {

    public BoardPack {
        candidates = List.copyOf(candidates);
        recommended = List.copyOf(recommended);
        checks = List.copyOf(checks);
    }

    /** The code of the recommended portfolio in {@link #comparison}. */
    public static final String RECOMMENDED = "recommended";

    /** The last projection year's summary of a scenario of {@link #comparison}. */
    public ScenarioComparison.YearRow lastYear(String scenario) {
        List<Integer> years = comparison.years();
        return comparison.summary(scenario, years.get(years.size() - 1));
    }

    /** Whether the figures come from draws; without, from one run at every assumption's most likely value. */
    public boolean hasDraws() {
        return settings.draws() > 0;
    }

    public boolean hasRecommendation() {
        return !recommended.isEmpty();
    }
}
