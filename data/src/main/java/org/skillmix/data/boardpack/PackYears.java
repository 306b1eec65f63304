package org.skillmix.data.boardpack;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.skillmix.data.export.ProjectionYear;

/**
 * How the pack names a projection year. A projection year is the twelve months from the dataset's base month, so it
 * is a financial year ("2034/35", ending in March) only when the base month is April. A dataset may start in any
 * month: one starting in January had its year of January to December 2025 printed as "2024/25 (March 2025)" and its
 * December figures headed "Net gap in March". Such a year is named by its last month instead ("the year to Dec
 * 2025"), and the month-end columns by that month.
 *
 * @param financial whether the years are financial years (the base month is April)
 * @param lastMonths each year's last month, in order
 * @param labels     the comparison's label of each year (its first month's financial year), in the same order
 */
record PackYears(boolean financial, List<YearMonth> lastMonths, List<Integer> labels) {

    static PackYears of(BoardPack pack) {
        List<YearMonth> months = pack.projection().months();
        return new PackYears(
                months.get(0).getMonth() == Month.APRIL,
                ProjectionYear.of(months).stream()
                        .map(ProjectionYear::lastMonth)
                        .toList(),
                pack.comparison().years());
    }

    /** In a sentence: "2034/35", or "the year to Dec 2025" when the years are not financial years. */
    String of(int comparisonYear) {
        int i = labels.indexOf(comparisonYear);
        if (i < 0) throw new IllegalArgumentException("no year " + comparisonYear + " in the pack's comparison");
        return inText(i);
    }

    /** The i-th year in a sentence. */
    String inText(int i) {
        YearMonth last = lastMonths.get(i);
        return financial ? CqcEvidence.fy(last.getYear() - 1) : "the year to " + ProjectionYear.monthLabel(last);
    }

    /** The i-th year on a chart's axis: "2034/35", or "Dec 2025". */
    String axis(int i) {
        YearMonth last = lastMonths.get(i);
        return financial ? CqcEvidence.fy(last.getYear() - 1) : ProjectionYear.monthLabel(last);
    }

    /** The i-th year heading a table's row: "2034/35 (March 2035)", or "Year to Dec 2025". */
    String row(int i) {
        YearMonth last = lastMonths.get(i);
        return financial
                ? CqcEvidence.fy(last.getYear() - 1) + " (" + monthName() + " " + last.getYear() + ")"
                : "Year to " + ProjectionYear.monthLabel(last);
    }

    /** The month every year ends in, in full: "March" for financial years. */
    String monthName() {
        return lastMonths.get(0).getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** What a year is, for a caption: "financial year", or "year (twelve months to December)". */
    String kind() {
        return financial ? "financial year" : "year (twelve months to " + monthName() + ")";
    }
}
