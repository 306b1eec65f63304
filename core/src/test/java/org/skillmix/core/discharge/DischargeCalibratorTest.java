package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.DischargeCalibrator.Fit;
import org.skillmix.core.discharge.DischargeCalibrator.TrainingDays;

/**
 * The calibration's searches (Brent's method, Hipparchus) on a series the model itself made from a known capacity
 * C and friction K: they find C and K again, and do at least as well as the golden-section searches they replaced,
 * which this test keeps as {@link #goldenSectionFit the reference}.
 */
class DischargeCalibratorTest {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 400, TRAIN_TO = 280;

    // The truth: arrivals of about 120 a day against C = 150 hold the backlog near a K / (C / a - 1) = 1,600, four
    // times K, where the exit curve bends enough for the counts to tell C from K.
    private static final double C = 150, K = 400, B0 = 1_600;
    private static final double[] WEEKDAY = {1.1, 1.15, 1.1, 1.1, 1.2, 0.75, 0.6};

    /** The model's own backlog and exits, day by day, under arrivals with a 61-day swing and seeded noise. */
    private static NctrSeries madeByTheModel() {
        Random random = new Random(20260401);
        double[] arrivals = new double[DAYS];
        for (int t = 0; t < DAYS; t++)
            arrivals[t] = 120 + 25 * Math.sin(2 * Math.PI * t / 61) + 10 * random.nextGaussian();
        PathwayParameters all = new PathwayParameters(1, C, K);
        double[] backlog = new double[DAYS];
        double[] discharges = new double[DAYS];
        backlog[0] = B0;
        for (int t = 0; t < DAYS; t++) {
            discharges[t] = all.exits(backlog[t], WEEKDAY[DischargeCalibrator.weekdayOf(START, t)]);
            if (t + 1 < DAYS) backlog[t + 1] = backlog[t] + arrivals[t] - discharges[t];
        }
        return new NctrSeries("X", START, backlog, discharges);
    }

    @Test
    void findsTheCapacityAndFrictionThatMadeTheSeries() {
        TrainingDays days = new TrainingDays(madeByTheModel().filled(), 0, TRAIN_TO, WEEKDAY);
        Fit brent = DischargeCalibrator.bestFit(days);
        Fit golden = goldenSectionFit(days);
        // The series is the model's to rounding: the sum of squares at the truth is ~0, and both searches reach it.
        assertThat(days.sse(C, K)).isLessThan(1e-15);
        assertThat(brent.capacity()).isCloseTo(C, within(C * 1e-8));
        assertThat(brent.k()).isCloseTo(K, within(K * 1e-8));
        assertThat(golden.capacity()).isCloseTo(C, within(C * 1e-6));
        assertThat(golden.k()).isCloseTo(K, within(K * 1e-6));
        assertThat(brent.sse()).isEqualTo(days.sse(brent.capacity(), brent.k()));
        assertThat(brent.sse()).isLessThan(1e-6);
    }

    /**
     * Through {@link DischargeCalibrator#calibrate}, with the weekday factors estimated from the discharges (as for
     * a published series) instead of known: the truth no longer fits exactly, but Brent's optimum is as good as the
     * golden section's, at the same (C, K) to 1e-6, and within 0.5% of the truth.
     */
    @Test
    void fitsAsWellAsTheGoldenSectionSearchItReplaced() {
        NctrSeries series = madeByTheModel();
        Calibration fit =
                new DischargeCalibrator().calibrate(series, START, START.plusDays(TRAIN_TO), START.plusDays(DAYS - 1));
        TrainingDays days = new TrainingDays(series.filled(), 0, TRAIN_TO);
        Fit golden = goldenSectionFit(days);
        double sse = days.sse(fit.capacityPerDay(), fit.halfSaturation());
        assertThat(sse).isGreaterThan(1.0).isLessThanOrEqualTo(golden.sse() * (1 + 1e-9));
        assertThat(fit.capacityPerDay()).isCloseTo(golden.capacity(), within(golden.capacity() * 1e-6));
        assertThat(fit.halfSaturation()).isCloseTo(golden.k(), within(golden.k() * 1e-6));
        assertThat(fit.capacityPerDay()).isCloseTo(C, within(C * 0.005));
        assertThat(fit.halfSaturation()).isCloseTo(K, within(K * 0.005));
    }

    /** With the capacity fixed, only K is searched: as good as the golden section there too. */
    @Test
    void fitsTheFrictionAloneAsWellWhenTheCapacityIsFixed() {
        NctrSeries series = madeByTheModel();
        Calibration fit = new DischargeCalibrator()
                .calibrate(series, START, START.plusDays(TRAIN_TO), START.plusDays(DAYS - 1), 0.7);
        TrainingDays days = new TrainingDays(series.filled(), 0, TRAIN_TO);
        double capacity = fit.meanArrivals() / 0.7;
        assertThat(fit.capacityPerDay()).isEqualTo(capacity);
        Fit golden = goldenSectionFriction(days, k -> new Fit(capacity, k, days.sse(capacity, k)));
        assertThat(days.sse(capacity, fit.halfSaturation())).isLessThanOrEqualTo(golden.sse() * (1 + 1e-9));
        assertThat(fit.halfSaturation()).isCloseTo(golden.k(), within(golden.k() * 1e-6));
    }

    /** The searches before Brent's method: golden section, 50 steps for C at each K and 40 for K between grid points. */
    private static Fit goldenSectionFit(TrainingDays days) {
        return goldenSectionFriction(days, k -> goldenSectionCapacity(days, k));
    }

    private static Fit goldenSectionFriction(TrainingDays days, java.util.function.DoubleFunction<Fit> fitAt) {
        double[] grid = days.frictionGrid();
        Fit best = null;
        int bestI = 0;
        for (int i = 0; i < grid.length; i++) {
            Fit f = fitAt.apply(grid[i]);
            if (best == null || f.sse() < best.sse()) {
                best = f;
                bestI = i;
            }
        }
        double lo = grid[Math.max(0, bestI - 1)];
        double hi = grid[Math.min(grid.length - 1, bestI + 1)];
        for (int it = 0; it < 40; it++) {
            Fit f1 = fitAt.apply(hi - GOLDEN * (hi - lo));
            Fit f2 = fitAt.apply(lo + GOLDEN * (hi - lo));
            if (f1.sse() < best.sse()) best = f1;
            if (f2.sse() < best.sse()) best = f2;
            if (f1.sse() <= f2.sse()) hi = f2.k();
            else lo = f1.k();
        }
        return best;
    }

    private static Fit goldenSectionCapacity(TrainingDays days, double k) {
        double meanA = days.meanArrivals();
        double lo = 0.5 * meanA;
        double hi = 20 * meanA + 2 * k * meanA / Math.max(1, days.meanBacklog());
        Fit best = new Fit(lo, k, Double.MAX_VALUE);
        for (int it = 0; it < 50; it++) {
            double c1 = hi - GOLDEN * (hi - lo);
            double c2 = lo + GOLDEN * (hi - lo);
            double e1 = days.sse(c1, k);
            double e2 = days.sse(c2, k);
            if (e1 < best.sse()) best = new Fit(c1, k, e1);
            if (e2 < best.sse()) best = new Fit(c2, k, e2);
            if (e1 <= e2) hi = c2;
            else lo = c1;
        }
        return best;
    }
}
