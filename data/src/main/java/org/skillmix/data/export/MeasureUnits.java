package org.skillmix.data.export;

import org.skillmix.core.measure.Measure;

/** The unit each measure is reported in and how many decimals the exports keep. */
public final class MeasureUnits {
    /** FTE to 4 decimals keeps a 0.1 hour-a-week difference visible; money to the penny. */
    private static final int FTE_DECIMALS = 4;

    private static final int GBP_DECIMALS = 2;

    private MeasureUnits() {}

    public static int decimals(Measure measure) {
        return measure == Measure.PAY_COST_GBP ? GBP_DECIMALS : FTE_DECIMALS;
    }

    /**
     * True for measures that count what happens during a month (leavers, cost...) rather than a level
     * at that month; a year's figure of these is the sum of its months.
     */
    public static boolean monthlyFlow(Measure measure) {
        return switch (measure) {
            case LEAVERS_FTE, RECRUITS_FTE, QUALIFIERS_FTE, TRANSFERS_IN_FTE, TRANSFERS_OUT_FTE, PAY_COST_GBP -> true;
            default -> false;
        };
    }

    public static String unit(Measure measure) {
        if (measure == Measure.PAY_COST_GBP) return "GBP per month";
        return monthlyFlow(measure) ? "FTE per month" : "FTE";
    }
}
