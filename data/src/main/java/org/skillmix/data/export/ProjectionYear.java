package org.skillmix.data.export;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One year of a projection: twelve months from the base month (year 1 starts at the base month, so with
 * an April base month it is a financial year). Exports report year-end levels at {@link #lastMonth}
 * and year totals of monthly flows over first..last.
 *
 * @param number     1 for the first year
 * @param firstIndex index of the year's first month in Projection.months()
 * @param lastIndex  index of its last month
 */
public record ProjectionYear(int number, int firstIndex, int lastIndex, YearMonth lastMonth) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** The years of a run's months; a trailing part-year (never made by the engine) counts as a year. */
    public static List<ProjectionYear> of(List<YearMonth> months) {
        List<ProjectionYear> years = new ArrayList<>();
        for (int first = 0; first < months.size(); first += 12) {
            int last = Math.min(first + 11, months.size() - 1);
            years.add(new ProjectionYear(first / 12 + 1, first, last, months.get(last)));
        }
        return years;
    }

    /**
     * The years a summary table shows: all of them up to five, else years 1, 5, 10, 15... and the last,
     * so a 15- or 30-year run still fits a page width.
     */
    public static List<ProjectionYear> milestones(List<ProjectionYear> years) {
        if (years.size() <= 5) return years;
        List<ProjectionYear> chosen = new ArrayList<>();
        for (ProjectionYear year : years) {
            boolean last = year.number() == years.size();
            if (year.number() == 1 || year.number() % 5 == 0 || last) chosen.add(year);
        }
        return chosen;
    }

    /** "Mar 2026". */
    public static String monthLabel(YearMonth month) {
        return MONTH.format(month);
    }

    /** "Year 1 (to Mar 2026)". */
    public String label() {
        return "Year " + number + " (to " + monthLabel(lastMonth) + ")";
    }
}
