package org.skillmix.core.backtest;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Quantiles;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;

/**
 * A projection set against what happened: a dataset as it stood at a past base is projected (supply only) to the
 * months with a published figure, and each unit's projected FTE (mean, P10, P50, P90 over the draws) is put beside
 * the observed one; the summary gives each sector's and the whole's mean absolute percentage error and the share
 * of observations inside the P10–P90 band ({@link ScopeSummary}).
 */
public final class Backtest {

    /** The scope of every unit together. */
    public static final String ALL = "ALL";

    /** How to run it: the baseline (current trends, calibrated on history, or the funded plan), draws, seed, threads. */
    public record Settings(Baseline baseline, int draws, long seed, int threads) {
        public Settings {
            if (draws < 0) throw new IllegalArgumentException("draws must be >= 0, got " + draws);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The rows (one per observation, in unit then month order), each scope's monthly totals and the summary. */
    public record Result(List<BacktestRow> rows, List<TotalRow> totals, List<ScopeSummary> summary) {}

    private Backtest() {}

    /**
     * Projects the model's supply to the observed months and compares. Observations must fall on or after the base
     * month and name a unit given; a unit without observations is not compared.
     */
    public static Result run(
            SystemModel model,
            List<BacktestUnit> units,
            List<Observation> observations,
            Settings settings,
            ProgressListener progress) {
        YearMonth base = model.info().baseMonth();
        if (observations.isEmpty())
            throw new IllegalArgumentException("no observed month to compare with: the back-test needs published FTE"
                    + " for months after the base month " + base);
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < units.size(); u++)
            if (unitIndex.put(units.get(u).code(), u) != null)
                throw new IllegalArgumentException("unit " + units.get(u).code() + " is given twice");
        TreeSet<YearMonth> monthSet = new TreeSet<>();
        for (Observation o : observations) {
            if (!unitIndex.containsKey(o.unit()))
                throw new IllegalArgumentException("observation of unknown unit " + o.unit());
            if (o.month().isBefore(base))
                throw new IllegalArgumentException(
                        "observation of " + o.unit() + " in " + o.month() + ", before the base month " + base);
            monthSet.add(o.month());
        }
        List<YearMonth> months = List.copyOf(monthSet);
        int[] monthIndex = months.stream()
                .mapToInt(m -> (int) ChronoUnit.MONTHS.between(base, m))
                .toArray();
        float[][][] values = SupplyPaths.run(
                model,
                settings.baseline(),
                units,
                monthIndex,
                settings.draws(),
                settings.seed(),
                settings.threads(),
                progress);
        // observed[unit][month], NaN where there is none
        double[][] observed = new double[units.size()][months.size()];
        for (double[] row : observed) java.util.Arrays.fill(row, Double.NaN);
        for (Observation o : observations) {
            int u = unitIndex.get(o.unit()), m = months.indexOf(o.month());
            if (!Double.isNaN(observed[u][m]))
                throw new IllegalArgumentException(o.unit() + " is observed twice in " + o.month());
            observed[u][m] = o.fte();
        }
        List<BacktestRow> rows = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            for (int m = 0; m < months.size(); m++) {
                if (Double.isNaN(observed[u][m])) continue;
                Band band = band(values[u][m]);
                rows.add(new BacktestRow(
                        units.get(u), months.get(m), observed[u][m], band.mean(), band.p10(), band.p50(), band.p90()));
            }
        }
        Map<String, List<Integer>> scopes = new LinkedHashMap<>();
        TreeMap<String, List<Integer>> sectors = new TreeMap<>();
        for (int u = 0; u < units.size(); u++)
            sectors.computeIfAbsent(units.get(u).sector(), k -> new ArrayList<>())
                    .add(u);
        scopes.putAll(sectors);
        List<Integer> all = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) all.add(u);
        scopes.put(ALL, all);
        List<TotalRow> totals = new ArrayList<>();
        for (var scope : scopes.entrySet())
            totals.addAll(totals(scope.getKey(), scope.getValue(), months, observed, values));
        return new Result(List.copyOf(rows), List.copyOf(totals), summarise(rows, totals, scopes.keySet(), units));
    }

    /**
     * A scope's total in each month in which every one of its units that is observed at all is observed: the sum of
     * the observations beside each draw's sum.
     */
    private static List<TotalRow> totals(
            String scope, List<Integer> members, List<YearMonth> months, double[][] observed, float[][][] values) {
        List<Integer> observedUnits = members.stream()
                .filter(u -> java.util.Arrays.stream(observed[u]).anyMatch(v -> !Double.isNaN(v)))
                .toList();
        List<TotalRow> rows = new ArrayList<>();
        if (observedUnits.isEmpty()) return rows;
        for (int m = 0; m < months.size(); m++) {
            final int mm = m;
            if (observedUnits.stream().anyMatch(u -> Double.isNaN(observed[u][mm]))) continue;
            int draws = values[observedUnits.get(0)][m].length;
            float[] sums = new float[draws];
            double sum = 0;
            for (int d = 0; d < draws; d++) {
                double s = 0;
                for (int u : observedUnits) s += values[u][m][d];
                sums[d] = (float) s;
            }
            for (int u : observedUnits) sum += observed[u][m];
            Band band = band(sums);
            rows.add(new TotalRow(
                    scope, observedUnits.size(), months.get(m), sum, band.mean(), band.p10(), band.p50(), band.p90()));
        }
        return rows;
    }

    /** A projected figure over the draws: its mean and P10, P50, P90. */
    record Band(double mean, double p10, double p50, double p90) {}

    /** Mean, P10, P50 and P90 over the draws (type 7 quantiles, {@link Quantiles}). */
    static Band band(float[] draws) {
        double mean = 0;
        for (float v : draws) mean += v;
        mean /= draws.length;
        double[] q = new double[3];
        Quantiles.deciles(draws.clone(), q);
        return new Band(mean, q[0], q[1], q[2]);
    }

    /** Each scope's errors and coverage from its rows and totals (see {@link ScopeSummary}). */
    static List<ScopeSummary> summarise(
            List<BacktestRow> rows, List<TotalRow> totals, Iterable<String> scopes, List<BacktestUnit> units) {
        List<ScopeSummary> out = new ArrayList<>();
        for (String scope : scopes) {
            List<BacktestRow> of = rows.stream()
                    .filter(r -> scope.equals(ALL) || r.unit().sector().equals(scope))
                    .toList();
            List<TotalRow> tot =
                    totals.stream().filter(t -> t.scope().equals(scope)).toList();
            if (of.isEmpty()) continue;
            long unitCount = of.stream().map(r -> r.unit().code()).distinct().count();
            out.add(new ScopeSummary(
                    scope,
                    (int) unitCount,
                    (int) of.stream().map(BacktestRow::month).distinct().count(),
                    of.size(),
                    tot.stream()
                            .mapToDouble(TotalRow::absolutePercentageError)
                            .average()
                            .orElse(Double.NaN),
                    of.stream()
                            .mapToDouble(BacktestRow::absolutePercentageError)
                            .average()
                            .orElseThrow(),
                    of.stream().filter(BacktestRow::inside).count() / (double) of.size(),
                    tot.isEmpty()
                            ? Double.NaN
                            : tot.stream().filter(TotalRow::inside).count() / (double) tot.size()));
        }
        return out;
    }
}
