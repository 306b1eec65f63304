package org.skillmix.core.winter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.winter.SurgeUplift.Unit;
import org.skillmix.core.winter.WinterPlan.Measure;

class WinterPlannerTest {

    /** Activity per day: Jan 1.3, Feb 1.2, Mar 1.0, Apr-Oct 0.9, Nov 1.0, Dec 1.2 (day-weighted mean 0.99931). */
    private static final double[] SEASON = {1.3, 1.2, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.2};
    /** The engine rescales a profile to a day-weighted mean of exactly 1. */
    private static final double RESCALE = 1 / Seasonality.dayWeightedMean(SEASON);

    /**
     * One place, one acute trust A with 8 nurses (no leavers, recruits, sickness, bank or agency: 8 FTE every
     * month), who can give all their time to nursing (H = 100 h per FTE-month). 12,000 people, 1 activity a
     * year of 1 nursing hour: flat demand 12,000 / 12 / 100 = 10 FTE a month, times the season.
     */
    private static TestSystem oneService() {
        return TestSystem.create()
                .place("E1")
                .capability("nursing", 100)
                .role("RN", 30_000, 40_000)
                .canDo("RN", "nursing", 1.0)
                .service("acute", Sector.ACUTE)
                .season("acute", "ALL", SEASON)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("acute", "all", "ALL", 1)
                .hours("acute", "nursing", 1)
                .org("A", Sector.ACUTE, "E1")
                .workforce("A", "RN", 8, 0, 0, 0);
    }

    @Test
    void weeklyDemandIsFlatBaselineTimesSeasonTimesUplift() {
        SystemModel model = oneService().build();
        // 2026-01-05 is a Monday; weeks 1-3 lie in January (season 1.3): baseline 10 x 1.3 = 13 FTE, rescaled
        double jan = 13 * RESCALE;
        List<SurgeUplift> surge = List.of(
                new SurgeUplift("s:2", "acute", null, null, 2, 2, Unit.PERCENT, 20),
                new SurgeUplift("s:3", null, "nursing", "E1", 3, 3, Unit.FTE, 3));
        WinterPlan plan = new WinterPlanner(model).plan(LocalDate.of(2026, 1, 5), 3, surge);
        assertThat(plan.rows()).hasSize(3);
        WinterRow w1 = plan.rows().get(0),
                w2 = plan.rows().get(1),
                w3 = plan.rows().get(2);
        assertThat(w1.baselineDemandFte()).isCloseTo(jan, within(1e-9));
        assertThat(w1.demandFte()).isCloseTo(jan, within(1e-9));
        assertThat(w2.demandFte()).isCloseTo(jan * 1.2, within(1e-9));
        assertThat(w3.demandFte()).isCloseTo(jan + 3, within(1e-9));
        // all 8 nurses go to nursing: shortfall = demand - 8
        assertThat(w1.supplyFte()).isCloseTo(8, within(1e-9));
        assertThat(w1.shortfallFte()).isCloseTo(jan - 8, within(1e-9));
        assertThat(w2.shortfallFte()).isCloseTo(jan * 1.2 - 8, within(1e-9));
        assertThat(w3.shortfallFte()).isCloseTo(jan + 3 - 8, within(1e-9));
        assertThat(w1)
                .extracting(WinterRow::orgCode, WinterRow::serviceCode, WinterRow::capabilityCode, WinterRow::placeCode)
                .containsExactly("A", "acute", "nursing", "E1");
    }

