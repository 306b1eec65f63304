package org.skillmix.core.metrics;

/**
 * The metrics NHS England holds an ICS to account on for urgent and emergency care flow, the A&E four-hour
 * standard for context, and the workforce indicators. Each has its unit, the direction that is better and
 * a threshold with where it comes from; a metric with no national threshold has NaN and says so.
 */
public enum SystemMetric {
    CALL_111_ABANDONMENT(
            "111 calls abandoned",
            "share",
            false,
            0.05,
            "NHS 111 service specification: fewer than 5% of calls abandoned"),
    CALL_999_ANSWER_MEAN(
            "999 mean call answering time",
            "seconds",
            false,
            10,
            "Delivery plan for recovering urgent and emergency care services (2023): 10 seconds mean"),
    CATEGORY_2_MEAN(
            "Category 2 ambulance mean response",
            "minutes",
            false,
            30,
            "NHS planning guidance 2023/24 and 2024/25: 30 minutes mean (constitutional standard 18)"),
    HANDOVER_HOURS_LOST(
            "Hours lost to ambulance handover delays",
            "hours per day",
            false,
            Double.NaN,
            "no national number: handovers over 15 minutes count as lost time, none should exceed 45 minutes"),
    GA_OCCUPANCY(
            "Adult general and acute bed occupancy",
            "share",
            false,
            0.92,
            "Delivery plan for recovering urgent and emergency care services (2023): 92% or below"),
    NCTR_SHARE_OF_BEDS(
            "Beds occupied by patients not meeting the criteria to reside",
            "share",
            false,
            Double.NaN,
            "no national threshold: tracked for a falling trend (NHS England discharge sitrep)"),
    AE_FOUR_HOUR(
            "A&E attendances seen within 4 hours",
            "share",
            true,
            0.78,
            "NHS planning guidance 2024/25: 78% by March 2025"),
    VACANCY_RATE("Vacancy rate", "share", false, Double.NaN, "local target: no national threshold"),
    LEAVER_RATE("Leaver rate (annual)", "share", false, Double.NaN, "local target: no national threshold"),
    SICKNESS_RATE("Sickness absence rate", "share", false, Double.NaN, "local target: no national threshold"),
    AGENCY_SHARE(
            "Agency share of the pay bill",
            "share",
            false,
            0.032,
            "NHS planning guidance 2024/25: agency spending 3.2% of the pay bill");

    /**
     * The six metrics NHS England holds every system to account on for urgent and emergency care (Delivery plan
     * for recovering urgent and emergency care services, January 2023, "system-level metrics"): every page and
     * pack shows each of them, with a figure or "no data".
     */
    public static java.util.List<SystemMetric> uecSystemMetrics() {
        return java.util.List.of(
                CALL_111_ABANDONMENT,
                CALL_999_ANSWER_MEAN,
                CATEGORY_2_MEAN,
                HANDOVER_HOURS_LOST,
                GA_OCCUPANCY,
                NCTR_SHARE_OF_BEDS);
    }

    public boolean uecSystemMetric() {
        return uecSystemMetrics().contains(this);
    }

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;
    private final double threshold;
    private final String thresholdSource;

    SystemMetric(String label, String unit, boolean higherIsBetter, double threshold, String thresholdSource) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.threshold = threshold;
        this.thresholdSource = thresholdSource;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public double threshold() {
        return threshold;
    }

    public String thresholdSource() {
        return thresholdSource;
    }

    /** Whether a value meets the threshold; true when there is none. */
    public boolean meets(double value) {
        if (Double.isNaN(threshold)) return true;
        return higherIsBetter ? value >= threshold : value <= threshold;
    }

    /** The metric named by its code in a CSV (the enum name, any case, '-' or ' ' for '_'). */
    public static java.util.Optional<SystemMetric> fromCode(String code) {
        String key = code.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_')
                .replace(' ', '_');
        for (SystemMetric m : values()) if (m.name().equals(key)) return java.util.Optional.of(m);
        return java.util.Optional.empty();
    }
}
