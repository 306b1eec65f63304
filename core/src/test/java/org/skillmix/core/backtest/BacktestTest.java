package org.skillmix.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

class BacktestTest {
    private static final YearMonth BASE = YearMonth.of(2018, 6);

    /**
     * Two trusts with no vacancies and no recruits, so staff only leave: S(t) = S0 (1 - h)^t with
     * h = 1 - (1 - leaver rate)^(1/12). T1 (acute) 500 nurses leaving 15% a year; T2 (mental health) 200 leaving
     * 10%, its staff held in two organisations (the trust and its community part).
     */
    private static SystemModel decaying() {
        return TestSystem.create()
                .base(BASE)
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("T2", Sector.MENTAL_HEALTH, "E1")
                .org("T2-C", Sector.COMMUNITY, "E1")
                .role("RN", 30_000, 45_000)
                .workforce("T1", "RN", 500, 0, 0.15, 0)
                .workforce("T2", "RN", 150, 0, 0.10, 0)
                .workforce("T2-C", "RN", 50, 0, 0.10, 0)
                .build();
    }

    private static final List<BacktestUnit> UNITS = List.of(
            new BacktestUnit("T1", "Trust one", "acute", List.of("T1"), 1.2),
            new BacktestUnit("T2", "Trust two", "mental_health", List.of("T2", "T2-C"), 1.0));

    /** The published figure is a month's mean, so the projection is (S[t] + S[t+1]) / 2 x scale. */
    private static double monthMean(double s0, double leaverRate, int t, double scale) {
        double keep = Math.pow(1 - leaverRate, 1.0 / 12);
        return scale * s0 * Math.pow(keep, t) * (1 + keep) / 2;
    }

    @Test
    void eachObservationIsSetBesideTheMonthsMeanStaffInPost() {
        double t1At12 = monthMean(500, 0.15, 12, 1.2), t1At24 = monthMean(500, 0.15, 24, 1.2);
        double t2At12 = monthMean(200, 0.10, 12, 1.0);
        List<Observation> observed = List.of(
                new Observation("T1", BASE.plusMonths(12), t1At12),
                new Observation("T1", BASE.plusMonths(24), t1At24 * 1.25),
                new Observation("T2", BASE.plusMonths(12), t2At12 / 0.8));
        Backtest.Result result = Backtest.run(
                decaying(),
                UNITS,
                observed,
                new Backtest.Settings(Baseline.FUNDED_PLAN, 0, 1, 1),
                ProgressListener.NONE);

        assertThat(result.rows()).hasSize(3);
        BacktestRow first = result.rows().get(0);
        assertThat(first.unit().code()).isEqualTo("T1");
        assertThat(first.month()).isEqualTo(BASE.plusMonths(12));
        assertThat(first.mean()).isCloseTo(t1At12, within(1e-3));
        assertThat(first.p10()).isCloseTo(t1At12, within(1e-3));
        assertThat(first.p90()).isCloseTo(t1At12, within(1e-3));
        assertThat(first.absolutePercentageError()).isCloseTo(0, within(1e-5));
        // |x - 1.25x| / 1.25x = 0.2; |x - x/0.8| / (x/0.8) = 0.2
        assertThat(result.rows().get(1).absolutePercentageError()).isCloseTo(0.2, within(1e-5));
        assertThat(result.rows().get(2).absolutePercentageError()).isCloseTo(0.2, within(1e-5));
        assertThat(result.rows().get(2).mean()).isCloseTo(t2At12, within(1e-3));

        ScopeSummary all = summary(result, Backtest.ALL);
        assertThat(all.units()).isEqualTo(2);
        assertThat(all.observations()).isEqualTo(3);
        assertThat(all.mapeUnits()).isCloseTo(0.4 / 3, within(1e-5));
        // With no spread at all only an exact hit lies inside P10-P90 (float precision aside).
        assertThat(all.insideUnits()).isBetween(0.0, 1.0 / 3);
        // Totals: only month 12 has both trusts observed; (t1 + t2) against t1 + t2 / 0.8.
        assertThat(result.totals().stream().filter(t -> t.scope().equals(Backtest.ALL)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.month()).isEqualTo(BASE.plusMonths(12));
                    assertThat(t.observed()).isCloseTo(t1At12 + t2At12 / 0.8, within(1e-9));
                    assertThat(t.mean()).isCloseTo(t1At12 + t2At12, within(1e-3));
                });
        double totalApe = (t2At12 / 0.8 - t2At12) / (t1At12 + t2At12 / 0.8);
        assertThat(all.mapeTotal()).isCloseTo(totalApe, within(1e-5));
        assertThat(summary(result, "acute").mapeUnits()).isCloseTo(0.1, within(1e-5));
        assertThat(summary(result, "mental_health").mapeUnits()).isCloseTo(0.2, within(1e-5));
    }

    /**
     * With the leaver rate uncertain, draw d of a back-test takes the same parameters as draw d of a projection of
     * the same dataset and seed: the back-test's mean is the mean of the projection's month means.
     */
    @Test
    void theDrawsAreTheProjectionsDraws() {
        SystemModel model = TestSystem.create()
                .base(BASE)
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .role("RN", 30_000, 45_000)
                .workforce("T1", "RN", 500, 50, 0, 0, 0, new Interval(0.05, 0.1, 0.2), Interval.fixed(0.6))
                .build();
        int draws = 64;
        long seed = 7;
        Projection p = new Projector(model)
                .run(new ProjectionSettings(2, draws, seed, 1, Baseline.FUNDED_PLAN), ProgressListener.NONE);
        double[] stock = p.series().stream()
                .filter(s -> s.key().measure() == Measure.STAFF_IN_POST_FTE
                        && s.key().role().equals("RN")
                        && s.key().organisation().equals("T1"))
                .findFirst()
                .orElseThrow()
                .mean();
        List<BacktestUnit> units = List.of(new BacktestUnit("T1", "Trust one", "acute", List.of("T1"), 1));
        Backtest.Result result = Backtest.run(
                model,
                units,
                List.of(new Observation("T1", BASE.plusMonths(18), 520)),
                new Backtest.Settings(Baseline.FUNDED_PLAN, draws, seed, 2),
                ProgressListener.NONE);
        BacktestRow row = result.rows().get(0);
        assertThat(row.mean()).isCloseTo((stock[18] + stock[19]) / 2, within(1e-3));
        assertThat(row.p10()).isLessThan(row.p50());
        assertThat(row.p50()).isLessThan(row.p90());
    }

    @Test
    void aBaseWithNoObservedMonthIsRefused() {
        assertThatThrownBy(() -> Backtest.run(
                        decaying(),
                        UNITS,
                        List.of(),
                        new Backtest.Settings(Baseline.FUNDED_PLAN, 0, 1, 1),
                        ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no observed month")
                .hasMessageContaining("2018-06");
    }

    @Test
    void anObservationBeforeTheBaseIsRefused() {
        assertThatThrownBy(() -> Backtest.run(
                        decaying(),
                        UNITS,
                        List.of(new Observation("T1", BASE.minusMonths(1), 500)),
                        new Backtest.Settings(Baseline.FUNDED_PLAN, 0, 1, 1),
                        ProgressListener.NONE))
                .hasMessageContaining("before the base month");
    }

    private static ScopeSummary summary(Backtest.Result result, String scope) {
        return result.summary().stream()
                .filter(s -> s.scope().equals(scope))
                .findFirst()
                .orElseThrow();
    }
}