    @Test
    void aWeekAcrossTwoMonthsTakesEachDaysMonth() {
        // 2026-01-26..02-01: six January days (13 FTE) and one February day (10 x 1.2 = 12 FTE), rescaled
        WinterPlan plan = new WinterPlanner(oneService().build()).plan(LocalDate.of(2026, 1, 26), 1, List.of());
        assertThat(plan.rows().get(0).demandFte()).isCloseTo((6 * 13 + 12) / 7.0 * RESCALE, within(1e-9));
        assertThat(plan.weekEnding(1)).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    /**
     * Hand-worked, two services sharing one capability (no season): acute A&E demand 0.6 x 10 = 6 FTE and
     * acute inpatients 0.4 x 10 = 4 FTE of nursing; 8 nurses. Supply is split by baseline demand share:
     * A&E 8 x 0.6 = 4.8, inpatients 3.2; shortfalls 1.2 and 0.8. A surge of +50% on A&E in week 2: A&E demand
     * 9, shortfall 9 - 4.8 = 4.2, inpatients unchanged. 2 FTE on nursing for every service in week 3, spread
     * by baseline demand: A&E +1.2 (shortfall 2.4), inpatients +0.8 (shortfall 1.6). A&E is critical.
     */
    @Test
    void twoServicesHandWorked() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .capability("nursing", 100)
                .role("RN", 30_000, 40_000)
                .canDo("RN", "nursing", 1.0)
                .service("ae", Sector.ACUTE)
                .service("inpatient", Sector.ACUTE)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("ae", "all", "ALL", 0.6)
                .utilisation("inpatient", "all", "ALL", 0.4)
                .hours("ae", "nursing", 1)
                .hours("inpatient", "nursing", 1)
                .org("A", Sector.ACUTE, "E1")
                .workforce("A", "RN", 8, 0, 0, 0)
                .build();
        model = critical(model, "ae");
        List<SurgeUplift> surge = List.of(
                new SurgeUplift("s:2", "ae", null, null, 2, 2, Unit.PERCENT, 50),
                new SurgeUplift("s:3", null, "nursing", null, 3, 3, Unit.FTE, 2));
        WinterPlan plan = new WinterPlanner(model).plan(LocalDate.of(2026, 1, 5), 3, surge);
        assertThat(plan.rows()).hasSize(6);
        double[][] expected = { // week, demand, supply, shortfall for ae then inpatient
            {6, 4.8, 1.2}, {4, 3.2, 0.8}, {9, 4.8, 4.2}, {4, 3.2, 0.8}, {7.2, 4.8, 2.4}, {4.8, 3.2, 1.6}
        };
        for (int i = 0; i < 6; i++) {
            WinterRow r = plan.rows().get(i);
            assertThat(r.week()).isEqualTo(i / 2 + 1);
            assertThat(r.serviceCode()).isEqualTo(i % 2 == 0 ? "ae" : "inpatient");
            assertThat(r.critical()).isEqualTo(i % 2 == 0);
            assertThat(r.demandFte()).as("row %d demand", i).isCloseTo(expected[i][0], within(1e-9));
            assertThat(r.supplyFte()).as("row %d supply", i).isCloseTo(expected[i][1], within(1e-9));
            assertThat(r.shortfallFte()).as("row %d shortfall", i).isCloseTo(expected[i][2], within(1e-9));
        }
        List<Shortfall> shortfalls = plan.shortfalls();
        assertThat(shortfalls).hasSize(6);
        Shortfall s = shortfalls.get(2);
        assertThat(s.getWeek()).isEqualTo(2);
        assertThat(s.getOrgCode()).isEqualTo("A");
        assertThat(s.getServiceCode()).isEqualTo("ae");
        assertThat(s.getPlaceCode()).isEqualTo("E1");
        assertThat(s.neededCenti()).isEqualTo(420);
        assertThat(s.isCritical()).isTrue();
        assertThat(s.getWeekEnding()).isEqualTo(LocalDate.of(2026, 1, 18));
    }

    /**
     * The catchment hand case of CatchmentTest: trust A (190 effective FTE) serves E1 0.6 and E2 0.4, trust B
     * (50 FTE) serves E2. E1: demand 100, supply 114, all A's. E2: demand 200, supply 76 from A and 50 from B,
     * so A meets 76/126 of E2's demand and B 50/126: shortfalls 200 x 76/126 - 76 and 200 x 50/126 - 50.
     */
    @Test
    void organisationsShareAPlaceByTheStaffTheyBring() {
        SystemModel model = TestSystem.create()
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
                .workforce("B", "RN", 50, 0, 0, 0)
                .catchment("A", "E1", 0.6)
                .catchment("A", "E2", 0.4)
                .build();
        WinterPlan plan = new WinterPlanner(model).plan(LocalDate.of(2025, 6, 2), 1, List.of());
        assertThat(plan.rows())
                .extracting(r -> r.orgCode() + "@" + r.placeCode())
                .containsExactly("A@E1", "A@E2", "B@E2");
        WinterRow aE1 = plan.rows().get(0),
                aE2 = plan.rows().get(1),
                bE2 = plan.rows().get(2);
        assertThat(aE1.demandFte()).isCloseTo(100, within(1e-9));
        assertThat(aE1.supplyFte()).isCloseTo(114, within(1e-9));
        assertThat(aE1.shortfallFte()).isZero();
        assertThat(aE2.demandFte()).isCloseTo(200 * 76 / 126.0, within(1e-9));
        assertThat(aE2.supplyFte()).isCloseTo(76, within(1e-9));
        assertThat(bE2.demandFte()).isCloseTo(200 * 50 / 126.0, within(1e-9));
        assertThat(bE2.supplyFte()).isCloseTo(50, within(1e-9));
        assertThat(plan.total(1, Measure.SHORTFALL)).isCloseTo(200 - 126, within(1e-9));
    }

