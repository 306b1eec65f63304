package org.skillmix.data.boardpack;

import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.data.report.Figures;

/**
 * The portfolio table's caption: the budget, what the optimiser fitted to it, and what the portfolio costs run whole.
 *
 * <p>The optimiser fits the budget with each intervention's cost measured alone at the most likely values; the pack's
 * figures run the portfolio whole on the draws, where its pay bill moves with how many staff stay and are added, so
 * its cost can lie above the budget the choice fitted (docs/boardpack.md has Greater Manchester's). A board must see
 * both, and which side of the budget the draws fall.
 * The portfolio's cost run whole is C = P + B, P the programme cost (fixed) and B the change in the pay bill, so its
 * P10 and P90 are P plus B's.
 */
final class BudgetLine {
    private BudgetLine() {}

    /** Within the budget when at most this far above it, relatively, as the optimiser's own tolerance allows. */
    private static final double TOLERANCE = 1e-6;

    static String of(BoardPack pack, String year) {
        Figures f = new Figures();
        if (pack.portfolio().isEmpty()) return "The portfolio: " + pack.budgetBasis() + ".";
        double[] fitted = pack.portfolio().get().costPerYear();
        double budget = pack.budgetGbp();
        String text = "Budget: " + f.millions(budget) + " a year (" + pack.budgetBasis() + ").";
        if (!pack.hasRecommendation()) return text;
        ScenarioComparison.YearRow rec = pack.lastYear(BoardPack.RECOMMENDED);
        double programme = rec.programmeCostGbp();
        ScenarioComparison.Figure pay = rec.payCostChange();
        double mean = programme + pay.mean();
        text += " Fitted to it at the most likely values with each intervention's cost measured alone: "
                + f.millions(fitted[fitted.length - 1]) + " in " + year + ".";
        if (!pack.hasDraws())
            return text + " Run whole it costs " + f.millions(mean) + " a year (programme " + f.millions(programme)
                    + ", pay bill " + f.millions(pay.mean()) + "): " + (above(mean, budget) ? "above" : "within")
                    + " the budget.";
        double p10 = programme + pay.p10(), p90 = programme + pay.p90();
        return text + " Run whole on the draws it costs " + f.millions(mean) + " a year on average (programme "
                + f.millions(programme) + ", pay bill " + f.millions(pay.mean()) + "; P10 " + f.millions(p10)
                + " to P90 " + f.millions(p90) + "): " + side(p10, p90, budget) + ".";
    }

    /** Which side of the budget the middle 80% of draws fall: P10 above it, P90 within it, or between. */
    static String side(double p10, double p90, double budget) {
        if (above(p10, budget)) return "above the budget in at least nine draws in ten";
        if (!above(p90, budget)) return "within the budget in at least nine draws in ten";
        return "above the budget in at least one draw in ten";
    }

    private static boolean above(double cost, double budget) {
        return cost > budget + TOLERANCE * Math.max(1, Math.abs(budget));
    }
}
