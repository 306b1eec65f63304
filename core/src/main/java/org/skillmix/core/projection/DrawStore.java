package org.skillmix.core.projection;

/**
 * The per-draw values kept for quantiles: series s holds months x draws floats, draw d's month t at
 * {@code offset(s) + d * months + t} of {@code slab(s)}.
 *
 * <p>Why slabs: a run keeps hundreds of such series (240 MB on GM with 1,000 draws). Allocated one array
 * per series (480 kB each), every one was born in G1's young generation and copied to the old one by the
 * first collections of the run (tens of milliseconds of pauses) while the heap grew to hold both copies.
 * Slabs of {@value #SLAB_FLOATS} floats are humongous objects, allocated straight into old regions and
 * never copied, and a run's memory is the store plus a little rather than about twice it.
 */
final class DrawStore {
    /** Floats per slab (64 MB): large enough to be humongous for any G1 region size, small enough to find. */
    static final int SLAB_FLOATS = 1 << 24;

    private final int series;
    private final int perSeries;
    private final int seriesPerSlab;
    private final float[][] slabs;

    /** series x perSeries floats; perSeries = months x draws (a series wider than a slab has a slab of its own). */
    DrawStore(int series, int perSeries) {
        this.series = series;
        this.perSeries = perSeries;
        this.seriesPerSlab = Math.max(1, SLAB_FLOATS / Math.max(1, perSeries));
        int count = (series + seriesPerSlab - 1) / seriesPerSlab;
        this.slabs = new float[count][];
        for (int i = 0; i < count; i++) {
            int members = Math.min(seriesPerSlab, series - i * seriesPerSlab);
            slabs[i] = new float[members * perSeries];
        }
    }

    int series() {
        return series;
    }

    float[] slab(int s) {
        return slabs[s / seriesPerSlab];
    }

    int offset(int s) {
        return (s % seriesPerSlab) * perSeries;
    }
}
