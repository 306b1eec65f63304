package org.skillmix.core.discharge;

import java.time.LocalDate;

/**
 * The months a discharge study trains on and holds back, in whole months: the held-back months end with the last
 * full month the daily series has, and the training months come just before them. Dates are [from, to).
 *
 * @param last      the series' last published day
 * @param trainFrom the first training day
 * @param testFrom  the first held-back day (the day after training ends)
 * @param testTo    the day after the last held-back day
 */
public record StudyWindow(LocalDate last, LocalDate trainFrom, LocalDate testFrom, LocalDate testTo) {

    /**
     * The window for a series: testTo is the first day of the month after the last full month published.
     *
     * @throws IllegalArgumentException when the training and held-back months start before the series
     */
    public static StudyWindow of(NctrSeries series, int heldBackMonths, int trainingMonths) {
        if (heldBackMonths < 1 || trainingMonths < 2) {
            throw new IllegalArgumentException("held-back months must be >= 1 and training months >= 2");
        }
        LocalDate last = series.date(series.days() - 1);
        // A series ending on a month's last day has that month whole; otherwise its month is incomplete.
        LocalDate testTo = last.getDayOfMonth() == last.lengthOfMonth()
                ? last.plusDays(1)
                : last.plusDays(1).withDayOfMonth(1);
        LocalDate testFrom = testTo.minusMonths(heldBackMonths);
        LocalDate trainFrom = testFrom.minusMonths(trainingMonths);
        if (trainFrom.isBefore(series.start())) {
            throw new IllegalArgumentException(String.format(
                    "the series starts %s: %d training + %d held-back months do not fit",
                    series.start(), trainingMonths, heldBackMonths));
        }
        return new StudyWindow(last, trainFrom, testFrom, testTo);
    }

    /** Days held back. */
    public int heldBackDays() {
        return (int) (testTo.toEpochDay() - testFrom.toEpochDay());
    }
}
