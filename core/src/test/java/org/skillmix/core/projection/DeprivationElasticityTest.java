package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * A deprivation-elasticity factor k (assumptions.csv deprivation_elasticity_factor) scales a service's elasticity e
 * in each draw and holds its base-year total, so need moves between places. Two places of 100,000 people, IMD scores
 * 10 and 40 against a reference of 20 (r = 0.5 and 2), e = 0.5: at the mode each place's demand is A r^0.5 (A the
 * demand at r = 1); at k the shares are r^(k e) / Σ r^(k e) of the same total.
 */
class DeprivationElasticityTest {
    /** 100,000 people, one visit a year of 0.25 h: 25,000 h a year over 12 x WISN_H hours per FTE-month. */
    private static final double A = 25_000.0 / 12 / TestSystem.WISN_H;

    private static TestSystem twoPlaces() {
        return TestSystem.create()
                .place("POOR")
                .place("RICH")
                .referenceImd(20)
                .deprivation("POOR", 40)
                .deprivation("RICH", 10)
                .capability("visit", TestSystem.WISN_H)
                .role("RN", 30_000, 45_000)
                .canDo("RN", "visit", 1.0)
                .service("nursing", Sector.COMMUNITY, Interval.fixed(1), Interval.fixed(1), 0.5)
                .population("POOR", 2025, "F", "18+", 100_000)
                .population("RICH", 2025, "F", "18+", 100_000)
                .utilisation("nursing", "18+", "ALL", 1.0)
                .hours("nursing", "visit", 0.25)
                .org("N1", Sector.COMMUNITY, "POOR")
                .org("N2", Sector.COMMUNITY, "RICH")
                .workforce("N1", "RN", 10, 0, 0, 0)
                .workforce("N2", "RN", 10, 0, 0, 0);
    }

    /** Hand-worked: k = 2 gives r^1 = 2 and 0.5 of a total A (√2 + √0.5) = 2.1213 A: 1.6971 A and 0.4243 A. */
    @Test
    void aDrawMovesNeedBetweenPlacesAndKeepsTheTotal() {
        DemandModel demand = new DemandModel(twoPlaces().build(), 12);
        double[][] shift = new double[1][2];
        assertThat(demand.deprivationShift().fill(new double[] {2}, shift)).isTrue();
        int poor = demand.places().indexOf("POOR"), rich = demand.places().indexOf("RICH");
        double total = Math.sqrt(2) + Math.sqrt(0.5);
        assertThat(Math.sqrt(2) * shift[0][poor]).isCloseTo(2 * total / 2.5, within(1e-12));
        assertThat(Math.sqrt(0.5) * shift[0][rich]).isCloseTo(0.5 * total / 2.5, within(1e-12));
        // k = 0 removes the gradient: both places take half of the same total
        demand.deprivationShift().fill(new double[] {0}, shift);
        assertThat(Math.sqrt(2) * shift[0][poor]).isCloseTo(total / 2, within(1e-12));
        assertThat(Math.sqrt(0.5) * shift[0][rich]).isCloseTo(total / 2, within(1e-12));
        // every k exactly 1: no shift, nothing written
        double[][] untouched = {{7, 7}};
        assertThat(demand.deprivationShift().fill(new double[] {1}, untouched)).isFalse();
        assertThat(untouched[0]).containsExactly(7, 7);
    }

    @Test
    void theDrawsSpreadEachPlaceButNotTheSystem() {
        SystemModel model = twoPlaces()
                .assumption(Parameters.DEPRIVATION_ELASTICITY_FACTOR, "ALL", new Interval(0, 1, 2))
                .build();
        Projection mc = new Projector(model).run(new ProjectionSettings(2, 400, 3, 2), ProgressListener.NONE);
        Series poor = mc.series(demandOf("POOR")).orElseThrow();
        Series all = mc.series(demandOf("ALL")).orElseThrow();
        // the system's base-year demand is the published total in every draw: A (√2 + √0.5) (draws are stored as
        // floats: 7 significant figures)
        assertThat(all.p10()[0]).isCloseTo(A * (Math.sqrt(2) + Math.sqrt(0.5)), within(1e-5));
        assertThat(all.p90()[0]).isCloseTo(all.p10()[0], within(1e-5));
        // the deprived place's share moves between k = 0 (half) and k = 2 (4/5) of it
        double total = all.mean()[0];
        assertThat(poor.p10()[0]).isBetween(0.5 * total, A * Math.sqrt(2));
        assertThat(poor.p90()[0]).isBetween(A * Math.sqrt(2), 0.8 * total);
        // the mode run keeps the elasticity as given
        Projection modes = new Projector(model).run(new ProjectionSettings(2, 0, 3, 1), ProgressListener.NONE);
        assertThat(modes.series(demandOf("POOR")).orElseThrow().mean()[0]).isCloseTo(A * Math.sqrt(2), within(1e-9));
    }

    private static SeriesKey demandOf(String place) {
        return new SeriesKey(Measure.DEMAND_FTE, "ALL", "ALL", "ALL", "ALL", place);
    }
}
