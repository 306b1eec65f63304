package org.skillmix.core.projection;

import java.util.Arrays;

/**
 * P10, P50 and P90 of a month's draws by bucketing instead of comparison selection: a quickselect over
 * 1,000 random floats mispredicts a branch on almost every comparison, while counting into buckets does
 * not branch on the data.
 *
 * <p>Method: with the month's values between min and max, each value x goes to bucket
 * b(x) = floor((x - min) x (B - 1) / (max - min)) of B = {@value #BUCKETS}; b is non-decreasing in x
 * (subtraction, multiplication by a positive number and flooring all keep order), so every value in a
 * lower bucket is below every value in a higher one and the value of rank r lies in the bucket where the
 * running count passes r. Only the values of the (at most six) buckets holding the wanted ranks are
 * collected and sorted. Then the type 7 formula of {@link Quantiles}: with the n values sorted x[0..n-1] and
 * h = (n - 1) p, Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). x[r] is the value of rank
 * r however it is found, so the result equals {@link Quantiles#deciles} exactly. One instance per thread;
 * it allocates nothing per month.
 */
final class DecileSelector {
    static final int BUCKETS = 1024;
    private static final double[] P = {0.1, 0.5, 0.9};

    private final int n;
    /** Per quantile: floor h, h - floor h, and whether rank floor h + 1 is read. */
    private final int[] rank = new int[3];

    private final double[] fraction = new double[3];
    private final boolean[] pair = new boolean[3];
    /** The ranks read, ascending (floor h and floor h + 1 of each quantile; repeats allowed). */
    private final int[] wanted;

    private final float[] values;
    private final short[] bucketOf;
    private final int[] count = new int[BUCKETS];
    /** Per bucket, where its collected values start in picked (-1: not collected), and the rank of its first. */
    private final int[] slot = new int[BUCKETS];

    private final int[] firstRank = new int[BUCKETS];
    private final float[] picked;
    private final int[] pickedStart = new int[7];
    private final int[] pickedBucket = new int[6];
    /** The value of each wanted rank, in the order of wanted. */
    private final float[] rankValue;

    DecileSelector(int draws) {
        n = draws;
        values = new float[draws];
        bucketOf = new short[draws];
        picked = new float[draws];
        int[] ranks = new int[6];
        for (int q = 0; q < 3; q++) {
            double h = (n - 1) * P[q];
            rank[q] = (int) Math.floor(h);
            fraction[q] = h - rank[q];
            pair[q] = rank[q] + 1 < n && h != rank[q];
            ranks[2 * q] = rank[q];
            ranks[2 * q + 1] = pair[q] ? rank[q] + 1 : rank[q];
        }
        wanted = ranks;
        rankValue = new float[6];
        Arrays.fill(slot, -1);
    }

    /** P10, P50 and P90 of month t of a series stored as series[d * months + t] into out[0..2]. */
    void deciles(float[] series, int months, int t, double[] out) {
        deciles(series, 0, months, t, out);
    }

    /** The same for a series stored from offset on: series[offset + d * months + t]. */
    void deciles(float[] series, int offset, int months, int t, double[] out) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (int d = 0, at = offset + t; d < n; d++, at += months) {
            float x = series[at];
            values[d] = x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (!(max > min)) {
            // all draws equal (or one draw): every rank holds the same value
            Arrays.fill(rankValue, values[0]);
        } else {
            selectRanks(min, max);
        }
        for (int q = 0; q < 3; q++) {
            float low = rankValue[2 * q];
            out[q] = pair[q] ? low + fraction[q] * ((double) rankValue[2 * q + 1] - low) : low;
        }
    }

    private void selectRanks(float min, float max) {
        double scale = (BUCKETS - 1) / ((double) max - min);
        Arrays.fill(count, 0);
        for (int d = 0; d < n; d++) {
            int b = Math.min(BUCKETS - 1, (int) (((double) values[d] - min) * scale));
            bucketOf[d] = (short) b;
            count[b]++;
        }
        // the buckets holding the wanted ranks (ascending), each given a stretch of picked
        int buckets = 0, below = 0, w = 0, start = 0;
        for (int b = 0; b < BUCKETS && w < wanted.length; b++) {
            int c = count[b];
            if (c == 0) continue;
            if (wanted[w] < below + c) {
                slot[b] = start;
                firstRank[b] = below;
                pickedBucket[buckets] = b;
                pickedStart[buckets++] = start;
                start += c;
                while (w < wanted.length && wanted[w] < below + c) w++;
            }
            below += c;
        }
        pickedStart[buckets] = start;
        int[] fill = count; // reused as each picked bucket's next free position
        for (int i = 0; i < buckets; i++) fill[pickedBucket[i]] = pickedStart[i];
        for (int d = 0; d < n; d++) {
            int b = bucketOf[d];
            if (slot[b] >= 0) picked[fill[b]++] = values[d];
        }
        for (int i = 0; i < buckets; i++) Arrays.sort(picked, pickedStart[i], pickedStart[i + 1]);
        for (int r = 0; r < wanted.length; r++) {
            int i = 0;
            while (firstRank[pickedBucket[i]] + (pickedStart[i + 1] - pickedStart[i]) <= wanted[r]) i++;
            rankValue[r] = picked[pickedStart[i] + wanted[r] - firstRank[pickedBucket[i]]];
        }
        for (int i = 0; i < buckets; i++) slot[pickedBucket[i]] = -1;
    }
}
