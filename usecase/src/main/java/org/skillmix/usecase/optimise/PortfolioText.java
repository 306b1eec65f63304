package org.skillmix.usecase.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.ScaleWords;
import org.skillmix.data.report.SolverStates;
import org.skillmix.usecase.Rounded;

/**
 * portfolio.txt (docs/outputs.md): the portfolio in plain words. What was asked, how it was chosen (on the central
 * run, so not on the draws), the solver's reasons for each intervention, and how firm each decision is: what it closes
 * and costs centrally, the change in what it closes that would reverse it beside the stated range of its effect, and
 * its Monte Carlo range run alone.
 */
final class PortfolioText {
    private PortfolioText() {}

    static String of(SystemModel model, OptimiseRequest request, PortfolioChoice choice, double seconds) {
        int last = choice.last();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Portfolio for %s (%s baseline): budget GBP %,.0f a year, %s.%n",
                model.info().name(),
                request.baseline().code(),
                request.budgetGbp(),
                request.targetFte() == null
                        ? "most target gap closed in the last year"
                        : "least cost to a gap below " + request.targetFte() + " FTE"));
        text.append(String.format(
                Locale.ROOT,
                "Solver: %s in %d ms (marginal runs %.1f s: the central run, the switching values and %d draws for the"
                        + " ranges). Baseline average shortfall over the last year (target capabilities): %,.1f FTE at"
                        + " the most likely values; the portfolio closes %,.1f (effects added up)%s.%n",
                SolverStates.words(choice.portfolio().solverState()),
                choice.portfolio().millis(),
                seconds,
                request.draws(),
                choice.central().baselineTargetGap()[last],
                Rounded.asPrinted(
                        choice.whole() == null
                                ? choice.portfolio().closedPerYear()[last]
                                : choice.whole().addedUp(),
                        1),
                choice.whole() == null ? "" : whole(choice.whole())));
        text.append(
                "Chosen on the central run: each intervention run alone at every level it can take, once, with every"
                        + " assumption at its most likely value, and each level's own gap closed and cost given to the solver,"
                        + " so the choice does not change with --draws or --seed, and the board pack recommends the same"
                        + " portfolio for the same budget. Effects of different interventions overlap, so the portfolio"
                        + " chosen on them added up is run whole and chosen again on each one's effect in it, while"
                        + " that closes more; skillmix compare gives its effect with uncertainty.\n");
        for (String line : choice.portfolio().explanation())
            text.append("- ").append(line).append('\n');
        firmness(text, request, choice);
        return text.toString();
    }

    /** "How firm the choice is": a line per candidate and which decisions are close calls. */
    private static void firmness(StringBuilder text, OptimiseRequest request, PortfolioChoice choice) {
        if (choice.checks().isEmpty()) {
            text.append("No portfolio meets the budget and the target, so no decision is tested.\n");
            return;
        }
        text.append("How firm the choice is, in the last year")
                .append(
                        request.targetFte() == null
                                ? " (the change in what an intervention closes that would reverse its decision, beside"
                                        + " the stated range of its effect: a close call when within it, firm when"
                                        + " beyond):\n"
                                : " (the change in what an intervention closes that would make the cheapest way to the"
                                        + " target fund it or not otherwise, beside the stated range of its effect: a"
                                        + " close call when within it, firm when beyond):\n");
        List<String> close = new ArrayList<>();
        for (int i = 0; i < choice.checks().size(); i++) {
            ChoiceCheck c = choice.checks().get(i);
            PortfolioOption o = choice.central().options().get(i);
            Intervention iv = c.candidate();
            // a gap made larger is said so: "closes -57.0 FTE" reads as a misprint to a board
            boolean widens = Rounded.asPrinted(c.centralClosed(), 1) < 0;
            text.append("- ")
                    .append(iv.nameAndCode())
                    .append(String.format(
                            Locale.ROOT,
                            c.funded()
                                    ? ": funded at %s (level %d of %d). On the central run it %s %,.1f FTE for GBP"
                                            + " %,.0f a year."
                                    : ": not funded. At %s (level %d of %d) the central run %s %,.1f FTE for GBP"
                                            + " %,.0f a year.",
                            ScaleWords.of(iv.kind(), c.shownLevel() * iv.scale()),
                            c.shownLevel(),
                            o.maxLevel(),
                            widens ? "widens the gap by" : "closes",
                            Math.abs(Rounded.asPrinted(c.centralClosed(), 1)),
                            Rounded.asPrinted(c.centralCostGbp(), 0)));
            text.append(' ').append(reversedBy(c.switching(), request.targetFte() != null, widens));
            if (c.switching().closeCall()) close.add(iv.nameAndCode());
            if (choice.marginalDraws() > 0)
                text.append(String.format(
                        Locale.ROOT,
                        " Run alone over %d draws (mean, and P10 to P90): %s FTE, GBP %s a year.",
                        choice.marginalDraws(),
                        range(c.closed(), "%,.1f"),
                        range(c.costGbp(), "%,.0f")));
            text.append('\n');
        }
        text.append(
                close.isEmpty()
                        ? "Every decision is firm.\n"
                        : "Close calls: " + String.join(", ", close) + "; the rest are firm.\n");
    }

    /** "A fall of 7.9% in what it closes would drop it; its effect may be 50.0% lower: a close call." */
    static String reversedBy(SwitchingValues.Value v, boolean toTarget, boolean widens) {
        if (v.change() == Double.POSITIVE_INFINITY) {
            if (!v.closes())
                return widens
                        ? "No rise in what it closes would fund it: it widens the gap rather than closing it (firm)."
                        : "No rise in what it closes would fund it: it closes none of the gap (firm).";
            return toTarget
                    ? "No rise in what it closes, up to ten times, would make it part of the cheapest way to the target"
                            + " (firm)."
                    : "No rise in what it closes would fund it: it does not fit the budget (firm).";
        }
        if (v.change() == Double.NEGATIVE_INFINITY)
            return v.closes()
                    ? "No fall in what it closes would drop it: it is funded for its saving, even closing nothing (firm)."
                    : "No fall in what it closes would drop it: it closes none of the gap and is funded for its saving"
                            + " (firm).";
        if (v.funded())
            return String.format(
                    Locale.ROOT,
                    "A fall of %,.1f%% in what it closes would drop it; its effect may be %.1f%% lower: %s.",
                    -100 * v.change(),
                    100 * (1 - v.low()),
                    v.verdict());
        return String.format(
                Locale.ROOT,
                "A rise of %,.1f%% in what it closes would fund it; its effect may be %.1f%% higher: %s.",
                100 * v.change(),
                100 * (v.high() - 1),
                v.verdict());
    }

    /**
     * "1,850.0 (1,049.0 to 3,529.0)", the mean and P10 to P90, as the sentence's opening names them: the mean said
     * so, since for an effect most draws put at nothing and a few far above it, it lies above the P90.
     */
    private static String range(Figure f, String format) {
        int decimals = format.endsWith(".1f") ? 1 : 0;
        return String.format(
                Locale.ROOT,
                format + " (" + format + " to " + format + ")",
                Rounded.asPrinted(f.mean(), decimals),
                Rounded.asPrinted(f.p10(), decimals),
                Rounded.asPrinted(f.p90(), decimals));
    }

    /** " and 4,300.0 run whole at the same values (...)", and what choosing again on the whole runs changed. */
    private static String whole(PortfolioChoice.WholeRun w) {
        String text = String.format(
                Locale.ROOT,
                " and %,.1f run whole at the same values (%s)",
                Rounded.asPrinted(w.closed(), 1),
                overlap(w.addedUp(), w.closed()));
        if (Math.abs(w.closed() - w.firstChoice()) > 0.05)
            text += String.format(
                    Locale.ROOT,
                    "; the first choice, on effects added up (%,.1f), closed %,.1f run whole",
                    Rounded.asPrinted(w.firstAddedUp(), 1),
                    Rounded.asPrinted(w.firstChoice(), 1));
        return text;
    }

    /** How far the whole falls short of (or passes) its parts added up, in words. */
    static String overlap(double addedUp, double whole) {
        if (!(Math.abs(addedUp) > 1e-9)) return "its parts close nothing alone";
        double change = whole / addedUp - 1;
        if (Math.abs(change) < 0.0005) return "the parts add up";
        return String.format(
                Locale.ROOT,
                change < 0
                        ? "%.1f%% less than its parts added up: they overlap"
                        : "%.1f%% more than its parts added up",
                100 * Math.abs(change));
    }
}
