package org.skillmix.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.PlaceFte;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.projection.SystemTotalsSample;
import org.skillmix.core.system.SystemModel;

/**
 * A comparison's baseline recorded as it runs ({@link SystemTotalsSample}) is the projection of the same draws:
 * the board pack prints it instead of projecting the draws twice. Checked against {@link Projector} on a
 * comparison whose other scenario adds a new role's lines (a widened kernel), for every month and quantile.
 */
class BaselineTotalsTest {
    private static final SystemModel MODEL = SyntheticSystem.build(8, 6, 3, 6, 5, false, 11);
    private static final String ALL = SeriesKey.ALL;

    private static Projection recorded(ProjectionSettings p, int threads) {
        ScenarioComparison comparison =
                new ScenarioComparison(MODEL, List.of(ScenarioComparisonTest.newRole()), p.years());
        SystemTotalsSample sample = new SystemTotalsSample(comparison.kernel(), p);
        comparison.run(
                new ScenarioComparison.Settings(p.years(), p.draws(), p.seed(), threads, Set.of(), 0, p.baseline()),
                ProgressListener.NONE,
                sample);
        return sample.projection();
    }

    @Test
    void theBaselineRecordedIsTheProjectionOfTheSameDraws() {
        for (ProjectionSettings p : List.of(new ProjectionSettings(3, 40, 7, 2), new ProjectionSettings(3, 0, 7, 1))) {
            Projection expected = new Projector(MODEL).run(p, ProgressListener.NONE);
            Projection got = recorded(p, 2);
            assertThat(got.months()).isEqualTo(expected.months());
            assertThat(got.series()).hasSize(4);
            for (Series s : got.series()) {
                Series e = expected.series(s.key()).orElseThrow();
                for (int t = 0; t < got.months().size(); t++) {
                    double scale = Math.max(1, Math.abs(e.mean()[t]));
                    assertThat(s.mean()[t]).isCloseTo(e.mean()[t], within(1e-9 * scale));
                    // quantiles are of floats in both: equal where the draws' float values are
                    assertThat(s.p10()[t]).isCloseTo(e.p10()[t], within(1e-5 * scale));
                    assertThat(s.p50()[t]).isCloseTo(e.p50()[t], within(1e-5 * scale));
                    assertThat(s.p90()[t]).isCloseTo(e.p90()[t], within(1e-5 * scale));
                }
            }
            if (p.deterministic()) {
                assertThat(got.spreadDrivers()).isEmpty();
                continue;
            }
            SpreadDrivers a = got.spreadDrivers().orElseThrow(),
                    b = expected.spreadDrivers().orElseThrow();
            assertThat(a.targets()).hasSameSizeAs(b.targets());
            for (int i = 0; i < a.targets().size(); i++) {
                assertThat(a.targets().get(i).sector())
                        .isEqualTo(b.targets().get(i).sector());
                assertThat(a.targets().get(i).meanFte())
                        .isCloseTo(b.targets().get(i).meanFte(), within(1e-6));
            }
        }
    }

    @Test
    void threadsDoNotChangeAFigure() {
        ProjectionSettings p = new ProjectionSettings(2, 30, 3, 1);
        List<Series> one = List.copyOf(recorded(p, 1).series()),
                three = List.copyOf(recorded(p, 3).series());
        for (int i = 0; i < one.size(); i++) {
            assertThat(three.get(i).mean()).containsExactly(one.get(i).mean());
            assertThat(three.get(i).p10()).containsExactly(one.get(i).p10());
            assertThat(three.get(i).p90()).containsExactly(one.get(i).p90());
        }
    }

    /** Places partition the cells: their demand and supply add up to the system's in the last month. */
    @Test
    void placesAddUpToTheSystem() {
        ProjectionSettings p = new ProjectionSettings(2, 20, 5, 2);
        ScenarioComparison comparison = new ScenarioComparison(MODEL, List.of(), p.years());
        SystemTotalsSample sample = new SystemTotalsSample(comparison.kernel(), p);
        comparison.run(
                new ScenarioComparison.Settings(p.years(), p.draws(), p.seed(), 2, Set.of(), 0),
                ProgressListener.NONE,
                sample);
        Projection projection = sample.projection();
        int last = projection.months().size() - 1;
        Map<String, PlaceFte> places = sample.lastMonthByPlace();
        assertThat(places.keySet())
                .containsExactlyElementsOf(
                        MODEL.places().stream().map(x -> x.code()).toList());
        double demand = 0, supply = 0;
        for (PlaceFte v : places.values()) {
            demand += v.demandFte();
            supply += v.supplyFte();
            assertThat(v.gapFte()).isCloseTo(v.demandFte() - v.supplyFte(), within(1e-9));
        }
        assertThat(demand).isCloseTo(system(projection, Measure.DEMAND_FTE).mean()[last], within(1e-6));
        assertThat(supply).isCloseTo(system(projection, Measure.SUPPLY_FTE).mean()[last], within(1e-6));
        assertThat(demand).isPositive();
    }

    private static Series system(Projection p, Measure m) {
        return p.series(new SeriesKey(m, ALL, ALL, ALL, ALL, ALL)).orElseThrow();
    }
}
