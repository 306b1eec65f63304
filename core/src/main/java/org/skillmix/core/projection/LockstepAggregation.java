package org.skillmix.core.projection;

import java.util.Arrays;

/**
 * {@link SeriesLayout#aggregate} for the four draws a Monte Carlo thread steps side by side: each target's
 * members are looked up once and added into all four draws' sums. Each draw's sums are made of the same
 * members in the same order with the same four partial sums as the one-draw method, so every figure is the
 * same bit for bit; only the index loads and loop overhead are shared (docs/performance.md, "Fixed costs of a
 * run").
 */
final class LockstepAggregation {
    static final int DRAWS = 4;

    private final SeriesLayout layout;

    LockstepAggregation(SeriesLayout layout) {
        this.layout = layout;
    }

    /**
     * Sums the finest vectors v[0..g) into buffers[0..g) (each as {@link SeriesLayout#aggregate} would); with
     * fewer than four draws, one at a time.
     */
    void aggregate(double[][] v, int g, double[][] buffers, int[] offsets, boolean[][] need) {
        if (g != DRAWS) {
            for (int i = 0; i < g; i++) layout.aggregate(v[i], 0, buffers[i], offsets, need);
            return;
        }
        double[][] in = new double[DRAWS][];
        for (int l = 0; l < layout.levels.size(); l++) {
            boolean[] measures = need[l];
            SeriesLevel level = layout.levels.get(l);
            int at = offsets[l];
            int summed = level.summedMeasures();
            int size = level.size;
            int inAt, width;
            SeriesLevel source = level.source < 0 ? null : layout.levels.get(level.source);
            boolean fromFinest = source == null || source.identity;
            if (fromFinest) {
                SeriesLevel finest = source == null ? level : source;
                inAt = finest.capability ? 0 : SeriesLayout.CAPABILITY_SUMMED * layout.cells;
                width = finest.capability ? layout.cells : layout.lines;
            } else {
                inAt = offsets[level.source];
                width = source.size;
            }
            for (int i = 0; i < DRAWS; i++) in[i] = fromFinest ? v[i] : buffers[i];
            for (int m = 0; m < summed; m++) {
                if (!measures[m]) continue;
                int from = inAt + m * width, to = at + m * size;
                if (level.identity) {
                    for (int i = 0; i < DRAWS; i++) System.arraycopy(in[i], from, buffers[i], to, size);
                } else if (size == 1) {
                    for (int i = 0; i < DRAWS; i++) buffers[i][to] = total(in[i], from, width);
                } else if (level.scatter) {
                    scatter(level.map, in, from, width, buffers, to, size);
                } else {
                    gather(level.order, level.start, in, from, buffers, to, size);
                }
            }
            if (level.capability && measures[SeriesLayout.CAPABILITY_SUMMED]) {
                for (double[] b : buffers) {
                    for (int j = 0; j < size; j++) b[at + 3 * size + j] = b[at + j] - b[at + size + j];
                }
            }
        }
    }

    /** The one-draw method's contiguous total: four partial sums. */
    private static double total(double[] in, int from, int width) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < width; i += 4) {
            s0 += in[from + i];
            s1 += in[from + i + 1];
            s2 += in[from + i + 2];
            s3 += in[from + i + 3];
        }
        for (; i < width; i++) s0 += in[from + i];
        return (s0 + s1) + (s2 + s3);
    }

    /** Scattered adds, each target's members in ascending order as in the one-draw method. */
    private static void scatter(int[] map, double[][] in, int from, int width, double[][] out, int to, int size) {
        double[] a = in[0], b = in[1], c = in[2], d = in[3];
        double[] oa = out[0], ob = out[1], oc = out[2], od = out[3];
        for (double[] o : out) Arrays.fill(o, to, to + size, 0);
        for (int i = 0; i < width; i++) {
            int t = to + map[i], f = from + i;
            oa[t] += a[f];
            ob[t] += b[f];
            oc[t] += c[f];
            od[t] += d[f];
        }
    }

    /** Each target's members gathered into four partial sums per draw, the one-draw method's pattern. */
    private static void gather(int[] order, int[] start, double[][] in, int from, double[][] out, int to, int size) {
        double[] a = in[0], b = in[1], c = in[2], d = in[3];
        double[] oa = out[0], ob = out[1], oc = out[2], od = out[3];
        for (int j = 0; j < size; j++) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            int q = start[j], end = start[j + 1];
            for (; q + 3 < end; q += 4) {
                int i0 = from + order[q], i1 = from + order[q + 1], i2 = from + order[q + 2], i3 = from + order[q + 3];
                a0 += a[i0];
                a1 += a[i1];
                a2 += a[i2];
                a3 += a[i3];
                b0 += b[i0];
                b1 += b[i1];
                b2 += b[i2];
                b3 += b[i3];
                c0 += c[i0];
                c1 += c[i1];
                c2 += c[i2];
                c3 += c[i3];
                d0 += d[i0];
                d1 += d[i1];
                d2 += d[i2];
                d3 += d[i3];
            }
            for (; q < end; q++) {
                int i0 = from + order[q];
                a0 += a[i0];
                b0 += b[i0];
                c0 += c[i0];
                d0 += d[i0];
            }
            oa[to + j] = (a0 + a1) + (a2 + a3);
            ob[to + j] = (b0 + b1) + (b2 + b3);
            oc[to + j] = (c0 + c1) + (c2 + c3);
            od[to + j] = (d0 + d1) + (d2 + d3);
        }
    }
}
