package org.skillmix.data.report;

/**
 * How far the projection's P10–P90 ranges held against history, said wherever a reader is shown a range: the
 * back-test of every ICB from June 2018 to 2024/25 (docs/backtest.md, "Every ICB"; rerun with
 * app/src/test/backtest/all-icbs.sh and update the figure and date here when the engine's spread changes).
 */
public final class RangeCalibration {
    /** One sentence for the report and the board pack's glossary. */
    public static final String HOW_FAR_TO_TRUST =
            "How far to trust a range: projected from June 2018, the NHS trusts' total staff of each of England's 42"
                    + " ICBs lay inside its P10 to P90 in 72% of the months of 2024/25, where a range as wide as the"
                    + " uncertainty holds 80% (back-test of 6 December 2026, docs/backtest.md): the true uncertainty"
                    + " is somewhat wider.";

    private RangeCalibration() {}
}
