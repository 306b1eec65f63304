package org.skillmix.core.metrics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Where the ICS stands on one metric, for a page or pack that shows every metric whether or not it has
 * figures: the ICS's latest figure, or none ("no data"), how many organisations have figures of their own,
 * and whether the ICS's figure is stale.
 *
 * <p>A figure is stale when its month is more than {@link #STALE_AFTER_MONTHS} months before {@code asOf},
 * the newest month of any metric the dataset holds. NHS England publishes its monthly statistics about six
 * weeks after the month ends, so a series three months behind the newest figure has missed at least one
 * publication: it was not refreshed when the others were.
 *
 * @param ics the ICS's latest status, or null when the dataset has no ICS figure for the metric
 * @param organisations how many organisations (not the ICS) have figures for the metric
 * @param asOf the newest month of any metric in the dataset, or null when it has none
 */
public record MetricHeadline(SystemMetric metric, MetricStatus ics, int organisations, YearMonth asOf) {

    public static final int STALE_AFTER_MONTHS = 3;

    /** A month as the run's report and the pages write it (data's ProjectionYear.monthLabel): "Mar 2026". */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public boolean hasData() {
        return ics != null;
    }

    /** Months between the ICS's latest figure and the newest figure of the dataset (0 without a figure). */
    public long monthsBehind() {
        return ics == null ? 0 : ChronoUnit.MONTHS.between(ics.month(), asOf);
    }

    public boolean stale() {
        return monthsBehind() > STALE_AFTER_MONTHS;
    }

    /**
     * The figure's date in words: "Mar 2026"; "Aug 2025, stale: 7 months before Mar 2026"; "no data"; or, when
     * only organisations have figures, "no ICS figure (2 organisations have figures)".
     */
    public String when() {
        if (ics == null) {
            if (organisations == 0) return "no data";
            return "no ICS figure (" + organisations
                    + (organisations == 1 ? " organisation has" : " organisations have") + " figures)";
        }
        String stale = staleness(ics.month(), asOf);
        return stale.isEmpty() ? words(ics.month()) : words(ics.month()) + ", " + stale;
    }

    /** "stale: 7 months before Mar 2026" for a figure of a month more than three months before asOf, else "". */
    public static String staleness(YearMonth month, YearMonth asOf) {
        long behind = ChronoUnit.MONTHS.between(month, asOf);
        return behind > STALE_AFTER_MONTHS ? "stale: " + behind + " months before " + words(asOf) : "";
    }

    /** "Mar 2026". */
    public static String words(YearMonth month) {
        return MONTH.format(month);
    }
}
