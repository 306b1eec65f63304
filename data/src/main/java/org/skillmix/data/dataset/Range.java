package org.skillmix.data.dataset;

/** The values a number column allows, with the rule as a planner reads it. */
record Range(double min, boolean minIncluded, double max, String rule) {

    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, "");
    static final Range NON_NEGATIVE = new Range(0, true, Double.POSITIVE_INFINITY, "must be 0 or more");
    static final Range POSITIVE = new Range(0, false, Double.POSITIVE_INFINITY, "must be more than 0");
    static final Range SHARE = new Range(0, true, 1, "must be a share between 0 and 1 (write 0.12 for 12 %)");
    static final Range POSITIVE_SHARE =
            new Range(0, false, 1, "must be more than 0 and at most 1 (write 0.5 for half the time)");

    boolean allows(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        return aboveMin && value <= max;
    }
}
