package org.skillmix.core.winter;

import java.util.Objects;

/**
 * Extra demand in a surge: for the weeks fromWeek..toWeek of the plan, the demand of one service and/or
 * capability (and optionally one place) rises by a percentage of its baseline or by a number of FTE.
 * A null code matches every service, capability or place.
 *
 * @param source where the uplift was written (e.g. "surge.csv:3"), so a problem found while planning can
 *               name it
 * @param amount percent for {@link Unit#PERCENT} (15 = +15%), FTE for {@link Unit#FTE}; more than 0
 */
public record SurgeUplift(
        String source,
        String serviceCode,
        String capabilityCode,
        String placeCode,
        int fromWeek,
        int toWeek,
        Unit unit,
        double amount) {

    public enum Unit {
        /** Baseline demand of every matching row x (1 + amount / 100); percentages of rows that overlap add up. */
        PERCENT,
        /** amount FTE added, spread over the matching rows in proportion to their baseline demand that week. */
        FTE
    }

    public SurgeUplift {
        Objects.requireNonNull(source);
        Objects.requireNonNull(unit);
        if (fromWeek < 1 || toWeek < fromWeek)
            throw new IllegalArgumentException(source + ": need 1 <= from week <= to week");
        if (!(amount > 0)) throw new IllegalArgumentException(source + ": the uplift must be more than 0");
    }

    public boolean inWeek(int week) {
        return week >= fromWeek && week <= toWeek;
    }

    boolean matches(WinterRow row) {
        return (serviceCode == null || serviceCode.equals(row.serviceCode()))
                && (capabilityCode == null || capabilityCode.equals(row.capabilityCode()))
                && (placeCode == null || placeCode.equals(row.placeCode()));
    }

    /** What the uplift applies to, for messages: "UEC / all capabilities / all places". */
    public String scope() {
        return (serviceCode == null ? "all services" : serviceCode) + " / "
                + (capabilityCode == null ? "all capabilities" : capabilityCode) + " / "
                + (placeCode == null ? "all places" : placeCode);
    }
}
