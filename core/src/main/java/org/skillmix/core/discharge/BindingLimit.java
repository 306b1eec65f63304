package org.skillmix.core.discharge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which pathway at which site binds: utilisation = the pathway's mean arrivals / its staffed capacity. At
 * or above 1 the backlog grows without end; the nearer 1, the more a unit of capacity saves (with friction
 * K the steady backlog is K·a/(C − a), whose slope in C is −B/(C − a)).
 */
public record BindingLimit(
        String site,
        Pathway pathway,
        double arrivalsPerDay,
        double capacityPerDay,
        double utilisation,
        double steadyBacklog) {

    /** Every site's pathways, the most binding first. */
    public static List<BindingLimit> rank(List<DischargeSite> sites, java.util.Map<String, Double> meanArrivals) {
        List<BindingLimit> out = new ArrayList<>();
        for (DischargeSite site : sites) {
            double a = meanArrivals.getOrDefault(site.code(), 0.0);
            site.pathways().forEach((p, pp) -> {
                double ap = a * pp.arrivalShare();
                double u = pp.capacityPerDay() == 0 ? Double.POSITIVE_INFINITY : ap / pp.capacityPerDay();
                out.add(new BindingLimit(site.code(), p, ap, pp.capacityPerDay(), u, steady(ap, pp)));
            });
        }
        out.sort(Comparator.comparingDouble(BindingLimit::utilisation).reversed());
        return out;
    }

    /**
     * Steady backlog (the start-of-day count) for constant arrivals a and no weekday pattern: max(a,
     * K·a/(C − a)), since exits C·B/(B+K) = a gives B = K·a/(C − a) unless the whole backlog can leave each
     * day, when only the day's arrivals are left to count; infinite when a ≥ C.
     */
    public static double steady(double a, PathwayParameters pp) {
        if (a >= pp.capacityPerDay()) return Double.POSITIVE_INFINITY;
        return Math.max(a, pp.halfSaturation() * a / (pp.capacityPerDay() - a));
    }
}
