package org.skillmix.core.winter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.supply.Baseline;

/**
 * Weekly demand and supply through a season: rows week by week (weeks ascending, then organisation, service,
 * capability, place). Week w runs from {@code from + 7(w - 1)} to {@code from + 7w - 1}.
 *
 * @param baseline the supply baseline the season's supply was projected on
 */
public record WinterPlan(LocalDate from, int weeks, List<WinterRow> rows, Baseline baseline) {

    /** A shortfall under this (half a hundredth of an FTE) rounds to nothing in the mutual-aid plan. */
    static final double SMALLEST_SHORTFALL_FTE = 0.005;

    public WinterPlan {
        rows = List.copyOf(rows);
        java.util.Objects.requireNonNull(baseline, "baseline");
    }

    public LocalDate weekStart(int week) {
        return from.plusDays(7L * (week - 1));
    }

    public LocalDate weekEnding(int week) {
        return from.plusDays(7L * week - 1);
    }

    /** Sum over the rows of one week. */
    public double total(int week, Measure measure) {
        double total = 0;
        for (WinterRow r : rows) if (r.week() == week) total += measure.of(r);
        return total;
    }

    /**
     * The shortfalls the mutual-aid optimiser plans against: every row short by at least half a hundredth of
     * an FTE, at its place, critical when its service is.
     */
    public List<Shortfall> shortfalls() {
        List<Shortfall> out = new ArrayList<>();
        for (WinterRow r : rows) {
            double fte = r.shortfallFte();
            if (fte < SMALLEST_SHORTFALL_FTE) continue;
            out.add(new Shortfall(
                    "W" + r.week() + ":" + r.orgCode() + ":" + r.serviceCode() + ":" + r.capabilityCode() + ":"
                            + r.placeCode(),
                    r.week(),
                    weekEnding(r.week()),
                    r.orgCode(),
                    r.serviceCode(),
                    r.placeCode(),
                    r.capabilityCode(),
                    fte,
                    r.critical()));
        }
        return out;
    }

    /** What a weekly total adds up. */
    public enum Measure {
        BASELINE_DEMAND,
        DEMAND,
        SUPPLY,
        SHORTFALL;

        public double of(WinterRow r) {
            return switch (this) {
                case BASELINE_DEMAND -> r.baselineDemandFte();
                case DEMAND -> r.demandFte();
                case SUPPLY -> r.supplyFte();
                case SHORTFALL -> r.shortfallFte();
            };
        }
    }
}
