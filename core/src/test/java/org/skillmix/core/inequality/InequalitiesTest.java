package org.skillmix.core.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.PlaceFte;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * Ten places: Pk has 10,000 x k residents (demand 100 k FTE: 1 contact a year of 12 hours, 100 hours per FTE-month)
 * and IMD score 10 k (P10 the most deprived); its trust has 90 k FTE, except P3 with 60 FTE (0.2 of need
 * unstaffed) and P7 with 700 FTE (0 short). Per 10,000 residents every place needs 100 FTE.
 */
class InequalitiesTest {

    private static SystemModel system() {
        TestSystem s = TestSystem.create()
                .capability("nursing", 100)
                .role("RN", 30_000, 45_000)
                .canDo("RN", "nursing", 1.0)
                .service("acute", Sector.ACUTE)
                .utilisation("acute", "all", "ALL", 1)
                .hours("acute", "nursing", 12);
        for (int k = 1; k <= 10; k++) {
            String place = "P" + k;
            double staff = k == 3 ? 60 : k == 7 ? 700 : 90 * k;
            s.place(place)
                    .org("T" + k, Sector.ACUTE, place)
                    .population(place, 2025, "F", "all", 10_000 * k)
                    .deprivation(place, 10 * k)
                    .workforce("T" + k, "RN", staff, 0, 0, 0, 0, Interval.fixed(0), Interval.fixed(0));
        }
        return s.build();
    }

    @Test
    void perTenThousandByPlaceAndQuintileAndTheLowestFifthFlagged() {
        SystemModel model = system();
        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        Inequalities in = Inequalities.of(model, p, 0);

        Inequalities.Row p3 = in.places().get(2);
        assertThat(p3.code()).isEqualTo("P3");
        assertThat(p3.population()).isEqualTo(30_000);
        assertThat(p3.demandPer10k()).isCloseTo(100, within(1e-9));
        assertThat(p3.supplyPer10k()).isCloseTo(20, within(1e-9)); // 60 FTE for 30,000 people
        assertThat(p3.gapPer10k()).isCloseTo(80, within(1e-9));
        assertThat(p3.staffingPerNeed()).isCloseTo(0.2, within(1e-12));
        // ceil(10 / 5) = 2 places flagged: P3 (0.2) and then the 0.9s, P1 first by code
        assertThat(in.places())
                .filteredOn(Inequalities.Row::lowestFifth)
                .extracting(Inequalities.Row::code)
                .containsExactly("P1", "P3");
        // Most deprived first: P10 and P9 are quintile 1, P2 and P1 quintile 5.
        assertThat(in.places().get(9).quintile()).isEqualTo(1);
        assertThat(in.places().get(0).quintile()).isEqualTo(5);
        Inequalities.Row q4 = in.quintiles().get(3); // P4 and P3: 70,000 people, demand 700, supply 360 + 60
        assertThat(q4.code()).isEqualTo("Q4");
        assertThat(q4.population()).isEqualTo(70_000);
        assertThat(q4.supplyPer10k()).isCloseTo(420.0 / 7, within(1e-9));
        assertThat(q4.gapPer10k()).isCloseTo(280.0 / 7, within(1e-9));
        assertThat(q4.imdScore()).isCloseTo((40 * 4 + 30 * 3) / 7.0, within(1e-9));
        Inequalities.Row q2 = in.quintiles().get(1); // P8 and P7: over-staffed P7 gives a negative gap
        assertThat(q2.gapPer10k()).isCloseTo((1500 - 720 - 700) / 15.0, within(1e-9));
    }

    /**
     * A place with no demand has nothing to staff: its staffing per need is shown as 0, but it is not under-served
     * and is not flagged. The lowest fifth is of the nine places with a need: ceil(9 / 5) = 2, P3 (0.2) and P1 (0.9).
     */
    @Test
    void aPlaceWithNoDemandIsNotFlaggedAsUnderServed() {
        java.util.Map<String, PlaceFte> byPlace = new java.util.HashMap<>();
        for (int k = 1; k <= 10; k++) {
            double demand = 100 * k, supply = k == 3 ? 60 : 90 * k;
            byPlace.put("P" + k, k == 5 ? PlaceFte.NONE : new PlaceFte(demand, supply, demand - supply));
        }
        Inequalities in = Inequalities.of(system(), java.time.YearMonth.of(2025, 4), byPlace);
        assertThat(in.places().get(4).staffingPerNeed()).isZero();
        assertThat(in.places())
                .filteredOn(Inequalities.Row::lowestFifth)
                .extracting(Inequalities.Row::code)
                .containsExactly("P1", "P3");
    }
}
