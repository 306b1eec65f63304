package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.data.report.Figures;

/**
 * The pack's "How firm the choice is" ({@link ChoiceCheck}): a row per candidate, and the sentence page one says about
 * it. The ranges are of the one-at-a-time runs' draws ({@code --marginal-draws}), not of the pack's whole runs.
 */
final class ChoiceChecks {
    /** A candidate as the table shows it. */
    record Row(
            String name,
            String code,
            String decision,
            String shown,
            String centralClosed,
            String closed,
            String centralCost,
            String cost,
            String reversedBy,
            String verdict) {}

    private final Figures f = new Figures();
    private final BoardPack pack;
    /** Whether the one-at-a-time runs had draws: without, their columns repeat the central run. */
    private final boolean drawn;

    ChoiceChecks(BoardPack pack) {
        this.pack = pack;
        this.drawn = pack.settings().marginalDraws() > 0;
    }

    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (ChoiceCheck c : pack.checks()) {
            Intervention iv = c.candidate();
            SwitchingValues.Value v = c.switching();
            out.add(new Row(
                    iv.shownName(),
                    iv.code(),
                    v.funded() ? "funded" : "not funded",
                    ScaleWords.of(iv.kind(), c.shownLevel() * iv.scale()),
                    f.whole(c.centralClosed()),
                    drawn(c.closed(), f::whole),
                    money(c.centralCostGbp()),
                    drawn(c.costGbp(), this::money),
                    // widened as the table shows it, in whole FTE: -0.02 reads "0" and is closing none
                    reversedBy(v, Math.round(c.centralClosed()) < 0),
                    v.verdict()));
        }
        return out;
    }

    /** The table's caption: what each column is of. */
    String caption() {
        int draws = pack.settings().marginalDraws();
        return "How firm the choice is: each intervention run alone in "
                + PackYears.of(pack).of(lastYear()) + ", at its funded scale (as given when not funded). The choice"
                + " was made on the central run (every assumption at its most likely value); "
                + (draws > 0
                        ? "the Monte Carlo columns give the mean (P10 to P90) of " + draws + " draws of the same run."
                        : "the one-at-a-time runs had no draws, so they repeat the central run.")
                + " A decision is a close call when the change in the intervention's FTE closed that would reverse it"
                + " lies within the stated range of its effect.";
    }

    /** Page one's sentence: which decisions are close calls, or that every one is firm. */
    String summary() {
        List<String> close = new ArrayList<>();
        for (ChoiceCheck c : pack.checks())
            if (c.switching().closeCall())
                close.add(
                        c.candidate().nameAndCode() + " (" + (c.switching().funded() ? "funded" : "not funded") + ")");
        String basis = "The choice was made on one run with every assumption at its most likely value, so it does not"
                + " change with the number of draws or the seed. ";
        if (close.isEmpty())
            return basis + "Every decision in it is firm: none would change within the stated range of an"
                    + " intervention's effect (\"How firm the choice is\").";
        return basis + "Close calls, whose decision would change within the stated range of the intervention's"
                + " effect: " + String.join(", ", close) + "; the rest are firm (\"How firm the choice is\").";
    }

    /** "1,481 (722 to 2,474)": "to", not a dash, as a figure may be below 0; the mean alone without draws. */
    private String drawn(Figure fig, DoubleFunction<String> format) {
        if (!drawn) return format.apply(fig.mean());
        return format.apply(fig.mean()) + " (" + format.apply(fig.p10()) + " to " + format.apply(fig.p90()) + ")";
    }

    /** "£64.9m", and a saving "-£16.9m". */
    private String money(double gbp) {
        return gbp < 0 ? "-" + f.millions(-gbp) : f.millions(gbp);
    }

    /**
     * "a fall of 46.0%; its effect may be 50.0% lower": the switching value beside the end of the stated range that
     * bears on it (the low end for a funded intervention, the high end for one left out), or why none would.
     */
    private String reversedBy(SwitchingValues.Value v, boolean widens) {
        if (v.change() == Double.POSITIVE_INFINITY)
            return v.closes()
                    ? "none: it does not fit the budget"
                    : widens ? "none: it widens the gap rather than closing it" : "none: it closes none of the gap";
        if (v.change() == Double.NEGATIVE_INFINITY)
            return "none: it closes none of the gap and is funded for its saving";
        if (v.funded())
            return "a fall of " + f.share(-v.change()) + "; its effect may be " + f.share(1 - v.low()) + " lower";
        return "a rise of " + f.share(v.change()) + "; its effect may be " + f.share(v.high() - 1) + " higher";
    }

    private int lastYear() {
        List<Integer> years = pack.comparison().years();
        return years.get(years.size() - 1);
    }
}
