package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.report.Figures;

/**
 * Page one's risks, in words: what drives the spread of the net gap, how the portfolio was chosen and how sure the
 * solver is, whether the portfolio may close nothing, and the baseline assumed.
 */
final class Risks {
    private Risks() {}

    static List<String> of(BoardPack pack, int lastYear) {
        Figures f = new Figures();
        List<String> risks = new ArrayList<>();
        pack.projection()
                .spreadDrivers()
                .ifPresent(d -> d.targets().stream()
                        .filter(t -> t.sector().equals(SeriesKey.ALL))
                        .max(Comparator.comparingInt(t -> t.year()))
                        .ifPresent(t -> risks.add(drivers(
                                ProjectionYear.monthLabel(t.month()),
                                t.indices().shares(),
                                pack.settings().draws()))));
        pack.portfolio().ifPresent(p -> {
            risks.add("The optimiser measured each intervention's effect alone, at each scale it could be funded"
                    + " at, in one run at the most likely values, chose on those effects added up, then ran the"
                    + " portfolio whole and chose again on each intervention's effect in it" + whole(pack, f, lastYear)
                    + ". The figures above come from running the portfolio whole on the draws, so interactions and"
                    + " the spread are counted in them.");
            if (!p.proven())
                risks.add("The solver stopped at " + p.solverState() + " without proving the portfolio best.");
        });
        if (pack.hasRecommendation()) {
            ScenarioComparison.YearRow rec = pack.lastYear(BoardPack.RECOMMENDED);
            if (!pack.hasDraws()) {
                if (rec.targetGapClosed().mean() <= 0)
                    risks.add("At the most likely values the portfolio closes nothing by "
                            + PackYears.of(pack).of(lastYear)
                            + ": its effect rests on the interventions' stated effects.");
            } else if (rec.targetGapClosed().p10() <= 0)
                risks.add("In at least one draw in ten the portfolio closes nothing by "
                        + PackYears.of(pack).of(lastYear)
                        + ": its effect rests on the interventions' stated effect ranges.");
        }
        risks.add(
                "The baseline assumes the " + pack.settings().baseline().label().toLowerCase(Locale.ROOT) + ": "
                        + pack.settings().baseline().description() + ".");
        return risks;
    }

    /**
     * The sentence on what drives the spread of the net gap in the month: the (at most three) largest assumption
     * groups whose share of its variance can be told from chance ({@link FirstOrderIndices#distinguishable}: more
     * than twice its standard error). A share within noise is not named.
     */
    static String drivers(String month, List<FirstOrderIndices.Share> shares, int draws) {
        Figures f = new Figures();
        List<FirstOrderIndices.Share> sorted = shares.stream()
                .sorted(Comparator.comparingDouble(s -> -s.index()))
                .toList();
        List<String> top = sorted.stream()
                .filter(FirstOrderIndices.Share::distinguishable)
                .limit(3)
                .map(s -> s.group().label().toLowerCase(Locale.ROOT) + " (" + f.share(s.index()) + ")")
                .toList();
        boolean leftOut =
                sorted.stream().anyMatch(s -> s.index() >= FirstOrderIndices.SMALLEST_NAMED && !s.distinguishable());
        if (top.isEmpty())
            return "No assumption group's share of the variance of the net gap in " + month
                    + " is more than twice its standard error with " + draws
                    + " draws: too few draws to name what drives the uncertainty.";
        return "What drives the uncertainty of the net gap in " + month + ": " + String.join(", ", top)
                + " of its variance. If these come out worse than assumed, the shortfall is nearer its P90."
                + (leftOut
                        ? " The other groups' shares are within twice their standard errors of 0 with " + draws
                                + " draws, too few to tell them from chance."
                        : "");
    }

    /**
     * " (in 2034/35 its 6 interventions add up to 5,588 FTE closed alone and close 4,300 together; ...)": what the
     * overlap takes, and what choosing again on the whole runs gained.
     */
    private static String whole(BoardPack pack, Figures f, int lastYear) {
        PortfolioChoice.WholeRun w = pack.whole();
        if (w == null || !(w.addedUp() > 0)) return "";
        String text = " (in " + PackYears.of(pack).of(lastYear) + " its "
                + pack.recommended().size()
                + " interventions add up to " + f.whole(w.addedUp()) + " FTE closed alone and close "
                + f.whole(w.closed()) + " together";
        if (Math.abs(w.closed() - w.firstChoice()) > 0.5)
            text += "; the first choice, on effects added up, " + f.whole(w.firstAddedUp()) + " FTE, closed "
                    + f.whole(w.firstChoice()) + " together";
        return text + ")";
    }
}
