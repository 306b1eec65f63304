package org.skillmix.data.boardpack;

import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.projection.Series;
import org.skillmix.data.report.Figures;

/**
 * The pack's figures with their ranges, in one place so every page and the CQC evidence say a range the same way.
 */
final class Ranges {
    private final Figures f = new Figures();

    /** A figure's range as people read it: "P10 11,000 to P90 13,500 FTE". */
    String fte(Figure fig, String unit) {
        return "P10 " + f.whole(fig.p10()) + " to P90 " + f.whole(fig.p90()) + unit;
    }

    /** A sum of money's range: "P10 £1.2m to P90 £3.4m". */
    String money(Figure fig) {
        return "P10 " + f.millions(fig.p10()) + " to P90 " + f.millions(fig.p90());
    }

    /** A figure with its range in a table cell: "12,345 (11,000–13,500)". */
    String cell(Figure fig) {
        return f.whole(fig.mean()) + " (" + f.whole(fig.p10()) + "–" + f.whole(fig.p90()) + ")";
    }

    /** A month of a series with its range where the run kept one. */
    String cell(Series s, int m) {
        if (s == null) return Figures.NONE;
        String mid = f.whole(s.mean()[m]);
        if (s.p10() == null) return mid;
        return mid + " (" + f.whole(s.p10()[m]) + "–" + f.whole(s.p90()[m]) + ")";
    }

    /** What target the portfolio would reach, so a 0% is never left without a hint. */
    String targetHint(ScenarioComparison.YearRow row) {
        return "Reached in 9 draws out of 10: a shortfall below "
                + f.whole(row.targetGap().p90()) + " FTE; in half of the draws: below "
                + f.whole(row.targetGap().p50()) + " FTE.";
    }
}
