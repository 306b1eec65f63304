package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.Map;

/**
 * The daily discharge flow model. For each pathway p and day t, with B the backlog of patients no longer
 * meeting the criteria to reside, a the day's arrivals, w the weekday factor, C the staffed capacity and K
 * the matching friction:
 *
 * <pre>
 *   exits[p,t] = min(B[p,t], w(t) · C[p] · B[p,t] / (B[p,t] + K[p]))      (= min(B, w·C) when K = 0)
 *   B[p,t+1]   = B[p,t] + share[p] · a[t] − exits[p,t]
 * </pre>
 *
 * Nothing is created or lost: each day start + arrivals − exits = end, for every pathway.
 */
public final class DischargeFlowModel {

    /**
     * Runs the model over the given daily arrivals (all pathways together, split by the arrival shares).
     */
    public DischargeRun run(
            DischargeSite site, LocalDate start, double[] arrivals, Map<Pathway, Double> initialBacklog) {
        int n = arrivals.length;
        int k = Pathway.values().length;
        double[][] b = new double[k][n + 1];
        double[][] a = new double[k][n];
        double[][] e = new double[k][n];
        for (Pathway p : Pathway.values()) {
            double b0 = initialBacklog.getOrDefault(p, 0.0);
            Checks.nonNegative(b0, "initial backlog of " + p);
            b[p.ordinal()][0] = b0;
        }
        // The pathways' parameters by ordinal, and the arrival check's message only when it fails: this loop runs
        // for every day of every draw of a board pack's discharge benefit, so a map look-up or a string built per
        // day was most of its time (docs/performance.md, "Board pack").
        PathwayParameters[] parameters = new PathwayParameters[k];
        for (Pathway p : Pathway.values())
            parameters[p.ordinal()] = site.pathways().get(p);
        int firstWeekday = start.getDayOfWeek().getValue() - 1;
        double[] w = site.weekdayFactors();
        for (int t = 0; t < n; t++) {
            double arrived = arrivals[t];
            if (!(arrived >= 0) || Double.isInfinite(arrived)) Checks.nonNegative(arrived, "arrivals on day " + t);
            double factor = w[(firstWeekday + t) % 7];
            for (int i = 0; i < k; i++) {
                PathwayParameters pp = parameters[i];
                double share = pp == null ? 0 : pp.arrivalShare();
                double out = pp == null ? 0 : pp.exits(b[i][t], factor);
                a[i][t] = share * arrived;
                e[i][t] = out;
                b[i][t + 1] = b[i][t] + a[i][t] - out;
            }
        }
        return new DischargeRun(site, start, b, a, e);
    }

    /** Splits a total backlog by the site's arrival shares (the best guess without pathway counts). */
    public static Map<Pathway, Double> splitByShare(DischargeSite site, double total) {
        var out = new java.util.EnumMap<Pathway, Double>(Pathway.class);
        site.pathways().forEach((p, pp) -> out.put(p, total * pp.arrivalShare()));
        return out;
    }

    /** A constant arrival rate for n days. */
    public static double[] constant(double perDay, int days) {
        double[] a = new double[days];
        java.util.Arrays.fill(a, perDay);
        return a;
    }
}
