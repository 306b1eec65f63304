package org.skillmix.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The linear relaxation of a multiple-choice knapsack with one constraint, the bound {@link BranchAndBound} prunes
 * with: options in a fixed order, each with a point (cost, value) per level (level 0 at (0, 0)), where an option may
 * take any mix of its levels. Its best mix lies on the upper convex hull of its points, so the relaxation's optimum
 * over the options from k on takes each option's cheapest best point, then the hull's segments in order of value per
 * cost, the last in part (Sinha and Zoltners, 1979). A level may cost less than nothing (a bank that saves more on
 * agency than it costs): each option then starts from its leftmost point, and what it saves widens the capacity
 * left for the rest. Valid when every point is finite ({@link #valid}).
 */
final class LevelHull {
    /** One step along an option's hull: from one point to the next, dearer and worth more. */
    private record Segment(int option, double cost, double value) {}

    private final boolean valid;
    /** [k]: the sum over options from k on of the value of each one's best cheapest point. */
    private final double[] baseFrom;
    /** [k]: the sum over options from k on of the cost of that point (below 0 only for a saving). */
    private final double[] baseCostFrom;

    private final Segment[] segments;

    /** @param points [option][level][0 cost, 1 value] in the order the search fixes the options */
    LevelHull(double[][][] points) {
        int m = points.length;
        boolean ok = true;
        baseFrom = new double[m + 1];
        baseCostFrom = new double[m + 1];
        List<Segment> all = new ArrayList<>();
        double[] base = new double[m], baseCost = new double[m];
        for (int j = 0; j < m; j++) {
            for (double[] p : points[j]) ok &= Double.isFinite(p[0]) && Double.isFinite(p[1]);
            if (!ok) break;
            double[][] hull = hull(points[j]);
            base[j] = hull[0][1];
            baseCost[j] = hull[0][0];
            for (int h = 1; h < hull.length; h++)
                all.add(new Segment(j, hull[h][0] - hull[h - 1][0], hull[h][1] - hull[h - 1][1]));
        }
        valid = ok;
        for (int j = m - 1; j >= 0; j--) {
            baseFrom[j] = baseFrom[j + 1] + base[j];
            baseCostFrom[j] = baseCostFrom[j + 1] + baseCost[j];
        }
        // value per cost, best first; along one option's hull the ratios fall, so its segments keep their order
        all.sort(Comparator.comparingDouble((Segment s) -> -s.value / s.cost));
        segments = all.toArray(new Segment[0]);
    }

    boolean valid() {
        return valid;
    }

    /** The relaxation's most value from the options from k on within this capacity; +infinity when not valid. */
    double maxValue(int k, double capacity) {
        if (!valid) return Double.POSITIVE_INFINITY;
        double left = capacity - baseCostFrom[k];
        if (left < 0) return Double.NEGATIVE_INFINITY;
        double value = baseFrom[k];
        for (Segment s : segments) {
            if (s.option < k) continue;
            if (s.cost <= left) {
                value += s.value;
                left -= s.cost;
            } else {
                return value + s.value * left / s.cost;
            }
        }
        return value;
    }

    /**
     * The relaxation's least cost for the options from k on to reach this value; +infinity when they cannot,
     * -infinity (no bound) when not valid.
     */
    double minCost(int k, double target) {
        if (!valid) return Double.NEGATIVE_INFINITY;
        double need = target - baseFrom[k], cost = baseCostFrom[k];
        if (need <= 0) return cost;
        for (Segment s : segments) {
            if (s.option < k) continue;
            if (s.value >= need) return cost + s.cost * need / s.value;
            need -= s.value;
            cost += s.cost;
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The upper convex hull of an option's points from its cheapest best one (which costs less than nothing for a
     * saving): costs rising, values rising, value per cost falling. Each point is {cost, value}; level 0's (0, 0) is
     * among them.
     */
    static double[][] hull(double[][] points) {
        double[][] sorted = points.clone();
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> -p[1]));
        List<double[]> h = new ArrayList<>();
        for (double[] p : sorted) {
            // a point no better than a cheaper (or as cheap) one is never worth its cost
            if (!h.isEmpty() && p[1] <= h.get(h.size() - 1)[1]) continue;
            while (h.size() >= 2 && !above(h.get(h.size() - 2), h.get(h.size() - 1), p)) h.remove(h.size() - 1);
            h.add(p);
        }
        return h.toArray(new double[0][]);
    }

    /** Whether b lies strictly above the line from a to c (so the slope falls at b). */
    private static boolean above(double[] a, double[] b, double[] c) {
        return (b[1] - a[1]) * (c[0] - a[0]) > (c[1] - a[1]) * (b[0] - a[0]);
    }
}
