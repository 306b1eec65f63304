package org.skillmix.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Quantiles;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.ParameterGroup;

class PopulationErrorTest {
    private static final String ALL = SeriesKey.ALL;
    /** The WISN example's demand: 100,000 visits x 0.25 h / 1,432 h per FTE-year. */
    private static final double FLAT = 25_000.0 / 1_432.0;

    /** 100,000 people, 1 visit a year each, 0.25 h, base April 2025; the population error as given. */
    private static SystemModel wisn(Interval errorPerYear) {
        return TestSystem.create()
                .place("E1")
                .capability("visit", TestSystem.WISN_H)
                .service("nursing", Sector.COMMUNITY)
                .population("E1", 2025, "F", "18+", 100_000)
                .utilisation("nursing", "18+", "ALL", 1.0)
                .hours("nursing", "visit", 0.25)
                .assumption(Parameters.POPULATION_ERROR_PER_YEAR, "ALL", errorPerYear)
                .build();
    }

    private static Series demand(Projection p) {
        return p.series(new SeriesKey(Measure.DEMAND_FTE, ALL, ALL, ALL, ALL, ALL))
                .orElseThrow();
    }

    /**
     * An error of +1 % a year: financial year 2025/26 (months 0-11) keeps the projected population, 2026/27
     * has it x 1.01, year k after the base x (1 + 0.01 k): demand follows exactly.
     */
    @Test
    void eachYearAheadScalesThePopulationByOnePlusTheErrorTimesTheYears() {
        double[] d = demand(new Projector(wisn(Interval.fixed(0.01)))
                        .run(new ProjectionSettings(10, 0, 1, 1), ProgressListener.NONE))
                .mean();
        for (int t = 0; t < 120; t++)
            assertThat(d[t]).as("month " + t).isCloseTo(FLAT * (1 + 0.01 * (t / 12)), within(1e-12));
        // mode 0 (as published): exactly the projection without the row
        double[] none = demand(new Projector(wisn(new Interval(-0.01, 0, 0.01)))
                        .run(new ProjectionSettings(10, 0, 1, 1), ProgressListener.NONE))
                .mean();
        for (int t = 0; t < 120; t++) assertThat(none[t]).isEqualTo(FLAT);
        // a population never goes negative: -5 % a year for 30 years is floored at 0
        DemandModel model = new DemandModel(wisn(Interval.fixed(-0.05)), 360);
        assertThat(model.populationFactor(359, -0.05)).isZero();
        assertThat(model.populationFactor(11, -0.05)).isEqualTo(1.0);
    }

    /**
     * e ~ Triangular(-0.01, 0, 0.01), one draw each of 400: demand in year 10 is FLAT x (1 + 9 e), an
     * increasing affine map of e, so its P10/P50/P90 over the draws are those of the draws' e mapped
     * (type 7 interpolation commutes with it): e is drawn once per draw, from the draw's own stream. The
     * same with 1 and 3 threads.
     */
    @Test
    void theErrorIsDrawnOncePerDrawAndTheBandFollowsIt() {
        SystemModel model = wisn(new Interval(-0.01, 0, 0.01));
        Projector projector = new Projector(model);
        Projection one = projector.run(new ProjectionSettings(10, 400, 7, 1), ProgressListener.NONE);
        Projection three = projector.run(new ProjectionSettings(10, 400, 7, 3), ProgressListener.NONE);
        var parameters = projector.kernel().parameters();
        int e = -1;
        for (int i = 0; i < parameters.size(); i++) if (parameters.group(i) == ParameterGroup.POPULATION) e = i;
        assertThat(parameters.name(e)).isEqualTo("population_error_per_year ALL");
        float[] mapped = new float[400];
        double mean = 0;
        for (int d = 0; d < 400; d++) {
            double error = parameters.sample(7, d)[e];
            mapped[d] = (float) (FLAT * (1 + 9 * error));
            mean += FLAT * (1 + 9 * error) / 400;
        }
        double[] q = new double[3];
        Quantiles.deciles(mapped, q);
        Series year10 = demand(one);
        int t = 119;
        assertThat(year10.mean()[t]).isCloseTo(mean, within(1e-9));
        assertThat(year10.p10()[t]).isCloseTo(q[0], within(1e-4));
        assertThat(year10.p50()[t]).isCloseTo(q[1], within(1e-4));
        assertThat(year10.p90()[t]).isCloseTo(q[2], within(1e-4));
        // a symmetric triangle of half-width 0.01: P90 of e is 0.01 (1 - sqrt(0.2)) = 0.005528
        assertThat(year10.p90()[t]).isCloseTo(FLAT * (1 + 9 * 0.01 * (1 - Math.sqrt(0.2))), within(FLAT * 0.01));
        assertThat(demand(three).mean()).isEqualTo(year10.mean());
        assertThat(demand(three).p90()).isEqualTo(year10.p90());
    }
}
