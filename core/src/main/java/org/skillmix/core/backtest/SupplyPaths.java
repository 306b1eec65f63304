package org.skillmix.core.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.WorkerThreads;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.supply.SupplyState;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The supply side of a projection alone, draw by draw, kept for the units and months a back-test compares: each
 * unit's FTE in a month is its scale times the sum over its organisations' lines of the month's mean staff in post,
 * (S[t] + S[t + 1]) / 2 (the published figure is FTE days over the days of the month, a mean over the month, and
 * S[t] is the stock at its start). Draw d takes the same parameter values as draw d of a projection of the same
 * dataset and seed ({@link UncertainParameters#sample}, registered by {@link ProjectionKernel}); each draw writes
 * its own slots, so the values do not depend on the number of threads. No demand or allocation is computed.
 */
final class SupplyPaths {
    private static final int DRAWS_PER_CHUNK = 16;

    private SupplyPaths() {}

    /**
     * values[unit][month][draw] for the month indices given (months after the base month; draws 0 runs once at every
     * parameter's mode and gives one value per month).
     */
    static float[][][] run(
            SystemModel model,
            Baseline baseline,
            List<BacktestUnit> units,
            int[] monthIndex,
            int draws,
            long seed,
            int threads,
            ProgressListener progress) {
        int last = 0;
        for (int t : monthIndex) {
            if (t < 0) throw new IllegalArgumentException("a month before the base month: index " + t);
            last = Math.max(last, t);
        }
        ProjectionKernel kernel = new ProjectionKernel(model, last + 2);
        SupplyModel supply = kernel.supply();
        supply.requireRunnable(baseline);
        int[][] linesOfUnit = linesOfUnits(supply, units);
        int runs = Math.max(1, draws);
        float[][][] values = new float[units.size()][monthIndex.length][runs];
        UncertainParameters parameters = kernel.parameters();
        int chunks = (runs + DRAWS_PER_CHUNK - 1) / DRAWS_PER_CHUNK;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int steps = last + 2;
        Runnable work = () -> {
            SupplyState state = supply.newState(baseline);
            int n = supply.lines();
            double[][] stock = new double[steps][n];
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                for (int d = c * DRAWS_PER_CHUNK; d < Math.min(runs, (c + 1) * DRAWS_PER_CHUNK); d++) {
                    state.reset(draws == 0 ? parameters.modes() : parameters.sample(seed, d));
                    for (int t = 0; t < steps; t++) {
                        state.step(t);
                        System.arraycopy(state.out(), SupplyModel.STOCK * n, stock[t], 0, n);
                    }
                    for (int u = 0; u < linesOfUnit.length; u++) {
                        for (int m = 0; m < monthIndex.length; m++) {
                            int t = monthIndex[m];
                            double sum = 0;
                            for (int i : linesOfUnit[u]) sum += 0.5 * (stock[t][i] + stock[t + 1][i]);
                            values[u][m][d] = (float) (sum * units.get(u).scale());
                        }
                    }
                    progress.drawsCompleted(done.incrementAndGet(), runs);
                }
            }
        };
        WorkerThreads.run(work, Math.min(threads, chunks), "skillmix-backtest");
        return values;
    }

    /** The workforce lines of each unit's organisations, in the model's order; a unit with none is an error. */
    private static int[][] linesOfUnits(SupplyModel supply, List<BacktestUnit> units) {
        Map<String, List<Integer>> byOrg = new HashMap<>();
        for (int i = 0; i < supply.lines(); i++)
            byOrg.computeIfAbsent(supply.organisationOf(i).code(), k -> new ArrayList<>())
                    .add(i);
        int[][] lines = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            List<Integer> of = new ArrayList<>();
            for (String org : units.get(u).organisations()) of.addAll(byOrg.getOrDefault(org, List.of()));
            if (of.isEmpty())
                throw new IllegalArgumentException(
                        "unit " + units.get(u).code() + " has no workforce line in the" + " dataset (organisations "
                                + String.join(", ", units.get(u).organisations()) + ")");
            lines[u] = of.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return lines;
    }
}
