package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.ParameterGroup;

/**
 * A workload-norm factor w (assumptions.csv workload_norm_factor) multiplies a service's demand in each draw:
 * demand = A x w, with A the demand at the norm's hours. Against the triangle's closed forms: the mean is
 * A (a + c + b) / 3, the variance A^2 (a^2 + b^2 + c^2 - ab - ac - bc) / 18, and with supply fixed the gap A w - C
 * is linear in w, so w explains all of its spread (first-order index 1).
 */
class WorkloadNormTest {
    private static final Interval NORM = new Interval(0.8, 1, 1.3);
    /** 100,000 people, one visit a year of 0.25 h: 25,000 h a year over 12 x WISN_H hours per FTE-month. */
    private static final double A = 25_000.0 / 12 / TestSystem.WISN_H;

    private static final int DRAWS = 4000;

    private static TestSystem base() {
        return TestSystem.create()
                .place("E1")
                .capability("visit", TestSystem.WISN_H)
                .capability("care", TestSystem.WISN_H)
                .role("RN", 30_000, 45_000)
                .role("CW", 20_000, 30_000)
                .canDo("RN", "visit", 1.0)
                .canDo("CW", "care", 1.0)
                .service("nursing", Sector.COMMUNITY)
                .service("homecare", Sector.ADULT_SOCIAL_CARE)
                .population("E1", 2025, "F", "18+", 100_000)
                .utilisation("nursing", "18+", "ALL", 1.0)
                .utilisation("homecare", "18+", "ALL", 1.0)
                .hours("nursing", "visit", 0.25)
                .hours("homecare", "care", 0.25)
                .org("N1", Sector.COMMUNITY, "E1")
                .org("H1", Sector.ADULT_SOCIAL_CARE, "E1")
                .workforce("N1", "RN", 10, 0, 0, 0)
                .workforce("H1", "CW", 10, 0, 0, 0);
    }

    private static SeriesKey demand(String sector) {
        return new SeriesKey(Measure.DEMAND_FTE, "ALL", "ALL", sector, "ALL", "ALL");
    }

    @Test
    void eachDrawScalesTheServicesDemandByItsFactor() {
        SystemModel model = base().assumption(Parameters.WORKLOAD_NORM_FACTOR, "nursing", NORM)
                .build();
        Projection mc = new Projector(model).run(new ProjectionSettings(5, DRAWS, 3, 2), ProgressListener.NONE);
        Series nursing = mc.series(demand("community")).orElseThrow();
        double a = NORM.low(), c = NORM.mode(), b = NORM.high();
        double mean = A * (a + b + c) / 3;
        double sd = A * Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
        for (int t : new int[] {0, 30, 59}) {
            assertThat(nursing.mean()[t]).as("month " + t).isCloseTo(mean, within(4 * sd / Math.sqrt(DRAWS)));
            // the order statistics of 4,000 draws: the 10th and 90th percentiles within 1.5% of the triangle's
            assertThat(nursing.p10()[t]).isCloseTo(A * NORM.quantile(0.1), within(0.015 * A));
            assertThat(nursing.p90()[t]).isCloseTo(A * NORM.quantile(0.9), within(0.015 * A));
        }
        // a service without a row of its own, and no ALL row, keeps its hours in every draw
        Series homecare = mc.series(demand("adult_social_care")).orElseThrow();
        assertThat(homecare.p10()[12]).isEqualTo(homecare.p90()[12]);
        assertThat(homecare.mean()[12]).isCloseTo(A, within(1e-9));

        // supply is fixed, so the gap A w - 10 of the community sector is all the norm's
        SpreadDrivers.Target year5 = mc.spreadDrivers().orElseThrow().targets().stream()
                .filter(x -> x.sector().equals("community") && x.year() == 5)
                .findFirst()
                .orElseThrow();
        assertThat(year5.indices().shares())
                .extracting(FirstOrderIndices.Share::group)
                .containsExactly(ParameterGroup.WORKLOAD_NORMS);
        assertThat(year5.indices().shares().get(0).index()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void theModeIsTheNormSoADeterministicRunIsUnchanged() {
        Projection without =
                new Projector(base().build()).run(new ProjectionSettings(3, 0, 3, 1), ProgressListener.NONE);
        Projection with = new Projector(base().assumption(Parameters.WORKLOAD_NORM_FACTOR, "ALL", NORM)
                        .build())
                .run(new ProjectionSettings(3, 0, 3, 1), ProgressListener.NONE);
        for (Series s : without.series())
            assertThat(with.series(s.key()).orElseThrow().mean())
                    .as(s.key().toString())
                    .isEqualTo(s.mean());
    }

    @Test
    void aServicesOwnRowOverridesTheAllRow() {
        SystemModel model = base().assumption(Parameters.WORKLOAD_NORM_FACTOR, "ALL", NORM)
                .assumption(Parameters.WORKLOAD_NORM_FACTOR, "homecare", Interval.fixed(1))
                .build();
        Projection mc = new Projector(model).run(new ProjectionSettings(2, 400, 5, 1), ProgressListener.NONE);
        Series nursing = mc.series(demand("community")).orElseThrow();
        Series homecare = mc.series(demand("adult_social_care")).orElseThrow();
        assertThat(nursing.p90()[6] - nursing.p10()[6]).isGreaterThan(0.2 * A);
        assertThat(homecare.p90()[6]).isEqualTo(homecare.p10()[6]);
        assertThat(homecare.mean()[6]).isCloseTo(A, within(1e-9));
    }
}
