package org.skillmix.data.boardpack;

import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.projection.Series;
import org.skillmix.data.report.Figures;

/**
 * The pack's figures with their ranges, in one place so every page and the CQC evidence say a range the same way.
 * A run without draws (0 draws: every assumption at its most likely value; the web makes a plan's pack from such a
 * run) has every quantile equal to its one value, and "P10 17,680 to P90 17,680" would read as a range the data
 * pinned down: such a pack says plainly that there is no range instead.
 */
final class Ranges {
    /** What stands for a range in a pack from a run without draws. */
    static final String NONE = "no range: one run at the most likely values";

    private final Figures f = new Figures();
    private final boolean drawn;

    /** @param drawn whether the figures come from draws; false: one run at the most likely values */
    Ranges(boolean drawn) {
        this.drawn = drawn;
    }

    static Ranges of(BoardPack pack) {
        return new Ranges(pack.hasDraws());
    }

    boolean drawn() {
        return drawn;
    }

    /** A figure's range as people read it: "P10 11,000 to P90 13,500 FTE". */
    String fte(Figure fig, String unit) {
        if (!drawn) return NONE;
        return "P10 " + f.whole(fig.p10()) + " to P90 " + f.whole(fig.p90()) + unit;
    }

    /** A sum of money's range: "P10 £1.2m to P90 £3.4m". */
    String money(Figure fig) {
        if (!drawn) return NONE;
        return "P10 " + f.millions(fig.p10()) + " to P90 " + f.millions(fig.p90());
    }

    /** A range in brackets after a figure in a sentence, " (P10 11,000 to P90 13,500)"; nothing without draws. */
    String bracketed(Figure fig, String unit) {
        return drawn ? " (" + fte(fig, unit) + ")" : "";
    }

    /** " (P10 £1.2m to P90 £3.4m)" after a sum of money in a sentence; nothing without draws. */
    String bracketedMoney(Figure fig) {
        return drawn ? " (" + money(fig) + ")" : "";
    }

    /** A figure with its range in a table cell: "12,345 (11,000–13,500)"; the figure alone without draws. */
    String cell(Figure fig) {
        if (!drawn) return f.whole(fig.mean());
        return f.whole(fig.mean()) + " (" + f.whole(fig.p10()) + "–" + f.whole(fig.p90()) + ")";
    }

    /** A month of a series with its range where the run kept one. */
    String cell(Series s, int m) {
        if (s == null) return Figures.NONE;
        String mid = f.whole(s.mean()[m]);
        if (!drawn || s.p10() == null) return mid;
        return mid + " (" + f.whole(s.p10()[m]) + "–" + f.whole(s.p90()[m]) + ")";
    }

    /** What target the portfolio would reach, so a 0% is never left without a hint. */
    String targetHint(ScenarioComparison.YearRow row) {
        return "Reached in 9 draws out of 10: a shortfall below "
                + f.whole(row.targetGap().p90()) + " FTE; in half of the draws: below "
                + f.whole(row.targetGap().p50()) + " FTE.";
    }
}
