package org.skillmix.data.boardpack;

import org.skillmix.core.intervention.ScenarioComparison;

/**
 * What the pack says of the acute bed days the portfolio saves. Page one says in words why they have a range, as
 * a People Board reads it; the discharge model's own account, priors, rejected draws and the fitted K, is in the
 * assumptions for whoever checks the method.
 */
final class BedDays {
    private BedDays() {}

    /** Page one's words: why the bed days saved are a range, or one figure. */
    static String why(ScenarioComparison.Discharge d) {
        return d.benefit().identified()
                ? "One figure: the published discharge data pin down how much homecare the ICS can provide."
                : "A range, because the published discharge data cannot pin down how much homecare the ICS can"
                        + " provide: it is worked out for every amount that fits the data (see Assumptions).";
    }

    /** Where the bed days saved come from, as the discharge model states it; empty without a portfolio's benefit. */
    static String basis(BoardPack pack) {
        if (!pack.hasRecommendation()) return "";
        return pack.lastYear(BoardPack.RECOMMENDED)
                .discharge()
                .map(d -> "Acute bed days saved by faster discharge, page one: "
                        + d.benefit().basis() + " (docs/discharge.md).")
                .orElse("");
    }
}
