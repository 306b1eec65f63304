package org.skillmix.core.projection;

/**
 * Exact sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, as
 * Excel's PERCENTILE.INC and numpy's default): with the n values sorted x[0..n-1] and h = (n - 1) p,
 * Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). Found by selection, not a full sort.
 */
public final class Quantiles {
    private Quantiles() {}

    /** Type 7 quantile of values; reorders values in place. */
    public static double type7(float[] values, double p) {
        return type7(values, p, 0, values.length - 1);
    }

    /** P10, P50 and P90 of values into out[0..2]; reorders values in place. */
    public static void deciles(float[] values, double[] out) {
        int n = values.length;
        // select the median first; P10's ranks then lie at or below it and P90's at or above it
        out[1] = type7(values, 0.5, 0, n - 1);
        int mid = (int) Math.floor((n - 1) * 0.5);
        // positions 0..mid now hold exactly ranks 0..mid, and mid..n-1 ranks mid..n-1
        int lo10 = (int) Math.floor((n - 1) * 0.1);
        out[0] = type7(values, 0.1, 0, lo10 + 1 <= mid ? mid : n - 1);
        out[2] = type7(values, 0.9, mid, n - 1);
    }

    /**
     * Type 7 quantile of the whole array, given that ranks lo and lo + 1 of the quantile are known to lie in
     * [left, right] (the array is already partitioned around that range).
     */
    private static double type7(float[] values, double p, int left, int right) {
        int n = values.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        float low = select(values, lo, left, right);
        if (lo + 1 >= n || h == lo) return low;
        // after selecting rank lo, everything above index lo is >= it, so rank lo + 1 is their minimum
        float high = values[lo + 1];
        for (int i = lo + 2; i <= right; i++) if (values[i] < high) high = values[i];
        return low + (h - lo) * ((double) high - low);
    }

    /** The k-th smallest (0-based), Hoare's quickselect with median-of-three pivots; partitions values. */
    static float select(float[] a, int k) {
        return select(a, k, 0, a.length - 1);
    }

    private static float select(float[] a, int k, int left, int right) {
        while (right > left) {
            int mid = (left + right) >>> 1;
            if (a[mid] < a[left]) swap(a, mid, left);
            if (a[right] < a[left]) swap(a, right, left);
            if (a[right] < a[mid]) swap(a, right, mid);
            float pivot = a[mid];
            int i = left, j = right;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return a[k];
        }
        return a[k];
    }

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
