package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceSplitTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 4, 1);
    private final DischargeFlowModel model = new DischargeFlowModel();

    private static Calibration fit(double c, double k) {
        return new Calibration("ICB", c, k, DischargeSite.flatWeek(), 0, MONDAY, MONDAY, MONDAY, 0, 0, 0, List.of());
    }

    /** A place with homecare FTE h, care home beds b (care staff never binding), community nurse FTE n. */
    private static PlaceStaffing place(String code, double share, double h, double beds, double nurses, double gaBeds) {
        return new PlaceStaffing(
                code,
                code,
                share,
                HomecareStaffing.typical(h),
                new CareHomeStaffing(beds, 10_000, 1, 50, 0.5),
                new CommunityStaffing(nurses, 10, 30, 0.3),
                gaBeds,
                gaBeds * 0.9);
    }

    @Test
    void sharesTheIcbCapacityAndFrictionByStaffedCapacity() {
        // Homecare 300 and 100 FTE: 3/4 and 1/4 of C·0.45 and of K·0.45; care homes 100 and 300 beds: 1/4 and 3/4.
        PlaceSplit split = new PlaceSplit(
                fit(400, 800),
                Pathway.defaultShares(),
                List.of(place("A", 0.5, 300, 100, 50, 1000), place("B", 0.5, 100, 300, 50, 1000)),
                100);
        DischargeSite a = split.site("A");
        assertThat(a.pathway(Pathway.HOME_CARE).capacityPerDay()).isCloseTo(400 * 0.45 * 0.75, within(1e-9));
        assertThat(a.pathway(Pathway.HOME_CARE).halfSaturation()).isCloseTo(800 * 0.45 * 0.75, within(1e-9));
        assertThat(a.pathway(Pathway.CARE_HOME).capacityPerDay()).isCloseTo(400 * 0.35 * 0.25, within(1e-9));
        assertThat(a.pathway(Pathway.COMMUNITY).capacityPerDay()).isCloseTo(400 * 0.20 * 0.5, within(1e-9));
        // Other occupied = 900 occupied less half the ICB's mean backlog of 100.
        assertThat(a.otherOccupied()).isCloseTo(850, within(1e-9));
        // The pace C/K is the ICB's everywhere.
        for (Pathway p : Pathway.values()) {
            PathwayParameters pp = split.site("B").pathway(p);
            assertThat(pp.capacityPerDay() / pp.halfSaturation()).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void staffingInProportionToArrivalsAddsBackUpToTheIcbRun() {
        // 30% / 70% of arrivals, with staff in the same proportion on every pathway.
        PlaceSplit split = new PlaceSplit(
                fit(400, 800),
                Pathway.defaultShares(),
                List.of(place("A", 0.3, 300, 90, 30, 300), place("B", 0.7, 700, 210, 70, 700)),
                0);
        double[] arrivals = new double[90];
        for (int t = 0; t < arrivals.length; t++) arrivals[t] = 250 + 80 * Math.sin(t / 7.0);
        DischargeSite icb = fit(400, 800).site(Pathway.defaultShares(), 1000, 900);
        DischargeRun whole = model.run(icb, MONDAY, arrivals, DischargeFlowModel.splitByShare(icb, 1200));
        DischargeRun a = model.run(split.site("A"), MONDAY, split.arrivals("A", arrivals), split.initial("A", 1200));
        DischargeRun b = model.run(split.site("B"), MONDAY, split.arrivals("B", arrivals), split.initial("B", 1200));
        for (int t = 0; t < arrivals.length; t++) {
            assertThat(a.backlog(t)).isCloseTo(0.3 * whole.backlog(t), within(1e-6));
            assertThat(a.backlog(t) + b.backlog(t)).isCloseTo(whole.backlog(t), within(1e-6));
        }
    }

    @Test
    void theBindingPlaceIsTheOneWhoseHomecareIsOverrun() {
        // K = 0: exits = min(B, C). ICB C = 200; homecare gets 0.45 of it = 90, shared 1:2 between A and B, so
        // C_A = 30 and C_B = 60. Arrivals 200 a day split 1:1, homecare 0.45 of them: 45 a day in each place.
        // The day's arrivals are counted from the next day on, so A's homecare backlog (45 > 30: overrun) counts 0
        // on day 0 and 30 + 15t on day t ≥ 1; one extra FTE (δ packages a day) takes δ off each day's growth from
        // day 1, so day t counts δ(t − 1) fewer: δ·(n−1)(n−2)/2 bed days over n days. B (45 < 60) clears each day.
        PlaceSplit split = new PlaceSplit(
                fit(200, 0),
                Pathway.defaultShares(),
                List.of(place("A", 0.5, 100, 100, 50, 1000), place("B", 0.5, 200, 100, 50, 1000)),
                0);
        int n = 60;
        double delta = HomecareStaffing.typical(1).packagesPerFtePerDay();
        HandoverPressure none = new HandoverPressure(0.85, 0.95, 0);
        List<PlaceEffect> ranked =
                PlaceEffect.rank(model, split, MONDAY, DischargeFlowModel.constant(200, n), 0, delta, none);
        assertThat(ranked.get(0).place()).isEqualTo("A");
        assertThat(ranked.get(0).effect().bedDaysSaved()).isCloseTo(delta * (n - 1) * (n - 2) / 2.0, within(1e-6));
        assertThat(ranked.get(1).effect().bedDaysSaved()).isCloseTo(0, within(1e-9));
        // Other pathways in A: 0.35·100 = 35 < 70 and 0.2·100 = 20 < 40 a day, counted once, from day 1.
        PlaceEffect a =
                PlaceEffect.of(model, split, "A", MONDAY, DischargeFlowModel.constant(200, n), 0, 10, delta, none);
        assertThat(a.effect().baselineBedDays())
                .isCloseTo(30.0 * (n - 1) + 15.0 * n * (n - 1) / 2 + (35 + 20) * (n - 1), within(1e-6));
        assertThat(a.effect().bedDaysSaved()).isCloseTo(10 * delta * (n - 1) * (n - 2) / 2.0, within(1e-6));
    }

    @Test
    void aScenariosBenefitIsTheSumOverItsPlaces() {
        // Same two places as above, K = 0: A overrun, B clearing daily. 10 FTE in A and 5 in B over n = 60 days.
        PlaceSplit split = new PlaceSplit(
                fit(200, 0),
                Pathway.defaultShares(),
                List.of(place("A", 0.5, 100, 100, 50, 1000), place("B", 0.5, 200, 100, 50, 3000)),
                0);
        int n = 60;
        double delta = HomecareStaffing.typical(1).packagesPerFtePerDay();
        HandoverPressure none = new HandoverPressure(0.85, 0.95, 0);
        DischargeBenefit b = DischargeBenefit.of(
                model, split, MONDAY, DischargeFlowModel.constant(200, n), 0, Map.of("A", 10.0, "B", 5.0), delta, none);
        // Only A saves: 10δ(n−1)(n−2)/2 over 60 days, x 365/60 a year.
        assertThat(b.bedDaysSavedPerYear()).isCloseTo(10 * delta * (n - 1) * (n - 2) / 2.0 * 365 / n, within(1e-6));
        assertThat(b.byPlace()).hasSize(2);
        // Occupancy: beds-weighted (1000 and 3000 beds); only A's backlog falls, by 10δ(n−1)(n−2)/2 / n / 1000 on
        // average.
        assertThat(b.baselineOccupancy() - b.occupancy())
                .isCloseTo(10 * delta * (n - 1) * (n - 2) / 2.0 / n / 1000 * 0.25, within(1e-9));
        assertThatThrownBy(() -> DischargeBenefit.of(
                        model, split, MONDAY, DischargeFlowModel.constant(200, n), 0, Map.of("Z", 1.0), delta, none))
                .hasMessageContaining("no place Z");
    }

    @Test
    void rejectsSharesThatDoNotAddUpAndUnknownPlaces() {
        assertThatThrownBy(() -> new PlaceSplit(
                        fit(1, 1),
                        Pathway.defaultShares(),
                        List.of(place("A", 0.5, 1, 1, 1, 1), place("B", 0.4, 1, 1, 1, 1)),
                        0))
                .hasMessageContaining("add to 0.9");
        PlaceSplit split = new PlaceSplit(fit(1, 1), Pathway.defaultShares(), List.of(place("A", 1, 1, 1, 1, 1)), 0);
        assertThatThrownBy(() -> split.site("Z")).hasMessageContaining("no place Z");
        assertThatThrownBy(
                        () -> new PlaceSplit(fit(1, 1), Pathway.defaultShares(), List.of(place("A", 1, 0, 1, 1, 1)), 0))
                .hasMessageContaining("no place has staff for P1 home with homecare");
    }

    @Test
    void handoverHoursFollowTheQueueingShape() {
        HandoverPressure h = new HandoverPressure(0.85, 0.95, 100);
        assertThat(h.hoursLost(0.80)).isZero();
        assertThat(h.hoursLost(0.85)).isZero();
        assertThat(h.hoursLost(0.95)).isCloseTo(100, within(1e-9));
        // g(0.9) = 9, g(0.85) = 17/3, g(0.95) = 19: (9 − 17/3) / (19 − 17/3) = (10/3) / (40/3) = 1/4.
        assertThat(h.hoursLost(0.90)).isCloseTo(25, within(1e-9));
        // Held at 99%: g(0.99) = 99, (99 − 17/3) / (40/3) = 7.
        assertThat(h.hoursLost(0.99)).isCloseTo(700, within(1e-9));
        assertThat(h.hoursLost(1.05)).isCloseTo(700, within(1e-9));
        assertThat(h.scaled(0.2).hoursLost(0.90)).isCloseTo(5, within(1e-9));
        // England's mode 5,000 hours a day at 95% times a 5% share: 250 at 95%.
        HandoverPressure.Cases cases = HandoverPressure.assumed(0.05);
        assertThat(cases.mode().hoursLost(0.95)).isCloseTo(250, within(1e-9));
        assertThat(cases.low().hoursLost(0.93)).isLessThan(cases.mode().hoursLost(0.93));
        assertThat(cases.mode().hoursLost(0.93)).isLessThan(cases.high().hoursLost(0.93));
        assertThatThrownBy(() -> new HandoverPressure(0.96, 0.95, 1)).hasMessageContaining("threshold");
    }
}
