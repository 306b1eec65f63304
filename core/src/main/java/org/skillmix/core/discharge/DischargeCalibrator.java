package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the flow model's effective capacity C and matching friction K to an observed daily series by least
 * squares on the daily backlog of one open-loop run over the training days (arrivals implied by the
 * published counts, the run starting from the first day's count). For a given K the best C is found by a
 * golden-section search; K by a log grid then a golden-section refinement. Two parameters, so no general
 * optimiser is needed and the fit is reproducible to the last digit.
 */
public final class DischargeCalibrator {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    public Calibration calibrate(NctrSeries observed, LocalDate trainFrom, LocalDate testFrom, LocalDate testTo) {
        return calibrate(observed, trainFrom, testFrom, testTo, Double.NaN);
    }

    /**
     * As {@link #calibrate(NctrSeries, LocalDate, LocalDate, LocalDate)} with the capacity fixed at the
     * training months' mean arrivals / utilisation, fitting K alone (NaN: fit both). The ICB totals pin down
     * the ratio C/K (the pace at which a ready patient leaves) much better than C itself, so what a unit of
     * capacity is worth is best shown across stated utilisations.
     */
    public Calibration calibrate(
            NctrSeries observed, LocalDate trainFrom, LocalDate testFrom, LocalDate testTo, double utilisation) {
        if (!Double.isNaN(utilisation) && !(utilisation > 0 && utilisation < 1)) {
            throw new IllegalArgumentException("utilisation must be in (0, 1), not " + utilisation);
        }
        NctrSeries s = observed.filled();
        int t0 = s.indexOf(trainFrom);
        int t1 = s.indexOf(testFrom);
        int t2 = Math.min(s.indexOf(testTo), s.days() - 1);
        if (t0 < 0 || t1 <= t0 + 28 || t2 <= t1 + 7) {
            throw new IllegalArgumentException("need at least 4 training weeks and 1 held-back week inside " + s.start()
                    + ".." + s.date(s.days() - 1) + "; got " + trainFrom + ", " + testFrom + ", " + testTo);
        }
        double[] arrivals = s.impliedArrivals();
        double[] weekday = weekdayFactors(s, t0, t1);
        double meanA = mean(arrivals, t0, t1);
        double meanB = mean(s.backlog(), t0, t1);

        Fit best = null;
        // K from 0 (a perfect match: exits = min(B, C)) to 30 mean backlogs (exits ~ a hazard C/K times B).
        double kMax = 30 * meanB;
        double[] grid = new double[25];
        for (int i = 1; i < grid.length; i++)
            grid[i] = kMax * Math.pow(1e-3, (grid.length - 1 - i) / (double) (grid.length - 2));
        int bestI = 0;
        for (int i = 0; i < grid.length; i++) {
            Fit f = fit(s, arrivals, weekday, grid[i], t0, t1, meanA, utilisation);
            if (best == null || f.sse < best.sse) {
                best = f;
                bestI = i;
            }
        }
        double lo = grid[Math.max(0, bestI - 1)];
        double hi = grid[Math.min(grid.length - 1, bestI + 1)];
        for (int it = 0; it < 40; it++) {
            double k1 = hi - GOLDEN * (hi - lo);
            double k2 = lo + GOLDEN * (hi - lo);
            Fit f1 = fit(s, arrivals, weekday, k1, t0, t1, meanA, utilisation);
            Fit f2 = fit(s, arrivals, weekday, k2, t0, t1, meanA, utilisation);
            if (f1.sse < best.sse) best = f1;
            if (f2.sse < best.sse) best = f2;
            if (f1.sse <= f2.sse) hi = k2;
            else lo = k1;
        }

        double c = best.capacity;
        double k = best.k;
        double[] train = simulate(s.backlog()[t0], arrivals, t0, t1, weekday, s.start(), c, k);
        double[] held = simulate(s.backlog()[t1], arrivals, t1, t2, weekday, s.start(), c, k);
        double[] forecastArrivals = arrivals.clone();
        double[] meanByDay = meanByWeekday(arrivals, s.start(), t0, t1);
        for (int t = t1; t < t2; t++) forecastArrivals[t] = meanByDay[weekdayOf(s.start(), t)];
        double[] forecast = simulate(s.backlog()[t1], forecastArrivals, t1, t2, weekday, s.start(), c, k);

        List<WeekFit> weeks = new ArrayList<>();
        double trainMape = weekly(s, train, t0, false, weeks);
        double heldMape = weekly(s, held, t1, true, weeks);
        double forecastMape = weekly(s, forecast, t1, true, null);
        return new Calibration(
                s.code(),
                c,
                k,
                weekday,
                meanA,
                trainFrom,
                testFrom,
                s.date(t2),
                trainMape,
                heldMape,
                forecastMape,
                weeks);
    }

    private record Fit(double capacity, double k, double sse) {}

    private Fit fit(
            NctrSeries s,
            double[] arrivals,
            double[] weekday,
            double k,
            int t0,
            int t1,
            double meanA,
            double utilisation) {
        if (Double.isNaN(utilisation)) return bestCapacity(s, arrivals, weekday, k, t0, t1, meanA);
        double c = meanA / utilisation;
        return new Fit(c, k, sse(s, arrivals, weekday, c, k, t0, t1));
    }

    private Fit bestCapacity(
            NctrSeries s, double[] arrivals, double[] weekday, double k, int t0, int t1, double meanA) {
        // Below the mean arrivals the backlog cannot stay bounded; far above, capacity no longer binds.
        double lo = 0.5 * meanA;
        double hi = 20 * meanA + 2 * k * meanA / Math.max(1, mean(s.backlog(), t0, t1));
        Fit best = new Fit(lo, k, Double.MAX_VALUE);
        for (int it = 0; it < 50; it++) {
            double c1 = hi - GOLDEN * (hi - lo);
            double c2 = lo + GOLDEN * (hi - lo);
            double e1 = sse(s, arrivals, weekday, c1, k, t0, t1);
            double e2 = sse(s, arrivals, weekday, c2, k, t0, t1);
            if (e1 < best.sse) best = new Fit(c1, k, e1);
            if (e2 < best.sse) best = new Fit(c2, k, e2);
            if (e1 <= e2) hi = c2;
            else lo = c1;
        }
        return best;
    }

    private double sse(NctrSeries s, double[] arrivals, double[] weekday, double c, double k, int t0, int t1) {
        double[] sim = simulate(s.backlog()[t0], arrivals, t0, t1, weekday, s.start(), c, k);
        double sum = 0;
        for (int t = t0; t < t1; t++) {
            double d = sim[t - t0] - s.backlog()[t];
            sum += d * d;
        }
        return sum;
    }

    /** The model's backlog on days t0..t1-1 (aggregate: splitting by pathway share gives the same total). */
    static double[] simulate(
            double b0, double[] arrivals, int t0, int t1, double[] weekday, LocalDate start, double c, double k) {
        PathwayParameters all = new PathwayParameters(1, c, k);
        double[] out = new double[t1 - t0];
        double b = b0;
        for (int t = t0; t < t1; t++) {
            out[t - t0] = b;
            b = b + arrivals[t] - all.exits(b, weekday[weekdayOf(start, t)]);
        }
        return out;
    }

    private static double weekly(NctrSeries s, double[] fitted, int from, boolean heldBack, List<WeekFit> weeks) {
        double sum = 0;
        int n = 0;
        for (int w = 0; w + 7 <= fitted.length; w += 7) {
            double obs = 0;
            double fit = 0;
            for (int d = 0; d < 7; d++) {
                obs += s.backlog()[from + w + d];
                fit += fitted[w + d];
            }
            WeekFit week = new WeekFit(s.date(from + w), obs / 7, fit / 7, heldBack);
            if (weeks != null) weeks.add(week);
            sum += week.absolutePercentageError();
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static int weekdayOf(LocalDate start, int day) {
        return (start.getDayOfWeek().getValue() - 1 + day) % 7;
    }

    /** Mean discharges by weekday over the training days, relative to their overall mean. */
    private static double[] weekdayFactors(NctrSeries s, int t0, int t1) {
        double[] byDay = meanByWeekday(s.discharges(), s.start(), t0, t1);
        double m = 0;
        for (double v : byDay) m += v / 7;
        double[] f = new double[7];
        for (int i = 0; i < 7; i++) f[i] = byDay[i] / m;
        return f;
    }

    private static double[] meanByWeekday(double[] x, LocalDate start, int t0, int t1) {
        double[] sum = new double[7];
        int[] n = new int[7];
        for (int t = t0; t < t1; t++) {
            int w = weekdayOf(start, t);
            sum[w] += x[t];
            n[w]++;
        }
        for (int i = 0; i < 7; i++) sum[i] = n[i] == 0 ? 0 : sum[i] / n[i];
        return sum;
    }

    private static double mean(double[] x, int t0, int t1) {
        double s = 0;
        for (int t = t0; t < t1; t++) s += x[t];
        return s / (t1 - t0);
    }
}