    /**
     * Conservation on a generated system with many services, roles, organisations and places: over any run
     * of days, sum over weeks of 7 x the weekly total is the sum over days of that day's month's engine
     * total, for demand and for supply (supply where there is demand). February 2026 has 28 days, so four
     * weeks from 1 February are exactly the month: the weekly mean is the month's figure.
     */
    @Test
    void weeklySumsAreTheMonthlyEngineFigures() {
        SystemModel model = SyntheticSystem.build(6, 8, 4, 7, 5, false, 11);
        YearMonth base = model.info().baseMonth();
        for (LocalDate from : List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2025, 12, 17))) {
            int weeks = from.getDayOfMonth() == 1 ? 4 : 9;
            WinterPlan plan = new WinterPlanner(model).plan(from, weeks, List.of());
            int lastT = (int) ChronoUnit.MONTHS.between(base, YearMonth.from(from.plusDays(7L * weeks - 1)));
            double[][] engine = engineTotals(model, lastT + 1);
            double demandDays = 0, supplyDays = 0;
            for (int d = 0; d < 7 * weeks; d++) {
                int t = (int) ChronoUnit.MONTHS.between(base, YearMonth.from(from.plusDays(d)));
                demandDays += engine[t][0];
                supplyDays += engine[t][1];
            }
            double demandWeeks = 0, supplyWeeks = 0;
            for (int w = 1; w <= weeks; w++) {
                demandWeeks += 7 * plan.total(w, Measure.DEMAND);
                supplyWeeks += 7 * plan.total(w, Measure.SUPPLY);
                assertThat(plan.total(w, Measure.DEMAND)).isEqualTo(plan.total(w, Measure.BASELINE_DEMAND));
            }
            assertThat(demandDays).isPositive();
            assertThat(demandWeeks).isCloseTo(demandDays, within(1e-9 * demandDays));
            assertThat(supplyWeeks).isCloseTo(supplyDays, within(1e-9 * supplyDays));
            if (weeks == 4) {
                int t = (int) ChronoUnit.MONTHS.between(base, YearMonth.of(2026, 2));
                double monthMean = (plan.total(1, Measure.DEMAND)
                                + plan.total(2, Measure.DEMAND)
                                + plan.total(3, Measure.DEMAND)
                                + plan.total(4, Measure.DEMAND))
                        / 4;
                assertThat(monthMean).isCloseTo(engine[t][0], within(1e-9 * engine[t][0]));
            }
        }
    }

    /** Per month: total demand, and total supply over cells with demand, straight from the engine's recurrence. */
    private static double[][] engineTotals(SystemModel model, int months) {
        ProjectionKernel kernel = new ProjectionKernel(model, months);
        double[][] totals = new double[months][2];
        kernel.newWorker().run(kernel.parameters().modes(), (t, w) -> {
            for (int c : kernel.activeCells()) {
                if (!(w.demandCells()[c] > 0)) continue;
                totals[t][0] += w.demandCells()[c];
                totals[t][1] += w.supplyCells()[c];
            }
        });
        return totals;
    }

    @Test
    void refusesWhatCannotBePlanned() {
        WinterPlanner planner = new WinterPlanner(oneService().build());
        assertThatThrownBy(() -> planner.plan(LocalDate.of(2025, 3, 31), 2, List.of()))
                .hasMessageContaining("before the dataset's base month 2025-04");
        assertThatThrownBy(() -> planner.plan(
                        LocalDate.of(2026, 1, 5),
                        2,
                        List.of(new SurgeUplift("surge.csv:4", "acute", null, null, 1, 3, Unit.PERCENT, 10))))
                .hasMessage("surge.csv:4: week 3 is beyond the plan's 2 weeks");
        assertThatThrownBy(() -> planner.plan(
                        LocalDate.of(2026, 1, 5),
                        2,
                        List.of(new SurgeUplift("surge.csv:2", "acute", null, "E9", 1, 1, Unit.FTE, 10))))
                .hasMessageContaining("surge.csv:2: acute / all capabilities / E9 has no baseline demand in week 1");
    }

    private static SystemModel critical(SystemModel m, String service) {
        var services = m.services().stream()
                .map(s -> s.code().equals(service)
                        ? new org.skillmix.core.system.Service(
                                s.code(),
                                s.name(),
                                s.sector(),
                                "critical",
                                s.growth(),
                                s.unmetNeed(),
                                s.deprivationElasticity())
                        : s)
                .toList();
        return m.toBuilder()
                .services(services)
                .scenarios(List.of())
                .metrics(List.of())
                .discharge(List.of())
                .build();
    }
}
