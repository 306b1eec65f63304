package org.skillmix.core.projection;

import java.util.Arrays;
import java.util.List;
import org.skillmix.core.supply.StaffExperienceEffect;

/**
 * The sustained pressure on each workforce line, P(i,t) of {@link StaffExperienceEffect}, as one worker measures it
 * draw by draw (docs/method.md "Staff experience"):
 *
 * <pre>
 *   G(g,t) = sum of unmet / sum of demand over the cells of allocation group g in month t (0 without demand)
 *   B(g)   = mean of G(g, 0..11) in the plain draw: the base year
 *   P(i,t) = sum_g w(i,g) x [mean G(g, t-12..t-1) - B(g)] / sum_g w(i,g)   for t > 12, and 0 up to month 12
 * </pre>
 *
 * with w(i,g) the catchment share of line i's organisation in group g. Pressure is measured against the base year
 * because the leaver and sickness rates of workforce.csv were measured in it: they already carry the pressure staff
 * were under then, so only a change from it may move them. Measured as a level instead, a place the catchments leave
 * short by construction would lose staff faster from the first month for no reason in the data.
 *
 * <p>B is the plain draw's, even in a draw with interventions: the rates were measured without them, and an
 * intervention that eases the base year must show as eased pressure, not move the reference with it. A worker keeps
 * B with the parameter values it was measured for, so a scenario run straight after its draw's baseline (as a
 * comparison runs them) reuses it; otherwise the worker first runs the base year plainly ({@link #knowsBaseOf}).
 */
final class SustainedPressure {
    static final int WINDOW = StaffExperienceEffect.WINDOW_MONTHS;

    private final List<AllocationGroup> groups;
    private final int[][] lineGroups;
    private final double[][] lineGroupShares;
    /** The last WINDOW months' gap shares by group, month t at t % WINDOW, and their running sum. */
    private final double[][] ring;

    private final double[] sum;
    private final double[] base;
    /** The parameter values whose plain draw measured base (null while none has). */
    private double[] baseFor;

    private double[] values;
    private boolean plain;

    SustainedPressure(List<AllocationGroup> groups, int[][] lineGroups, double[][] lineGroupShares) {
        this.groups = groups;
        this.lineGroups = lineGroups;
        this.lineGroupShares = lineGroupShares;
        ring = new double[WINDOW][groups.size()];
        sum = new double[groups.size()];
        base = new double[groups.size()];
    }

    /** Starts a draw with these parameter values; plain: without interventions, so it measures B. */
    void start(double[] values, boolean plain) {
        for (double[] month : ring) Arrays.fill(month, 0);
        Arrays.fill(sum, 0);
        this.values = values;
        this.plain = plain;
        // a plain draw rewrites B as it runs, so B no longer belongs to the values it was measured for
        if (plain) baseFor = null;
    }

    /** Whether B is that of the plain draw with exactly these parameter values. */
    boolean knowsBaseOf(double[] values) {
        return baseFor != null && Arrays.equals(baseFor, values);
    }

    /** After month t's allocations: records G(g,t); a plain draw's month 11 completes its base year B. */
    void record(int t, double[] demandCells, double[] unmetCells) {
        double[] slot = ring[t % WINDOW];
        for (int g = 0; g < sum.length; g++) {
            double d = 0, u = 0;
            for (int c : groups.get(g).cells()) {
                d += demandCells[c];
                u += unmetCells[c];
            }
            double share = d > 0 ? u / d : 0;
            sum[g] += share - slot[g];
            slot[g] = share;
        }
        if (plain && t == WINDOW - 1) {
            for (int g = 0; g < sum.length; g++) base[g] = sum[g] / WINDOW;
            baseFor = values.clone();
        }
    }

    /** Before month t: each line's P(i,t) into pressure (0 up to month 12, when the window is the base year). */
    void linePressures(int t, double[] pressure) {
        if (t <= WINDOW) {
            Arrays.fill(pressure, 0);
            return;
        }
        for (int i = 0; i < pressure.length; i++) {
            int[] gs = lineGroups[i];
            double[] w = lineGroupShares[i];
            double change = 0, weight = 0;
            for (int k = 0; k < gs.length; k++) {
                change += w[k] * (sum[gs[k]] / WINDOW - base[gs[k]]);
                weight += w[k];
            }
            pressure[i] = weight > 0 ? change / weight : 0;
        }
    }
}
