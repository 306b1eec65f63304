package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.skillmix.core.supply.SupplyAdjuster;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * Projects a system: demand, supply and the skill-mix gap, month by month, deterministically or by Monte
 * Carlo. Build one per model (it precomputes the model's indexes) and call {@link #run} as often as
 * wanted; runs are independent and the projector is thread-safe.
 *
 * <h2>Reproducibility</h2>
 * Draw d samples every uncertain parameter once, in a fixed order, from its own stream seeded by
 * (seed, d) ({@link UncertainParameters#sample}), then runs the monthly recurrence. Draws are cut into
 * chunks of {@value #DRAWS_PER_CHUNK} consecutive draws whatever the thread count; threads take chunks in
 * order; each chunk sums its draws in a fixed order (groups of four consecutive draws, see LOCKSTEP) and
 * chunk sums are added in chunk order. So every figure is bit-for-bit the same for any number of threads.
 *
 * <h2>Bounded memory</h2>
 * A run keeps, independent of the number of draws:
 * <ul>
 * <li>the running sums for the means of the finest figures (every capability x sector x place cell's
 *     demand, supply and unmet FTE, and the ten measures of every organisation x role line), one
 *     months-long array per chunk being summed (at most 2 x threads + 1 chunks are alive); every total's
 *     mean is then the sum of its members' means;</li>
 * <li>per-draw values as floats for as many series as fit a budget ({@value #DEFAULT_QUANTILE_BUDGET}
 *     floats by default, about 240 MB; each series takes months x draws), filled in this fixed priority
 *     order: the system totals (capability measures over all capabilities, sectors and places; role
 *     measures over all roles and organisations); then by capability, by place and by sector, and by role,
 *     by sector and by place for the role measures; then capability x place; then by organisation and role
 *     x sector; then capability x sector and sector x place; then capability x sector x place; last the
 *     finest role x organisation series. Within a level the order is measure, then the model's order of
 *     codes. Series beyond the budget carry the mean only (p10 = p50 = p90 = null).</li>
 * </ul>
 *
 * <h2>Quantiles</h2>
 * P10, P50 and P90 are exact over the draws, by linear interpolation between order statistics (Hyndman
 * and Fan type 7, as Excel's PERCENTILE.INC and numpy's default): with the n values sorted x[0..n-1] and
 * h = (n - 1) p, Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). Per-draw values are
 * kept as floats, so quantiles carry float precision (about 7 significant digits); means are summed in
 * double. In a deterministic run (draws = 0) p10 = p50 = p90 = mean for every series. The order statistics
 * are found by counting each month's draws into buckets ({@link DecileSelector}), exact like a sort.
 *
 * <h2>Allocation workspaces</h2>
 * The draws a thread steps side by side share one set of allocation solvers ({@link
 * ProjectionKernel#newWorkers}): a solve keeps nothing between months that can change its answer.
 */
public final class Projector {
    public static final long DEFAULT_QUANTILE_BUDGET = 60_000_000L;
    public static final int DRAWS_PER_CHUNK = 24;
    /**
     * Draws of a chunk run side by side, LOCKSTEP at a time, so one pass over the month's running sums adds
     * all of them (the sums are far larger than the caches; this divides their memory traffic). The
     * grouping depends only on draw indices, so it does not affect reproducibility.
     */
    static final int LOCKSTEP = 4;
    /** The longest horizon ProjectionSettings allows (30 years); the kernel is prepared for it once. */
    static final int MAX_MONTHS = 360;

    private final SystemModel model;
    private final long quantileBudget;
    private final ProjectionKernel kernel;
    private final SeriesLayout layout;
    private final int[] activeCells;
    private final DrawAdjusters adjusters;

    /**
     * Each draw's supply adjuster (a scenario's interventions with that draw's sampled effects); null
     * adjusters run the plain model.
     */
    public interface DrawAdjusters {
        SupplyAdjuster forDraw(long seed, int draw);

        /** The deterministic run's adjuster (every effect at its mode). */
        SupplyAdjuster modes();
    }

    public Projector(SystemModel model) {
        this(model, DEFAULT_QUANTILE_BUDGET);
    }

    /**
     * A projector for runs of at most months months: the kernel prepares each month's certain demand up front, so
     * one made for the run's own horizon does a third of the work of {@link #MAX_MONTHS} on a ten-year run.
     */
    public static Projector upTo(SystemModel model, int months) {
        return new Projector(new ProjectionKernel(model, months), DEFAULT_QUANTILE_BUDGET, null);
    }

    /** quantileBudget: the most per-draw floats kept for quantiles (see the class comment). */
    public Projector(SystemModel model, long quantileBudget) {
        this(new ProjectionKernel(model, MAX_MONTHS), quantileBudget, null);
    }

    /**
     * A projector over a prepared kernel (one widened for a scenario's new roles and upskilling) whose draws
     * are adjusted by adjusters (null: none). The kernel must be prepared for at least the run's months.
     */
    public Projector(ProjectionKernel kernel, long quantileBudget, DrawAdjusters adjusters) {
        this.model = kernel.model();
        this.quantileBudget = quantileBudget;
        this.kernel = kernel;
        this.layout = new SeriesLayout(kernel);
        this.activeCells = kernel.activeCells();
        this.adjusters = adjusters;
    }

    public SystemModel model() {
        return model;
    }

    /** The prepared recurrence, for benchmarks and explanations. */
    public ProjectionKernel kernel() {
        return kernel;
    }

    public Projection run(ProjectionSettings settings, ProgressListener progress) {
        kernel.supply().requireRunnable(settings.baseline());
        int months = settings.months();
        if (months > kernel.months())
            throw new IllegalArgumentException(
                    "a run of " + months + " months on a kernel prepared for " + kernel.months());
        List<YearMonth> monthList = new ArrayList<>(months);
        for (int t = 0; t < months; t++) monthList.add(model.info().baseMonth().plusMonths(t));
        int vector = layout.vectorLength;
        List<SeriesLayout.Spec> specs = layout.specs;

        if (settings.deterministic()) {
            double[] values = new double[months * vector];
            ProjectionKernel.Worker worker = kernel.newWorker(settings.baseline());
            double[] v = new double[vector];
            worker.begin(kernel.parameters().modes(), adjusters == null ? null : adjusters.modes());
            for (int t = 0; t < months; t++) {
                worker.step(t);
                fillFinest(worker, v);
                System.arraycopy(v, 0, values, t * vector, vector);
            }
            progress.drawsCompleted(1, 1);
            double[][] means = means(values, months);
            List<Series> series = new ArrayList<>(specs.size());
            for (int s = 0; s < specs.size(); s++) {
                double[] mean = means[s];
                series.add(new Series(specs.get(s).key(), mean, mean.clone(), mean.clone(), mean.clone()));
            }
            return new Projection(settings, monthList, series);
        }

        int draws = settings.draws();
        long perSeries = (long) months * draws;
        int stored = perSeries > Integer.MAX_VALUE - 8 ? 0 : (int) Math.min(specs.size(), quantileBudget / perSeries);
        DrawStore store = new DrawStore(stored, (int) perSeries);
        boolean[][] need = layout.needFor(stored);

        SpreadSample spread = new SpreadSample(kernel, months, draws);
        MonteCarlo mc = new MonteCarlo(settings, months, draws, stored, store, need, spread, progress);
        double[] sums = mc.run();
        for (int i = 0; i < sums.length; i++) sums[i] /= draws;
        double[][] means = means(sums, months);
        double[][][] quantiles = quantiles(store, months, draws, settings.threads());
        List<Series> series = new ArrayList<>(specs.size());
        for (int s = 0; s < specs.size(); s++) {
            SeriesKey key = specs.get(s).key();
            if (s < stored) series.add(new Series(key, means[s], quantiles[s][0], quantiles[s][1], quantiles[s][2]));
            else series.add(new Series(key, means[s], null, null, null));
        }
        return new Projection(
                settings, monthList, series, spread.drivers(settings.seed(), kernel.groups(settings.baseline())));
    }

    /** The month's finest vector: demand, supply, unmet of each active cell, then the line measures. */
    private void fillFinest(ProjectionKernel.Worker w, double[] v) {
        int cells = layout.cells;
        double[] demand = w.demandCells(), supply = w.supplyCells(), unmet = w.unmetCells();
        for (int j = 0; j < cells; j++) {
            int c = activeCells[j];
            v[j] = demand[c];
            v[cells + j] = supply[c];
            v[2 * cells + j] = unmet[c];
        }
        double[] lines = w.lineOut();
        System.arraycopy(lines, 0, v, SeriesLayout.CAPABILITY_SUMMED * cells, lines.length);
    }

    /** acc += v[0] + ... + v[g-1], summed in the same tree order every time. */
    private static void addInFixedOrder(double[] acc, int offset, double[][] v, int g, int length) {
        double[] a = v[0];
        switch (g) {
            case 1 -> {
                for (int j = 0; j < length; j++) acc[offset + j] += a[j];
            }
            case 2 -> {
                double[] b = v[1];
                for (int j = 0; j < length; j++) acc[offset + j] += a[j] + b[j];
            }
            case 3 -> {
                double[] b = v[1], c = v[2];
                for (int j = 0; j < length; j++) acc[offset + j] += (a[j] + b[j]) + c[j];
            }
            default -> {
                double[] b = v[1], c = v[2], d = v[3];
                for (int j = 0; j < length; j++) acc[offset + j] += (a[j] + b[j]) + (c[j] + d[j]);
            }
        }
    }

    /** Every series' monthly mean from the finest means (totals are sums of their members' means). */
    private double[][] means(double[] finest, int months) {
        List<SeriesLayout.Spec> specs = layout.specs;
        double[][] means = new double[specs.size()][months];
        boolean[][] all = layout.needAll();
        double[] buffer = layout.newBuffer();
        int[] offsets = layout.levelOffsets();
        int[] position = new int[specs.size()];
        for (int s = 0; s < specs.size(); s++) position[s] = layout.position(specs.get(s), offsets);
        for (int t = 0; t < months; t++) {
            layout.aggregate(finest, t * layout.vectorLength, buffer, offsets, all);
            for (int s = 0; s < specs.size(); s++) means[s][t] = buffer[position[s]];
        }
        return means;
    }

    /**
     * [series][p10, p50, p90][month], type 7, computed in parallel over series (each independent), by
     * bucketing ({@link DecileSelector}).
     */
    private static double[][][] quantiles(DrawStore store, int months, int draws, int threads) {
        int stored = store.series();
        double[][][] out = new double[stored][3][months];
        if (stored == 0) return out;
        AtomicInteger next = new AtomicInteger();
        Runnable task = () -> {
            DecileSelector selector = new DecileSelector(draws);
            double[] three = new double[3];
            for (int s = next.getAndIncrement(); s < stored; s = next.getAndIncrement()) {
                float[] slab = store.slab(s);
                int offset = store.offset(s);
                for (int t = 0; t < months; t++) {
                    selector.deciles(slab, offset, months, t, three);
                    out[s][0][t] = three[0];
                    out[s][1][t] = three[1];
                    out[s][2][t] = three[2];
                }
            }
        };
        WorkerThreads.run(task, threads, "skillmix-projection");
        return out;
    }

    /** The Monte Carlo loop: chunks of draws on worker threads, summed in chunk order. */
    private final class MonteCarlo {
        private final ProjectionSettings settings;
        private final int months;
        private final int draws;
        private final int stored;
        private final DrawStore store;
        private final boolean[][] need;
        private final SpreadSample spread;
        private final ProgressListener progress;
        private final int chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final AtomicInteger completed = new AtomicInteger();
        private final Object lock = new Object();
        private final double[][] finished;
        private final List<double[]> spare = new ArrayList<>();
        private final double[] total;
        private int nextToMerge;
        private final int window;

        MonteCarlo(
                ProjectionSettings settings,
                int months,
                int draws,
                int stored,
                DrawStore store,
                boolean[][] need,
                SpreadSample spread,
                ProgressListener progress) {
            this.settings = settings;
            this.months = months;
            this.draws = draws;
            this.stored = stored;
            this.store = store;
            this.need = need;
            this.spread = spread;
            this.progress = progress;
            this.chunks = (draws + DRAWS_PER_CHUNK - 1) / DRAWS_PER_CHUNK;
            this.finished = new double[chunks][];
            this.total = new double[months * layout.vectorLength];
            this.window = 2 * settings.threads();
        }

        double[] run() {
            WorkerThreads.run(this::work, Math.min(settings.threads(), chunks), "skillmix-projection");
            return total;
        }

        private void work() {
            ProjectionKernel.Worker[] workers = kernel.newWorkers(settings.baseline(), LOCKSTEP);
            double[][] vs = new double[LOCKSTEP][layout.vectorLength];
            // each draw's stored values as [month][series], written in order and transposed once per draw
            float[][] scratch = new float[LOCKSTEP][months * stored];
            double[][] buffers = new double[LOCKSTEP][];
            for (int i = 0; i < LOCKSTEP; i++) buffers[i] = layout.newBuffer();
            LockstepAggregation lockstep = new LockstepAggregation(layout);
            int[] offsets = layout.levelOffsets();
            int[] position = new int[stored];
            for (int s = 0; s < stored; s++) position[s] = layout.position(layout.specs.get(s), offsets);
            int vector = layout.vectorLength;
            while (true) {
                int chunk = nextChunk.getAndIncrement();
                if (chunk >= chunks) return;
                double[] acc = takeAccumulator(chunk);
                int from = chunk * DRAWS_PER_CHUNK, to = Math.min(draws, from + DRAWS_PER_CHUNK);
                for (int first = from; first < to; first += LOCKSTEP) {
                    int g = Math.min(LOCKSTEP, to - first);
                    for (int i = 0; i < g; i++) {
                        workers[i].begin(
                                kernel.parameters().sample(settings.seed(), first + i),
                                adjusters == null ? null : adjusters.forDraw(settings.seed(), first + i));
                    }
                    for (int t = 0; t < months; t++) {
                        for (int i = 0; i < g; i++) {
                            workers[i].step(t);
                            spread.record(first + i, t, workers[i]);
                            fillFinest(workers[i], vs[i]);
                        }
                        if (stored > 0) {
                            // the draws' months side by side: each index of the sums is read once for all of them
                            lockstep.aggregate(vs, g, buffers, offsets, need);
                            int at = t * stored;
                            for (int i = 0; i < g; i++) {
                                float[] sc = scratch[i];
                                double[] buffer = buffers[i];
                                for (int s = 0; s < stored; s++) sc[at + s] = (float) buffer[position[s]];
                            }
                        }
                        addInFixedOrder(acc, t * vector, vs, g, vector);
                    }
                    for (int i = 0; i < g; i++) {
                        int base = (first + i) * months;
                        float[] sc = scratch[i];
                        for (int s = 0; s < stored; s++) {
                            float[] slab = store.slab(s);
                            int at = store.offset(s) + base;
                            for (int t = 0; t < months; t++) slab[at + t] = sc[t * stored + s];
                        }
                        progress.drawsCompleted(completed.incrementAndGet(), draws);
                    }
                }
                merge(chunk, acc);
            }
        }

        /** A zeroed accumulator, after waiting while this chunk is too far ahead of the merged prefix. */
        private double[] takeAccumulator(int chunk) {
            synchronized (lock) {
                while (chunk - nextToMerge > window) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("projection interrupted", e);
                    }
                }
                if (!spare.isEmpty()) {
                    double[] acc = spare.remove(spare.size() - 1);
                    Arrays.fill(acc, 0);
                    return acc;
                }
            }
            return new double[months * layout.vectorLength];
        }

        private void merge(int chunk, double[] acc) {
            synchronized (lock) {
                finished[chunk] = acc;
                while (nextToMerge < chunks && finished[nextToMerge] != null) {
                    double[] done = finished[nextToMerge];
                    for (int i = 0; i < total.length; i++) total[i] += done[i];
                    finished[nextToMerge] = null;
                    spare.add(done);
                    nextToMerge++;
                }
                lock.notifyAll();
            }
        }
    }
}
