package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;

class ProjectionTest {
    private static final String ALL = SeriesKey.ALL;
    private static final SystemModel SMALL = SyntheticSystem.build(8, 6, 3, 6, 5, false, 11);

    @Test
    void monteCarloIsIdenticalForOneAndTwoThreads() {
        Projector projector = new Projector(SMALL);
        // 60 draws = 3 chunks, so the two threads really split the work
        Projection one = projector.run(new ProjectionSettings(2, 60, 99, 1), ProgressListener.NONE);
        Projection two = projector.run(new ProjectionSettings(2, 60, 99, 2), ProgressListener.NONE);
        assertThat(one.series()).hasSameSizeAs(two.series());
        List<Series> a = new ArrayList<>(one.series()), b = new ArrayList<>(two.series());
        int withQuantiles = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).key()).isEqualTo(a.get(i).key());
            assertThat(b.get(i).mean())
                    .as(a.get(i).key().toString())
                    .containsExactly(a.get(i).mean());
            if (a.get(i).hasQuantiles()) {
                withQuantiles++;
                assertThat(b.get(i).p10()).containsExactly(a.get(i).p10());
                assertThat(b.get(i).p50()).containsExactly(a.get(i).p50());
                assertThat(b.get(i).p90()).containsExactly(a.get(i).p90());
            }
        }
        assertThat(withQuantiles).isEqualTo(a.size()); // the default budget covers this small system
        // a different seed gives different numbers
        Projection other = projector.run(new ProjectionSettings(2, 60, 100, 2), ProgressListener.NONE);
        SeriesKey total = new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, ALL, ALL, ALL, ALL);
        assertThat(other.series(total).orElseThrow().mean()[23])
                .isNotEqualTo(one.series(total).orElseThrow().mean()[23]);
    }

    @Test
    void progressCountsEveryDraw() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        new Projector(SMALL).run(new ProjectionSettings(1, 30, 1, 2), (done, total) -> {
            calls.incrementAndGet();
            last.accumulateAndGet(done, Math::max);
            assertThat(total).isEqualTo(30);
        });
        assertThat(calls.get()).isEqualTo(30);
        assertThat(last.get()).isEqualTo(30);
    }

    @Test
    void deterministicRunHasQuantilesEqualToMean() {
        Projection p = new Projector(SMALL).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        for (Series s : p.series()) {
            assertThat(s.p10()).containsExactly(s.mean());
            assertThat(s.p50()).containsExactly(s.mean());
            assertThat(s.p90()).containsExactly(s.mean());
        }
        assertThat(p.months()).hasSize(12);
        assertThat(p.months().get(0)).isEqualTo(SMALL.info().baseMonth());
    }

    /** Every total equals the sum of its finest members; gap = demand - supply; unmet <= demand. */
    @Test
    void totalsAddUpAndGapIsDemandMinusSupply() {
        Projection p = new Projector(SMALL).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        for (Measure m : List.of(Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.UNMET_FTE, Measure.GAP_FTE)) {
            double fine = p.series().stream()
                    .filter(s -> s.key().measure() == m
                            && !s.key().capability().equals(ALL)
                            && !s.key().sector().equals(ALL)
                            && !s.key().place().equals(ALL))
                    .mapToDouble(s -> s.mean()[5])
                    .sum();
            double total = p.series(new SeriesKey(m, ALL, ALL, ALL, ALL, ALL))
                    .orElseThrow()
                    .mean()[5];
            assertThat(total).as(m.toString()).isCloseTo(fine, within(1e-9 * Math.max(1, Math.abs(fine))));
        }
        for (Measure m : List.of(Measure.STAFF_IN_POST_FTE, Measure.PAY_COST_GBP, Measure.RECRUITS_FTE)) {
            double fine = p.series().stream()
                    .filter(s -> s.key().measure() == m
                            && !s.key().role().equals(ALL)
                            && !s.key().organisation().equals(ALL))
                    .mapToDouble(s -> s.mean()[5])
                    .sum();
            for (SeriesKey total : List.of(new SeriesKey(m, ALL, ALL, ALL, ALL, ALL))) {
                assertThat(p.series(total).orElseThrow().mean()[5]).isCloseTo(fine, within(1e-9 * Math.max(1, fine)));
            }
            double bySector = p.series().stream()
                    .filter(s -> s.key().measure() == m
                            && s.key().role().equals(ALL)
                            && s.key().organisation().equals(ALL)
                            && !s.key().sector().equals(ALL))
                    .mapToDouble(s -> s.mean()[5])
                    .sum();
            double byPlace = p.series().stream()
                    .filter(s -> s.key().measure() == m
                            && s.key().role().equals(ALL)
                            && s.key().organisation().equals(ALL)
                            && !s.key().place().equals(ALL))
                    .mapToDouble(s -> s.mean()[5])
                    .sum();
            assertThat(bySector).isCloseTo(fine, within(1e-9 * Math.max(1, fine)));
            assertThat(byPlace).isCloseTo(fine, within(1e-9 * Math.max(1, fine)));
        }
        for (Series s : p.series()) {
            if (s.key().measure() != Measure.GAP_FTE) continue;
            SeriesKey k = s.key();
            double d = p.series(new SeriesKey(
                            Measure.DEMAND_FTE, k.capability(), k.role(), k.sector(), k.organisation(), k.place()))
                    .orElseThrow()
                    .mean()[3];
            double sup = p.series(new SeriesKey(
                            Measure.SUPPLY_FTE, k.capability(), k.role(), k.sector(), k.organisation(), k.place()))
                    .orElseThrow()
                    .mean()[3];
            double unmet = p.series(new SeriesKey(
                            Measure.UNMET_FTE, k.capability(), k.role(), k.sector(), k.organisation(), k.place()))
                    .orElseThrow()
                    .mean()[3];
            assertThat(s.mean()[3]).isCloseTo(d - sup, within(1e-9 * Math.max(1, d)));
            assertThat(unmet).isBetween(-1e-9, d + 1e-9);
        }
    }

    /** A small budget keeps quantiles for the system totals only; finer series have the mean only. */
    @Test
    void quantileBudgetFillsTotalsFirst() {
        int months = 12, draws = 30;
        // room for exactly 13 series: the 4 capability totals and the 9 role totals
        Projection p = new Projector(SMALL, 13L * months * draws)
                .run(new ProjectionSettings(1, draws, 5, 2), ProgressListener.NONE);
        List<Series> with = p.series().stream().filter(Series::hasQuantiles).toList();
        assertThat(with).hasSize(13);
        for (Series s : with) {
            assertThat(s.key().capability()).isEqualTo(ALL);
            assertThat(s.key().role()).isEqualTo(ALL);
            assertThat(s.key().organisation()).isEqualTo(ALL);
            assertThat(s.key().place()).isEqualTo(ALL);
            assertThat(s.key().sector()).isEqualTo(ALL);
            for (int t = 0; t < months; t++) {
                assertThat(s.p10()[t]).isLessThanOrEqualTo(s.p50()[t]);
                assertThat(s.p50()[t]).isLessThanOrEqualTo(s.p90()[t]);
            }
        }
    }

    /** With no budget every series has its mean only, and the means are those of the unlimited run. */
    @Test
    void zeroBudgetKeepsMeansOnly() {
        ProjectionSettings settings = new ProjectionSettings(1, 30, 5, 2);
        Projection none = new Projector(SMALL, 0).run(settings, ProgressListener.NONE);
        Projection full = new Projector(SMALL).run(settings, ProgressListener.NONE);
        assertThat(none.series()).noneMatch(Series::hasQuantiles);
        List<Series> a = new ArrayList<>(none.series()), b = new ArrayList<>(full.series());
        for (int i = 0; i < a.size(); i++)
            assertThat(a.get(i).mean()).containsExactly(b.get(i).mean());
    }

    /** The benchmark kernel runs draws without aggregation; the same draws give the same checksum. */
    @Test
    void kernelEntryPointIsReproducible() {
        ProjectionKernel kernel = new Projector(SMALL).kernel();
        double first = kernel.newWorker().runDraws(7, 0, 3, 24);
        double again = kernel.newWorker().runDraws(7, 0, 3, 24);
        assertThat(again).isEqualTo(first);
        assertThat(kernel.newWorker().runDraws(7, 3, 3, 24)).isNotEqualTo(first);
    }

    /** Type 7: for 1..10, h = 9p: P10 = 1 + 0.9 = 1.9, P50 = 5 + 0.5 = 5.5, P90 = 9 + 0.1 = 9.1. */
    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        float[] values = {7, 3, 10, 1, 5, 9, 2, 8, 4, 6};
        double[] out = new double[3];
        Quantiles.deciles(values.clone(), out);
        assertThat(out[0]).isCloseTo(1.9, within(1e-6));
        assertThat(out[1]).isCloseTo(5.5, within(1e-6));
        assertThat(out[2]).isCloseTo(9.1, within(1e-6));
        assertThat(Quantiles.type7(new float[] {4}, 0.9)).isEqualTo(4);
        float[] two = {3, 1};
        Quantiles.deciles(two, out);
        assertThat(out).containsExactly(1.2, 2.0, 2.8);
        // against a sort on random data with ties
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            float[] v = new float[1 + random.nextInt(300)];
            for (int i = 0; i < v.length; i++) v[i] = random.nextInt(20);
            float[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            Quantiles.deciles(v, out);
            double[] ps = {0.1, 0.5, 0.9};
            for (int q = 0; q < 3; q++) {
                double h = (sorted.length - 1) * ps[q];
                int lo = (int) Math.floor(h);
                double expected =
                        lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
                assertThat(out[q]).isCloseTo(expected, within(1e-9));
            }
        }
    }

    /**
     * Capability supply through the allocation, one trust: RN (cost 45,000, effective 10) can give up to
     * 0.5 to wound care and 0.6 to medicines; HCSW (cost 25,000, effective 6) up to 1.0 personal care.
     * Demand: wound 3 FTE, medicines 2, personal 8 (set by population x utilisation x hours / H / 12).
     * RN covers wound 3 and medicines 2, leaving 5; headroom wound 2, medicines 4: spread 5/6 of it, so
     * supply wound 3 + 2 x 5/6 = 4.6667, medicines 2 + 4 x 5/6 = 5.3333. HCSW covers 6 of personal 8:
     * unmet 2, gap 2.
     */
    @Test
    void capabilitySupplyComesFromTheAllocation() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .capability("meds", 100)
                .capability("personal", 100)
                .role("RN", 35_000, 45_000)
                .role("HCSW", 20_000, 25_000)
                .canDo("RN", "wound", 0.5)
                .canDo("RN", "meds", 0.6)
                .canDo("HCSW", "personal", 1.0)
                .service("district", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 1_200)
                .utilisation("district", "all", "ALL", 1)
                .hours("district", "wound", 3)
                .hours("district", "meds", 2)
                .hours("district", "personal", 8)
                .workforce("T1", "RN", 10, 0, 0, 0)
                .workforce("T1", "HCSW", 6, 0, 0, 0)
                .build();
        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        // 1,200 activities a year x h hours / 100 / 12 = h FTE
        assertThat(value(p, Measure.DEMAND_FTE, "wound")).isCloseTo(3, within(1e-9));
        assertThat(value(p, Measure.SUPPLY_FTE, "wound")).isCloseTo(3 + 2 * 5.0 / 6, within(1e-9));
        assertThat(value(p, Measure.SUPPLY_FTE, "meds")).isCloseTo(2 + 4 * 5.0 / 6, within(1e-9));
        assertThat(value(p, Measure.SUPPLY_FTE, "personal")).isCloseTo(6, within(1e-9));
        assertThat(value(p, Measure.UNMET_FTE, "personal")).isCloseTo(2, within(1e-9));
        assertThat(value(p, Measure.GAP_FTE, "personal")).isCloseTo(2, within(1e-9));
        assertThat(value(p, Measure.GAP_FTE, "wound")).isCloseTo(-2 * 5.0 / 6, within(1e-9));
    }

    private static double value(Projection p, Measure m, String capability) {
        return p.series(new SeriesKey(m, capability, ALL, "community", ALL, "E1"))
                .orElseThrow()
                .mean()[0];
    }
}
