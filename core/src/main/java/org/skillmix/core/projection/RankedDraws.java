package org.skillmix.core.projection;

import java.util.Arrays;

/**
 * P10, P50 and P90 of one series month after month, keeping its draws sorted from one month to the next.
 * A draw's parameters are fixed for the whole run, so its place among the draws changes little between
 * consecutive months: last month's order is nearly this month's. Insertion sort from it costs
 * n + (number of draws that changed places) moves instead of a fresh selection; a month that reorders
 * more than {@value #MOVES_PER_DRAW} x n pairs (a series that jumps, or the first month) is sorted
 * outright.
 *
 * <p>The quantiles are then read off the sorted values by the type 7 formula of {@link Quantiles}: with the
 * n values sorted x[0..n-1] and h = (n - 1) p, Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 * A sorted array has the same order statistics as a selection finds, so the result equals
 * {@link Quantiles#deciles} exactly. One instance per thread; it allocates nothing per month.
 */
final class RankedDraws {
    static final int MOVES_PER_DRAW = 16;
    private static final double[] P = {0.1, 0.5, 0.9};

    private final int draws;
    /** This month's values in ascending order, and the draw each came from. */
    private final float[] sorted;

    private final int[] draw;
    private final long[] keys;

    RankedDraws(int draws) {
        this.draws = draws;
        sorted = new float[draws];
        draw = new int[draws];
        keys = new long[draws];
    }

    /** Starts a new series: the draws in their own order. */
    void reset() {
        for (int d = 0; d < draws; d++) draw[d] = d;
    }

    /**
     * P10, P50 and P90 of month t of a series stored as values[d * months + t] into out[0..2]; months must be
     * taken in order after {@link #reset} (any order gives the right answer, order makes it fast).
     */
    void deciles(float[] values, int months, int t, double[] out) {
        for (int i = 0; i < draws; i++) sorted[i] = values[draw[i] * months + t];
        if (!insertionSort()) sortOutright();
        for (int q = 0; q < 3; q++) out[q] = type7(P[q]);
    }

    /** Sorts sorted[] (with draw[]) in place; false when it gave up after too many moves. */
    private boolean insertionSort() {
        long budget = (long) MOVES_PER_DRAW * draws;
        for (int i = 1; i < draws; i++) {
            float v = sorted[i];
            if (!(v < sorted[i - 1])) continue;
            int d = draw[i];
            int j = i - 1;
            // strict comparison: equal values keep their order, so ties never move
            while (j >= 0 && sorted[j] > v) {
                sorted[j + 1] = sorted[j];
                draw[j + 1] = draw[j];
                j--;
            }
            sorted[j + 1] = v;
            draw[j + 1] = d;
            budget -= i - 1 - j;
            if (budget < 0) return false;
        }
        return true;
    }

    /**
     * A full sort of (value, draw) pairs. Each value's bits are mapped to an int that orders like the float
     * (negative floats have their magnitude bits flipped), put above the draw index in a long, and the longs
     * sorted: no NaN reaches here, and -0 sorting before +0 is harmless (they are equal as numbers).
     */
    private void sortOutright() {
        for (int i = 0; i < draws; i++) {
            int bits = Float.floatToRawIntBits(sorted[i]);
            bits ^= (bits >> 31) & 0x7fffffff;
            keys[i] = ((long) bits << 32) | draw[i];
        }
        Arrays.sort(keys);
        for (int i = 0; i < draws; i++) {
            int bits = (int) (keys[i] >> 32);
            bits ^= (bits >> 31) & 0x7fffffff;
            sorted[i] = Float.intBitsToFloat(bits);
            draw[i] = (int) keys[i];
        }
    }

    private double type7(double p) {
        double h = (draws - 1) * p;
        int lo = (int) Math.floor(h);
        float low = sorted[lo];
        if (lo + 1 >= draws || h == lo) return low;
        return low + (h - lo) * ((double) sorted[lo + 1] - low);
    }
}
