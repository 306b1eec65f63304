package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.explain.Explainer;
import org.skillmix.core.explain.SupplyExplanation;
import org.skillmix.core.explain.SupplyTerm;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/** Organisations whose staff serve several places: supply of capabilities follows the catchment. */
class CatchmentTest {
    private static final String ALL = SeriesKey.ALL;

    /**
     * Hand case. Acute trust A (home E1) serves E1 0.6 and E2 0.4; acute trust B (home E2) has no rows,
     * so it serves E2 alone. Registered nurses, who can give all their time to nursing (H = 100):
     * A has 200 in post, sickness 0.1, bank 10: effective 200 x 0.9 + 10 = 190; B has 50: effective 50.
     * Pooled RN FTE: E1 = 0.6 x 190 = 114; E2 = 0.4 x 190 + 50 = 76 + 50 = 126.
     * Demand: 10,000 people in E1 and 20,000 in E2, 1 acute activity a year of 12 nursing hours:
     * E1 10,000 x 12 / 100 / 12 = 100 FTE, E2 200 FTE. One role, one capability, max share 1: all pooled
     * FTE is supply, so gap E1 = 100 - 114 = -14, E2 = 200 - 126 = 74 (unmet 74).
     * Without the catchment, E1 would get all 190 (gap -90) and E2 only 50 (gap 150).
     */
    private static TestSystem handCase() {
        return TestSystem.create()
                .place("E1")
                .place("E2")
                .capability("nursing", 100)
                .role("RN", 30_000, 40_000)
                .canDo("RN", "nursing", 1.0)
                .service("acute", Sector.ACUTE)
                .population("E1", 2025, "F", "all", 10_000)
                .population("E2", 2025, "F", "all", 20_000)
                .utilisation("acute", "all", "ALL", 1)
                .hours("acute", "nursing", 12)
                .org("A", Sector.ACUTE, "E1")
                .org("B", Sector.ACUTE, "E2")
                .workforce("A", "RN", 200, 0, 10, 0, 0.1, Interval.fixed(0), Interval.fixed(0))
                .workforce("B", "RN", 50, 0, 0, 0);
    }

