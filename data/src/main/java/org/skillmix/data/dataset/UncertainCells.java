package org.skillmix.data.dataset;

import java.util.Optional;
import org.skillmix.core.uncertainty.Interval;

/**
 * An uncertain parameter's three cells NAME_low, NAME_mode and NAME_high read as one {@link Interval}: only
 * NAME_mode means certain; all blank takes the default, or is an error when there is none. Each cell is held
 * to the bound; only the mode is warned about when unusual, since a low or high is meant to reach out.
 */
final class UncertainCells {

    private UncertainCells() {}

    static Interval read(DataRow row, String name, Bound bound, Double defaultValue) {
        String lowColumn = name + "_low";
        String modeColumn = name + "_mode";
        String highColumn = name + "_high";
        String lowText = Optional.ofNullable(row.cell(lowColumn)).orElse("");
        String modeText = row.cell(modeColumn);
        String highText = Optional.ofNullable(row.cell(highColumn)).orElse("");
        boolean lowGiven = !lowText.isEmpty();
        boolean highGiven = !highText.isEmpty();
        if (modeText == null || modeText.isEmpty()) {
            if (lowGiven || highGiven) {
                row.error(
                        modeColumn,
                        "is blank but " + (lowGiven ? lowColumn : highColumn)
                                + " is given; give the most likely value in " + modeColumn + " too");
                return Interval.fixed(0);
            }
            if (defaultValue != null) return Interval.fixed(defaultValue);
            if (modeText == null) {
                row.markBad();
            } else {
                row.error(modeColumn, "is blank; it must be filled in (" + row.meaning(modeColumn) + ")");
            }
            return Interval.fixed(0);
        }
        Optional<Double> mode = row.checkedNumber(modeColumn, modeText, bound, true);
        if (lowGiven != highGiven) {
            String blank = lowGiven ? highColumn : lowColumn;
            String given = lowGiven ? lowColumn : highColumn;
            row.error(
                    blank,
                    "is blank but " + given + " is given; give both " + lowColumn + " and " + highColumn
                            + ", or neither when the value is certain");
            return Interval.fixed(0);
        }
        if (!lowGiven) return mode.map(Interval::fixed).orElse(Interval.fixed(0));
        Optional<Double> low = row.checkedNumber(lowColumn, lowText, bound, false);
        Optional<Double> high = row.checkedNumber(highColumn, highText, bound, false);
        if (low.isEmpty() || mode.isEmpty() || high.isEmpty()) return Interval.fixed(0);
        if (low.get() > mode.get()) {
            row.error(
                    lowColumn,
                    lowColumn + " " + DataRow.format(low.get()) + " is above " + modeColumn + " "
                            + DataRow.format(mode.get()) + "; need low <= mode <= high");
            return Interval.fixed(0);
        }
        if (mode.get() > high.get()) {
            row.error(
                    highColumn,
                    highColumn + " " + DataRow.format(high.get()) + " is below " + modeColumn + " "
                            + DataRow.format(mode.get()) + "; need low <= mode <= high");
            return Interval.fixed(0);
        }
        return new Interval(low.get(), mode.get(), high.get());
    }
}
