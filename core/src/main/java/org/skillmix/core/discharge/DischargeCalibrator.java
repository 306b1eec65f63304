package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Fits the flow model's effective capacity C and matching friction K to an observed daily series by least
 * squares on the daily backlog of one open-loop run over the training days (arrivals implied by the
 * published counts, the run starting from the first day's count). For a given K the best C is found by
 * Brent's method (Hipparchus); K by a log grid then Brent's method between the best grid point's neighbours.
 * Deterministic, so the fit is reproducible to the last digit.
 */
public final class DischargeCalibrator {

    private static final double RELATIVE_TOLERANCE = 1e-10;
    private static final double ABSOLUTE_TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

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
        TrainingDays days = new TrainingDays(s, t0, t1);
        Fit best = Double.isNaN(utilisation) ? bestFit(days) : bestFriction(days, days.meanArrivals / utilisation);
        double[] arrivals = days.arrivals;
        double[] weekday = days.weekday;
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
                days.meanArrivals,
                trainFrom,
                testFrom,
                s.date(t2),
                trainMape,
                heldMape,
                forecastMape,
                weeks);
    }

    /** A (C, K) pair and its sum of squared daily backlog errors over the training days. */
    record Fit(double capacity, double k, double sse) {}

    /**
     * The least-squares objective: the training days' counted backlog against one open-loop run of the model from
     * the first day's count, with the arrivals the counts imply and the training months' weekday factors.
     */
    static final class TrainingDays {
        private final NctrSeries series;
        private final int t0;
        private final int t1;
        private final double[] arrivals;
        private final double[] weekday;
        private final double meanArrivals;
        private final double meanBacklog;

        /** Days t0..t1-1 of a series already {@link NctrSeries#filled() filled}, weekday factors from its discharges. */
        TrainingDays(NctrSeries filled, int t0, int t1) {
            this(filled, t0, t1, weekdayFactors(filled, t0, t1));
        }

        /** The same with the weekday factors given (a test's known truth). */
        TrainingDays(NctrSeries filled, int t0, int t1, double[] weekday) {
            this.series = filled;
            this.t0 = t0;
            this.t1 = t1;
            this.arrivals = filled.impliedArrivals();
            this.weekday = weekday.clone();
            this.meanArrivals = mean(arrivals, t0, t1);
            this.meanBacklog = mean(filled.backlog(), t0, t1);
        }

        double meanArrivals() {
            return meanArrivals;
        }

        double meanBacklog() {
            return meanBacklog;
        }

        /** The sum of squared differences between the counted backlog and the model's run with capacity c, friction k. */
        double sse(double c, double k) {
            double[] sim = simulate(series.backlog()[t0], arrivals, t0, t1, weekday, series.start(), c, k);
            double sum = 0;
            for (int t = t0; t < t1; t++) {
                double d = sim[t - t0] - series.backlog()[t];
                sum += d * d;
            }
            return sum;
        }

        /** The friction K's log grid: 0 (a perfect match: exits = min(B, C)), then 30 mean backlogs / 1000 .. 30. */
        double[] frictionGrid() {
            // 30 mean backlogs: exits are then ~ a hazard C/K times B.
            double kMax = 30 * meanBacklog;
            double[] grid = new double[25];
            for (int i = 1; i < grid.length; i++)
                grid[i] = kMax * Math.pow(1e-3, (grid.length - 1 - i) / (double) (grid.length - 2));
            return grid;
        }
    }

    /** C and K fitted together: the best C for each K of the log grid, then Brent's search between the best's neighbours. */
    static Fit bestFit(TrainingDays days) {
        return bestOverFriction(days, k -> bestCapacity(days, k));
    }

    /** K fitted alone with the capacity fixed. */
    private static Fit bestFriction(TrainingDays days, double capacity) {
        return bestOverFriction(days, k -> new Fit(capacity, k, days.sse(capacity, k)));
    }

    private static Fit bestOverFriction(TrainingDays days, DoubleFunction<Fit> fitAtFriction) {
        double[] grid = days.frictionGrid();
        Fit best = null;
        int bestI = 0;
        for (int i = 0; i < grid.length; i++) {
            Fit f = fitAtFriction.apply(grid[i]);
            if (best == null || f.sse < best.sse) {
                best = f;
                bestI = i;
            }
        }
        double lo = grid[Math.max(0, bestI - 1)];
        double hi = grid[Math.min(grid.length - 1, bestI + 1)];
        // The grid's best is the start, so the search can only improve on it (Brent returns the best point it saw).
        double k = minimise(k1 -> fitAtFriction.apply(k1).sse, lo, hi, grid[bestI], grid[1]);
        Fit refined = fitAtFriction.apply(k);
        return refined.sse < best.sse ? refined : best;
    }

    private static Fit bestCapacity(TrainingDays days, double k) {
        // Below the mean arrivals the backlog cannot stay bounded; far above, capacity no longer binds.
        double meanA = days.meanArrivals;
        double lo = 0.5 * meanA;
        double hi = 20 * meanA + 2 * k * meanA / Math.max(1, days.meanBacklog);
        double c = minimise(c1 -> days.sse(c1, k), lo, hi, 0.5 * (lo + hi), meanA);
        return new Fit(c, k, days.sse(c, k));
    }

    /**
     * Brent's minimum of f on [lo, hi] from start, to 1e-10 of the point (and 1e-12 of scale near 0): well below
     * the ~1e-8 at which a smooth minimum's sum of squares stops telling points apart in double precision.
     */
    private static double minimise(DoubleUnaryOperator f, double lo, double hi, double start, double scale) {
        return new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE * scale)
                .optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        new UnivariateObjectiveFunction(f::applyAsDouble),
                        GoalType.MINIMIZE,
                        new SearchInterval(lo, hi, start))
                .getPoint();
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
