package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DischargeFlowModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 4, 1);
    private final DischargeFlowModel model = new DischargeFlowModel();

    /** One pathway takes everyone; capacity c, friction k, flat week. */
    private static DischargeSite onePathway(double c, double k) {
        return new DischargeSite(
                "T", 1000, 800, Map.of(Pathway.HOME_CARE, new PathwayParameters(1, c, k)), DischargeSite.flatWeek());
    }

    private static DischargeSite threePathways() {
        Map<Pathway, PathwayParameters> p = new EnumMap<>(Pathway.class);
        p.put(Pathway.HOME_CARE, new PathwayParameters(0.5, 40, 0));
        p.put(Pathway.CARE_HOME, new PathwayParameters(0.3, 20, 30));
        p.put(Pathway.COMMUNITY, new PathwayParameters(0.2, 25, 5));
        return new DischargeSite("T", 1000, 850, p, new double[] {1.1, 1.1, 1.1, 1.1, 1.1, 0.8, 0.7});
    }

    @Test
    void arrivalsEqualToCapacityKeepTheBacklogConstant() {
        DischargeRun run = model.run(
                onePathway(50, 0), MONDAY, DischargeFlowModel.constant(50, 60), Map.of(Pathway.HOME_CARE, 200.0));
        for (int t = 0; t < 60; t++) {
            assertThat(run.backlogStart(Pathway.HOME_CARE, t)).isCloseTo(200, within(1e-9));
            assertThat(run.exits(Pathway.HOME_CARE, t)).isCloseTo(50, within(1e-9));
        }
        // 60 days x 200 patients; occupancy (800 + 200) / 1000.
        assertThat(run.bedDaysLost()).isCloseTo(12_000, within(1e-6));
        assertThat(run.meanOccupancy()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void arrivalsAboveCapacityGrowTheBacklogByTheirDifferenceEachDay() {
        // a = 70, c = 50: +20 a day from 100, so day t counts 100 + 20t; bed days = sum = 30*100 + 20*(29*30/2).
        DischargeRun run = model.run(
                onePathway(50, 0), MONDAY, DischargeFlowModel.constant(70, 30), Map.of(Pathway.HOME_CARE, 100.0));
        for (int t = 0; t < 30; t++) assertThat(run.backlog(t)).isCloseTo(100 + 20.0 * t, within(1e-9));
        assertThat(run.bedDaysLost()).isCloseTo(3000 + 20 * 435, within(1e-6));
    }

    @Test
    void growsThenDrainsAtCapacityLessArrivals() {
        // 10 days at a = 80 > c = 60 (+20/day from 100 to 300), then a = 40 < c: -20/day until it can all leave.
        double[] a = new double[30];
        for (int t = 0; t < 30; t++) a[t] = t < 10 ? 80 : 40;
        DischargeRun run = model.run(onePathway(60, 0), MONDAY, a, Map.of(Pathway.HOME_CARE, 100.0));
        assertThat(run.backlog(10)).isCloseTo(300, within(1e-9));
        for (int t = 10; t < 22; t++) assertThat(run.backlog(t)).isCloseTo(300 - 20.0 * (t - 10), within(1e-9));
        // 300 - 20*12 = 60 on day 22: all 60 can leave, then only each day's 40 arrivals are left to count.
        assertThat(run.backlog(22)).isCloseTo(60, within(1e-9));
        assertThat(run.backlog(23)).isCloseTo(40, within(1e-9));
        assertThat(run.backlog(29)).isCloseTo(40, within(1e-9));
    }

    @Test
    void frictionGivesTheSteadyBacklogKaOverCminusA() {
        // C = 100, K = 300, a = 60: B* = 300*60/40 = 450 (exits 100*450/750 = 60).
        PathwayParameters pp = new PathwayParameters(1, 100, 300);
        assertThat(BindingLimit.steady(60, pp)).isCloseTo(450, within(1e-12));
        DischargeRun run = model.run(
                onePathway(100, 300), MONDAY, DischargeFlowModel.constant(60, 400), Map.of(Pathway.HOME_CARE, 50.0));
        assertThat(run.backlog(399)).isCloseTo(450, within(1e-6));
        // Started at the steady state it stays there.
        DischargeRun steady = model.run(
                onePathway(100, 300), MONDAY, DischargeFlowModel.constant(60, 10), Map.of(Pathway.HOME_CARE, 450.0));
        assertThat(steady.backlog(9)).isCloseTo(450, within(1e-9));
        assertThat(BindingLimit.steady(100, pp)).isInfinite();
    }

    @Test
    void everyPatientIsSomewhereEveryDayOnEveryPathway() {
        double[] a = new double[365];
        for (int t = 0; t < a.length; t++) a[t] = 70 + 30 * Math.sin(t / 9.0) + (t % 7 == 3 ? 25 : 0);
        DischargeSite site = threePathways();
        DischargeRun run = model.run(site, LocalDate.of(2024, 1, 3), a, DischargeFlowModel.splitByShare(site, 120));
        double totalIn = 120;
        double totalOut = 0;
        for (int t = 0; t < a.length; t++) {
            double arrivedToday = 0;
            for (Pathway p : Pathway.values()) {
                double start = run.backlogStart(p, t);
                double end = run.backlogEnd(p, t);
                assertThat(start + run.arrivals(p, t) - run.exits(p, t)).isCloseTo(end, within(1e-9));
                assertThat(run.exits(p, t)).isBetween(0.0, start);
                assertThat(end).isGreaterThanOrEqualTo(0);
                arrivedToday += run.arrivals(p, t);
                totalOut += run.exits(p, t);
            }
            assertThat(arrivedToday).isCloseTo(a[t], within(1e-9));
            totalIn += a[t];
        }
        double left = run.finalBacklog().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(totalIn).isCloseTo(totalOut + left, within(1e-6));
    }

    @Test
    void weekdayFactorsScaleTheDaysCapacity() {
        DischargeSite site = new DischargeSite(
                "T", 100, 50, Map.of(Pathway.CARE_HOME, new PathwayParameters(1, 10, 0)), new double[] {
                    1, 1, 1, 1, 1, 0.5, 0
                });
        DischargeRun run = model.run(site, MONDAY, DischargeFlowModel.constant(0, 7), Map.of(Pathway.CARE_HOME, 100.0));
        assertThat(run.exits(Pathway.CARE_HOME, 4)).isEqualTo(10);
        assertThat(run.exits(Pathway.CARE_HOME, 5)).isEqualTo(5);
        assertThat(run.exits(Pathway.CARE_HOME, 6)).isEqualTo(0);
    }

    @Test
    void capacityComesFromStaffAsDocumented() {
        // 100 FTE x 4 h/day x 0.3 / (2 h/day x 42 days) = 120 / 84 = 1.428... packages a day.
        HomecareStaffing home = new HomecareStaffing(100, 4, 0.3, 2, 42);
        assertThat(home.capacityPerDay()).isCloseTo(120.0 / 84, within(1e-12));
        assertThat(home.withExtraFte(84).capacityPerDay() - home.capacityPerDay())
                .isCloseTo(1.2, within(1e-12));
        // 500 beds, 300 FTE x 1.5 = 450 staffed, 0.4 of them to discharges, 30-day stay: 6 a day.
        assertThat(new CareHomeStaffing(500, 300, 1.5, 30, 0.4).capacityPerDay())
                .isCloseTo(6, within(1e-12));
        // Staff for more beds than there are: the beds bind.
        assertThat(new CareHomeStaffing(100, 300, 1.5, 25, 1).capacityPerDay()).isCloseTo(4, within(1e-12));
        // 50 FTE x 20 patients x 0.25 / 25 days = 10 a day.
        assertThat(new CommunityStaffing(50, 20, 25, 0.25).capacityPerDay()).isCloseTo(10, within(1e-12));
    }

    @Test
    void extraCareWorkersSaveTheBedDaysTheClosedFormGives() {
        // Friction K = 300, C = 100, a = 60 at the steady state 450. +84 FTE at 1/70 package/FTE/day... use 0.5/FTE:
        // 20 FTE add 10 a day: new steady backlog 300*60/50 = 360, so in the long run 90 fewer patients waiting.
        DischargeSite site = onePathway(100, 300);
        StaffingEffect e = StaffingEffect.of(
                model,
                site,
                MONDAY,
                DischargeFlowModel.constant(60, 2000),
                Map.of(Pathway.HOME_CARE, 450.0),
                Pathway.HOME_CARE,
                20,
                0.5);
        assertThat(e.baselineMeanBacklog()).isCloseTo(450, within(1e-6));
        assertThat(e.meanBacklog()).isCloseTo(360, within(2.0)); // the first weeks are spent getting there
        assertThat(e.bedDaysPerFte()).isCloseTo(90.0 * 2000 / 20, within(0.5 * 2000 / 20 * 2));
        assertThat(e.occupancy()).isLessThan(e.baselineOccupancy());
    }

    @Test
    void theMostBindingPathwayComesFirst() {
        var ranked = BindingLimit.rank(java.util.List.of(threePathways()), Map.of("T", 60.0));
        // Utilisation: home 30/40 = 0.75, care home 18/20 = 0.9, community 12/25 = 0.48.
        assertThat(ranked.get(0).pathway()).isEqualTo(Pathway.CARE_HOME);
        assertThat(ranked.get(0).utilisation()).isCloseTo(0.9, within(1e-12));
        assertThat(ranked.get(2).pathway()).isEqualTo(Pathway.COMMUNITY);
    }

    @Test
    void refusesSharesThatDoNotAddToOne() {
        assertThatThrownBy(() -> new DischargeSite(
                        "X",
                        10,
                        5,
                        Map.of(Pathway.HOME_CARE, new PathwayParameters(0.5, 1, 0)),
                        DischargeSite.flatWeek()))
                .hasMessageContaining("add to 0.5");
    }
}
