package org.skillmix.core.system;

/**
 * season[s,p,m]: activity per day of a service in a place in calendar month m (1-12), over the year's mean
 * activity per day (placeCode "ALL" for every place without its own profile). Each profile's day-weighted
 * mean over a year is 1 ({@link #dayWeightedMean}): a month's multiplier is a rate, not a share of the
 * year, so a short month is not a quiet one.
 */
public record Seasonality(String serviceCode, String placeCode, int month, double multiplier) {

    /**
     * Mean days in each calendar month over the 400-year Gregorian cycle (February 28.2425: 97 leap years
     * in 400), adding up to 365.2425 days a year.
     */
    private static final double[] MEAN_DAYS = {31, 28.2425, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** Mean days in calendar month m (1-12). */
    public static double meanDays(int month) {
        return MEAN_DAYS[month - 1];
    }

    /**
     * A profile's mean over the days of a year: sum_m days[m] * multiplier[m] / sum_m days[m], with the mean
     * Gregorian days of each month. multipliers[0] is January. A flat profile gives exactly 1.
     */
    public static double dayWeightedMean(double[] multipliers) {
        if (multipliers.length != 12) throw new IllegalArgumentException("a profile has 12 months");
        double weighted = 0, days = 0;
        for (int m = 0; m < 12; m++) {
            weighted += MEAN_DAYS[m] * multipliers[m];
            days += MEAN_DAYS[m];
        }
        return weighted / days;
    }
}