    @Test
    void eachPlaceAllocatesItsShareOfTheOrganisationsFte() {
        SystemModel model =
                handCase().catchment("A", "E1", 0.6).catchment("A", "E2", 0.4).build();
        ProjectionKernel kernel = new ProjectionKernel(model, 1);
        ProjectionKernel.Worker worker = kernel.newWorker();
        worker.run(kernel.parameters().modes(), MonthSink.NONE);
        int e1 = kernel.demand().placeIndex("E1"), e2 = kernel.demand().placeIndex("E2");
        assertThat(kernel.groups()).hasSize(2);
        for (int g = 0; g < kernel.groups().size(); g++) {
            AllocationGroup group = kernel.groups().get(g);
            assertThat(group.sector()).isEqualTo(Sector.ACUTE.ordinal());
            if (group.place() == e1) assertThat(worker.groupFte(g)).containsExactly(new double[] {114}, within(1e-9));
            if (group.place() == e2) assertThat(worker.groupFte(g)).containsExactly(new double[] {126}, within(1e-9));
        }

        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        assertThat(capability(p, Measure.DEMAND_FTE, "E1")).isCloseTo(100, within(1e-9));
        assertThat(capability(p, Measure.SUPPLY_FTE, "E1")).isCloseTo(114, within(1e-9));
        assertThat(capability(p, Measure.GAP_FTE, "E1")).isCloseTo(-14, within(1e-9));
        assertThat(capability(p, Measure.SUPPLY_FTE, "E2")).isCloseTo(126, within(1e-9));
        assertThat(capability(p, Measure.UNMET_FTE, "E2")).isCloseTo(74, within(1e-9));
        assertThat(capability(p, Measure.GAP_FTE, "E2")).isCloseTo(74, within(1e-9));
        assertThat(capability(p, Measure.SUPPLY_FTE, ALL)).isCloseTo(190 + 50, within(1e-9));
        // the employer's figures stay at its home place: A's 200 in post are E1's, B's 50 are E2's
        assertThat(series(p, new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, "RN", "acute", "A", "E1")))
                .isCloseTo(200, within(1e-9));
        assertThat(series(p, new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, ALL, ALL, ALL, "E1")))
                .isCloseTo(200, within(1e-9));
        assertThat(series(p, new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, ALL, ALL, ALL, "E2")))
                .isCloseTo(50, within(1e-9));
    }

    @Test
    void withoutCatchmentRowsAnOrganisationServesItsHomePlace() {
        SystemModel model = handCase().build();
        assertThat(model.catchmentOf("A")).containsExactly(new Catchment("A", "E1", 1.0));
        assertThat(model.catchmentOf("nobody")).isEmpty();
        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        assertThat(capability(p, Measure.GAP_FTE, "E1")).isCloseTo(100 - 190, within(1e-9));
        assertThat(capability(p, Measure.GAP_FTE, "E2")).isCloseTo(200 - 50, within(1e-9));
    }

    /**
     * Shares within the dataset's rounding tolerance are rescaled to add up to 1, so no staff time is
     * made or lost: 0.603 and 0.4 add up to 1.003, and E1 gets 190 x 0.603 / 1.003, E2 190 x 0.4 / 1.003 + 50.
     */
    @Test
    void sharesAreRescaledToAddUpToOne() {
        SystemModel model =
                handCase().catchment("A", "E1", 0.603).catchment("A", "E2", 0.4).build();
        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        assertThat(capability(p, Measure.SUPPLY_FTE, "E1")).isCloseTo(190 * 0.603 / 1.003, within(1e-9));
        assertThat(capability(p, Measure.SUPPLY_FTE, "E2")).isCloseTo(190 * 0.4 / 1.003 + 50, within(1e-9));
        assertThat(capability(p, Measure.SUPPLY_FTE, ALL)).isCloseTo(240, within(1e-9));
    }

    /**
     * A role's supply over all its capabilities is min(F, F x sum of its max shares): linear in its pooled
     * FTE F, whatever the demand (which capabilities get it does depend on the demand in each place). So
     * moving shares of an organisation's FTE between places moves supply between places but leaves the
     * system's total capability supply, and each sector's, as it was, month by month; demand and the
     * employers' own figures do not change at all.
     */
    @Test
    void catchmentsMoveSupplyBetweenPlacesButKeepTheTotal() {
        SystemModel plain = SyntheticSystem.build(10, 8, 3, 8, 6, false, 5);
        // ORG0 acute (home E08000000), ORG1 mental health (home E08000001), ORG3 ambulance (home E08000000,
        // not serving it: its base is elsewhere)
        List<Catchment> catchments = List.of(
                new Catchment("ORG0", "E08000000", 0.5),
                new Catchment("ORG0", "E08000001", 0.3),
                new Catchment("ORG0", "E08000002", 0.2),
                new Catchment("ORG1", "E08000001", 0.75),
                new Catchment("ORG1", "E08000002", 0.25),
                new Catchment("ORG3", "E08000001", 0.6),
                new Catchment("ORG3", "E08000002", 0.4));
        SystemModel served = withCatchments(plain, catchments);
        ProjectionSettings settings = new ProjectionSettings(3, 0, 1, 1);
        Projection before = new Projector(plain).run(settings, ProgressListener.NONE);
        Projection after = new Projector(served).run(settings, ProgressListener.NONE);

        int moved = 0;
        for (int t : new int[] {0, 11, 35}) {
            for (String sector : new String[] {ALL, "acute", "mental_health", "ambulance", "community"}) {
                SeriesKey total = new SeriesKey(Measure.SUPPLY_FTE, ALL, ALL, sector, ALL, ALL);
                double expected = series(before, total, t);
                assertThat(expected).isPositive();
                assertThat(series(after, total, t))
                        .as(sector + " month " + t)
                        .isCloseTo(expected, within(1e-9 * expected));
            }
            for (String place : new String[] {"E08000000", "E08000001", "E08000002"}) {
                SeriesKey supply = new SeriesKey(Measure.SUPPLY_FTE, ALL, ALL, ALL, ALL, place);
                if (Math.abs(series(after, supply, t) - series(before, supply, t)) > 1) moved++;
                SeriesKey demand = new SeriesKey(Measure.DEMAND_FTE, ALL, ALL, ALL, ALL, place);
                assertThat(series(after, demand, t)).isEqualTo(series(before, demand, t));
                SeriesKey staff = new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, ALL, ALL, ALL, place);
                assertThat(series(after, staff, t)).isEqualTo(series(before, staff, t));
            }
        }
        assertThat(moved).isGreaterThan(0);
    }

    /** Catchments change which lines a group pools, not the order of the sums: any thread count, same figures. */
    @Test
    void monteCarloWithCatchmentsIsIdenticalForOneAndThreeThreads() {
        SystemModel served = withCatchments(
                SyntheticSystem.build(8, 6, 3, 6, 5, false, 11),
                List.of(new Catchment("ORG0", "E08000000", 0.7), new Catchment("ORG0", "E08000002", 0.3)));
        Projector projector = new Projector(served);
        Projection one = projector.run(new ProjectionSettings(2, 50, 3, 1), ProgressListener.NONE);
        Projection three = projector.run(new ProjectionSettings(2, 50, 3, 3), ProgressListener.NONE);
        List<Series> a = new ArrayList<>(one.series()), b = new ArrayList<>(three.series());
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).key()).isEqualTo(a.get(i).key());
            assertThat(b.get(i).mean())
                    .as(a.get(i).key().toString())
                    .containsExactly(a.get(i).mean());
            if (a.get(i).hasQuantiles())
                assertThat(b.get(i).p50()).containsExactly(a.get(i).p50());
        }
    }

    /**
     * Explain E2 in the hand case: A's term has share 0.4 and gives 0.4 x 190 = 76, B's share 1 and 50;
     * together the 126 the projection has. E1 has only A's term, share 0.6, 114.
     */
    @Test
    void explainedSupplyShowsTheShareAndAddsUpToTheProjection() {
        SystemModel model =
                handCase().catchment("A", "E1", 0.6).catchment("A", "E2", 0.4).build();
        Explainer explainer = new Explainer();
        SupplyExplanation e2 = explainer.explainSupply(model, model.info().baseMonth(), "nursing", "E2");
        assertThat(e2.terms()).extracting(SupplyTerm::organisation).containsExactly("A", "B");
        SupplyTerm a = e2.terms().get(0), b = e2.terms().get(1);
        assertThat(a.effectiveFte()).isCloseTo(190, within(1e-9));
        assertThat(a.share()).isEqualTo(0.4);
        assertThat(a.allocatedFte()).isCloseTo(76, within(1e-9));
        assertThat(b.share()).isEqualTo(1.0);
        assertThat(b.allocatedFte()).isCloseTo(50, within(1e-9));
        assertThat(e2.totalFte()).isCloseTo(126, within(1e-9));

        SupplyExplanation e1 = explainer.explainSupply(model, model.info().baseMonth(), "nursing", "E1");
        assertThat(e1.terms()).singleElement().satisfies(t -> {
            assertThat(t.share()).isEqualTo(0.6);
            assertThat(t.allocatedFte()).isCloseTo(114, within(1e-9));
        });
    }

    /** On a synthetic system with catchments, explained supply adds up to the projection's in every place. */
    @Test
    void explainedSupplyAddsUpOnASyntheticSystem() {
        SystemModel model = withCatchments(
                SyntheticSystem.build(10, 8, 3, 8, 6, false, 5),
                List.of(
                        new Catchment("ORG0", "E08000000", 0.5),
                        new Catchment("ORG0", "E08000001", 0.3),
                        new Catchment("ORG0", "E08000002", 0.2),
                        new Catchment("ORG1", "E08000001", 0.75),
                        new Catchment("ORG1", "E08000002", 0.25)));
        Projection p = new Projector(model).run(new ProjectionSettings(3, 0, 1, 1), ProgressListener.NONE);
        Explainer explainer = new Explainer();
        int checked = 0;
        for (String cap : new String[] {"CAP0", "CAP3", "CAP5"}) {
            for (String place : new String[] {"E08000000", "E08000001", "E08000002"}) {
                for (int t : new int[] {0, 30}) {
                    double supply = p.series(new SeriesKey(Measure.SUPPLY_FTE, cap, ALL, ALL, ALL, place))
                            .map(s -> s.mean()[t])
                            .orElse(0.0);
                    SupplyExplanation s = explainer.explainSupply(
                            model, model.info().baseMonth().plusMonths(t), cap, place);
                    assertThat(s.terms().stream()
                                    .mapToDouble(SupplyTerm::allocatedFte)
                                    .sum())
                            .isCloseTo(s.totalFte(), within(1e-9 * Math.max(1, supply)));
                    assertThat(s.totalFte())
                            .as(cap + " " + place + " " + t)
                            .isCloseTo(supply, within(1e-9 * Math.max(1, supply)));
                    if (s.terms().stream().anyMatch(term -> term.share() < 1 && term.allocatedFte() > 0)) checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(0);
    }

    private static SystemModel withCatchments(SystemModel m, List<Catchment> catchments) {
        return m.toBuilder()
                .catchments(catchments)
                .scenarios(List.of())
                .metrics(List.of())
                .discharge(List.of())
                .build();
    }

    private static double capability(Projection p, Measure m, String place) {
        return series(p, new SeriesKey(m, "nursing", ALL, "acute", ALL, place));
    }

    private static double series(Projection p, SeriesKey key) {
        return series(p, key, 0);
    }

    private static double series(Projection p, SeriesKey key, int t) {
        return p.series(key)
                .orElseThrow(() -> new AssertionError("no series " + key))
                .mean()[t];
    }
}
