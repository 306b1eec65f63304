package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

class SupplyTest {
    private static final String ALL = SeriesKey.ALL;

    private static Projection run(SystemModel model, int years) {
        return new Projector(model).run(new ProjectionSettings(years, 0, 1, 1), ProgressListener.NONE);
    }

    /** The mean of a line's measure (role x organisation; ALL for totals). */
    static double[] line(Projection p, Measure m, String role, String org) {
        return p.series().stream()
                .filter(s -> s.key().measure() == m
                        && s.key().role().equals(role)
                        && s.key().organisation().equals(org))
                .findFirst()
                .orElseThrow()
                .mean();
    }

    private static TestSystem oneTrust() {
        return TestSystem.create().place("E1").org("T1", Sector.ACUTE, "E1").role("RN", 30_000, 45_000);
    }

    /**
     * Labour pool binding: 120 recruits a year = J = 10 a month (vacancies 100,000 x fill hazard would be
     * far more). Leaver hazard h = 1 - 0.85^(1/12). Then S(t+1) = (1 - h) S(t) + J, whose solution is
     * S(t) = J/h + (S0 - J/h)(1 - h)^t.
     */
    @Test
    void constantRecruitsFollowClosedForm() {
        SystemModel model = oneTrust()
                .workforce("T1", "RN", 500, 100_000, 0.15, 0.5)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(120))
                .build();
        Projection p = run(model, 10);
        double h = 1 - Math.pow(0.85, 1.0 / 12), j = 10, s0 = 500;
        double[] stock = line(p, Measure.STAFF_IN_POST_FTE, "RN", "T1");
        double[] recruits = line(p, Measure.RECRUITS_FTE, "RN", "T1");
        double[] leavers = line(p, Measure.LEAVERS_FTE, "RN", "T1");
        for (int t = 0; t < 120; t++) {
            double expected = j / h + (s0 - j / h) * Math.pow(1 - h, t);
            assertThat(stock[t]).as("month " + t).isCloseTo(expected, within(1e-9 * expected));
            assertThat(recruits[t]).isCloseTo(10, within(1e-9));
            assertThat(leavers[t]).isCloseTo(h * expected, within(1e-9 * expected));
        }
        // twelve monthly hazards compound to the annual rate: with no recruits the year loses exactly 15 %
        Projection noRecruits =
                run(oneTrust().workforce("T1", "RN", 500, 0, 0.15, 0).build(), 2);
        assertThat(line(noRecruits, Measure.STAFF_IN_POST_FTE, "RN", "T1")[12]).isCloseTo(425, within(1e-9));
    }

    /**
     * Vacancy-driven recruits with constant establishment E = 100 while S < E:
     * S(t+1) = S - hS + f(E - S) = (1 - h - f) S + fE, fixed point S* = fE / (h + f),
     * S(t) = S* + (S0 - S*)(1 - h - f)^t, with monthly hazards h = 1 - 0.9^(1/12), f = 1 - 0.5^(1/12).
     */
    @Test
    void vacancyDrivenRecruitsConvergeToFixedPoint() {
        Projection p = run(oneTrust().workforce("T1", "RN", 60, 40, 0.10, 0.5).build(), 30);
        double h = 1 - Math.pow(0.9, 1.0 / 12), f = 1 - Math.pow(0.5, 1.0 / 12), e = 100;
        double fixed = f * e / (h + f);
        double[] stock = line(p, Measure.STAFF_IN_POST_FTE, "RN", "T1");
        double[] vacancy = line(p, Measure.VACANCY_FTE, "RN", "T1");
        for (int t = 0; t < 360; t++) {
            double expected = fixed + (60 - fixed) * Math.pow(1 - h - f, t);
            assertThat(stock[t]).as("month " + t).isCloseTo(expected, within(1e-9 * expected));
            assertThat(vacancy[t]).isCloseTo(e - expected, within(1e-9 * e));
        }
        assertThat(stock[359]).isCloseTo(fixed, within(1e-6));
    }

    /**
     * Effective FTE = S (1 - sickness) + bank + agency = 100 x 0.95 + 5 + 3 = 103 at month 0. Monthly cost
     * with default factors (bank 1.0, agency 1.6) = (100 + 5 x 1.0 + 3 x 1.6) x 45,000 / 12 = 411,750;
     * with an agency_cost_factor of 2.0 for the role, (100 + 5 + 6) x 45,000 / 12 = 416,250.
     * Establishment growing 4 % a year: E(12) = 110 x 1.04 and vacancy = E(t) - S(t) (no leavers, no fill).
     */
    @Test
    void effectiveFteCostAndEstablishmentGrowth() {
        TestSystem system = oneTrust().workforce("T1", "RN", 100, 10, 5, 3, 0.05, Interval.fixed(0), Interval.fixed(0));
        Projection p = run(system.build(), 1);
        assertThat(line(p, Measure.EFFECTIVE_FTE, "RN", "T1")[0]).isCloseTo(103, within(1e-9));
        assertThat(line(p, Measure.PAY_COST_GBP, "RN", "T1")[0]).isCloseTo(411_750, within(1e-6));

        Projection q = run(
                system.assumption(Assumption.Parameters.AGENCY_COST_FACTOR, "RN", Interval.fixed(2.0))
                        .assumption(Assumption.Parameters.ESTABLISHMENT_GROWTH, "acute", Interval.fixed(1.04))
                        .build(),
                2);
        assertThat(line(q, Measure.PAY_COST_GBP, "RN", "T1")[0]).isCloseTo(416_250, within(1e-6));
        assertThat(line(q, Measure.VACANCY_FTE, "RN", "T1")[12]).isCloseTo(110 * 1.04 - 100, within(1e-9));
        assertThat(line(q, Measure.VACANCY_FTE, "RN", "T1")[6]).isCloseTo(110 * Math.sqrt(1.04) - 100, within(1e-9));
    }

    /**
     * Labour pool of 60 a year = 5 a month shared by two trusts whose unconstrained recruits are
     * 30 x f and 10 x f: they get 3.75 and 1.25.
     */
    @Test
    void labourPoolScalesRecruitsProportionally() {
        SystemModel model = oneTrust()
                .org("T2", Sector.ACUTE, "E1")
                .workforce("T1", "RN", 70, 30, 0, 0.9)
                .workforce("T2", "RN", 90, 10, 0, 0.9)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "ALL", Interval.fixed(60))
                .build();
        Projection p = run(model, 1);
        assertThat(line(p, Measure.RECRUITS_FTE, "RN", "T1")[0]).isCloseTo(3.75, within(1e-9));
        assertThat(line(p, Measure.RECRUITS_FTE, "RN", "T2")[0]).isCloseTo(1.25, within(1e-9));
        assertThat(line(p, Measure.RECRUITS_FTE, "RN", ALL)[0]).isCloseTo(5, within(1e-9));
    }

    /**
     * Pipeline for place E1: 2025/26 intake 120, 2026/27 intake 240, 12-month course, completion 0.8,
     * retention 0.5 (yield 0.4). Base April 2025. Months 0-11 qualify students who started in 2024/25,
     * before the first listed year, taken as the first year's intake: 120 / 12 x 0.4 = 4 a month. Months
     * 12-23: 2025/26 starters, 4 a month. Months 24-35: 2026/27, 240 / 12 x 0.4 = 8; later years repeat 8.
     * Shared by vacancy: T1 (vacancy 30) gets 3/4, T2 (vacancy 10) 1/4; T3 in place E2 gets none.
     */
    @Test
    void pipelineQualifiersArriveAfterTheCourseAndShareByVacancy() {
        SystemModel model = oneTrust()
                .place("E2")
                .org("T2", Sector.ACUTE, "E1")
                .org("T3", Sector.ACUTE, "E2")
                .workforce("T1", "RN", 70, 30, 0, 0)
                .workforce("T2", "RN", 90, 10, 0, 0)
                .workforce("T3", "RN", 50, 50, 0, 0)
                .pipeline("RN", "E1", 2025, 120, 12, 0.8, 0.5)
                .pipeline("RN", "E1", 2026, 240, 12, 0.8, 0.5)
                .build();
        Projection p = run(model, 4);
        double[] all = line(p, Measure.QUALIFIERS_FTE, "RN", ALL);
        assertThat(all[0]).isCloseTo(4, within(1e-9));
        assertThat(all[23]).isCloseTo(4, within(1e-9));
        assertThat(all[24]).isCloseTo(8, within(1e-9));
        assertThat(all[47]).isCloseTo(8, within(1e-9));
        assertThat(line(p, Measure.QUALIFIERS_FTE, "RN", "T1")[0]).isCloseTo(3, within(1e-9));
        assertThat(line(p, Measure.QUALIFIERS_FTE, "RN", "T2")[0]).isCloseTo(1, within(1e-9));
        assertThat(line(p, Measure.QUALIFIERS_FTE, "RN", "T3")[0]).isZero();
        assertThat(line(p, Measure.STAFF_IN_POST_FTE, "RN", "T1")[1]).isCloseTo(73, within(1e-9));
    }

    /**
     * Staff above establishment. T1 in place E1: 95 in post of 100 posts, no leavers, no fill; the pipeline brings
     * 120 / 12 x 0.8 x 0.5 = 4 qualifiers a month, all to T1 (its place's only trust, by establishment once no post
     * is vacant), so S(t) = 95 + 4t, vacancy max(0, 5 - 4t) and above establishment max(0, 4t - 5): 3 in month 2,
     * 43 in month 12. T2 in place E2, 50 of 100, gets none. Every line and every total keeps
     * in post + vacancies - above establishment = establishment (100 and 200), so the system's total shows
     * vacancies in T2 and staff above establishment in T1 at once.
     */
    @Test
    void staffAboveEstablishmentAreTheVacanciesMirror() {
        SystemModel model = oneTrust()
                .place("E2")
                .org("T2", Sector.ACUTE, "E2")
                .workforce("T1", "RN", 95, 5, 0, 0)
                .workforce("T2", "RN", 50, 50, 0, 0)
                .pipeline("RN", "E1", 2025, 120, 12, 0.8, 0.5)
                .build();
        Projection p = run(model, 2);
        double[] stock = line(p, Measure.STAFF_IN_POST_FTE, "RN", "T1");
        double[] vacancy = line(p, Measure.VACANCY_FTE, "RN", "T1");
        double[] above = line(p, Measure.ABOVE_ESTABLISHMENT_FTE, "RN", "T1");
        for (int t = 0; t < 24; t++) {
            assertThat(stock[t]).as("month " + t).isCloseTo(95 + 4 * t, within(1e-9));
            assertThat(vacancy[t]).as("month " + t).isCloseTo(Math.max(0, 5 - 4 * t), within(1e-9));
            assertThat(above[t]).as("month " + t).isCloseTo(Math.max(0, 4 * t - 5), within(1e-9));
        }
        assertThat(above[2]).isCloseTo(3, within(1e-9));
        assertThat(above[12]).isCloseTo(43, within(1e-9));
        assertThat(line(p, Measure.ABOVE_ESTABLISHMENT_FTE, "RN", "T2")).containsOnly(0.0);
        double[] allStock = line(p, Measure.STAFF_IN_POST_FTE, "RN", ALL);
        double[] allVacancy = line(p, Measure.VACANCY_FTE, "RN", ALL);
        double[] allAbove = line(p, Measure.ABOVE_ESTABLISHMENT_FTE, "RN", ALL);
        for (int t = 0; t < 24; t++) {
            assertThat(allStock[t] + allVacancy[t] - allAbove[t])
                    .as("month " + t)
                    .isCloseTo(200, within(1e-9));
        }
        assertThat(allVacancy[12]).isCloseTo(50, within(1e-9));
        assertThat(allAbove[12]).isCloseTo(43, within(1e-9));
    }

    /**
     * Posts cut faster than staff leave: 100 in post of 100 posts, no leavers, establishment growing by 0.9 a year.
     * E(t) = 100 x 0.9^(t/12), so staff above establishment are 100 - E(t): 10 at month 12, and no vacancy.
     */
    @Test
    void postsCutFasterThanStaffLeaveLeaveStaffAboveEstablishment() {
        SystemModel model = oneTrust()
                .workforce("T1", "RN", 100, 0, 0, 0)
                .assumption(Assumption.Parameters.ESTABLISHMENT_GROWTH, "acute", Interval.fixed(0.9))
                .build();
        Projection p = run(model, 2);
        double[] above = line(p, Measure.ABOVE_ESTABLISHMENT_FTE, "RN", "T1");
        for (int t = 0; t < 24; t++) {
            assertThat(above[t]).as("month " + t).isCloseTo(100 - 100 * Math.pow(0.9, t / 12.0), within(1e-9));
        }
        assertThat(above[12]).isCloseTo(10, within(1e-9));
        assertThat(line(p, Measure.VACANCY_FTE, "RN", "T1")).containsOnly(0.0);
    }

    /**
     * Care workers (pay 20,000) move to acute support worker posts (pay 24,000) at 12 % a year with pay
     * elasticity 1: rate = 0.12 x (1 + 1 x 4,000 / 20,000) = 0.144, monthly 1 - 0.856^(1/12). From 200
     * care workers that many move in month 0, shared by the acute trusts' vacancies 15 : 5.
     */
    @Test
    void flowsRespondToPayGapAndShareByVacancy() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("CARE", Sector.ADULT_SOCIAL_CARE, "E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("T2", Sector.ACUTE, "E1")
                .role("CW", 20_000, 25_000)
                .role("HCSW", 24_000, 30_000)
                .workforce("CARE", "CW", 200, 0, 0, 0)
                .workforce("T1", "HCSW", 85, 15, 0, 0)
                .workforce("T2", "HCSW", 95, 5, 0, 0)
                .flow(Sector.ADULT_SOCIAL_CARE, "CW", Sector.ACUTE, "HCSW", Interval.fixed(0.12), 1.0)
                .build();
        Projection p = run(model, 1);
        double moved = 200 * (1 - Math.pow(1 - 0.144, 1.0 / 12));
        assertThat(line(p, Measure.TRANSFERS_OUT_FTE, "CW", "CARE")[0]).isCloseTo(moved, within(1e-9));
        assertThat(line(p, Measure.TRANSFERS_IN_FTE, "HCSW", "T1")[0]).isCloseTo(moved * 0.75, within(1e-9));
        assertThat(line(p, Measure.TRANSFERS_IN_FTE, "HCSW", "T2")[0]).isCloseTo(moved * 0.25, within(1e-9));
        assertThat(line(p, Measure.STAFF_IN_POST_FTE, "CW", "CARE")[1]).isCloseTo(200 - moved, within(1e-9));
        // the system keeps everyone: transfers are internal
        assertThat(line(p, Measure.TRANSFERS_IN_FTE, ALL, ALL)[0])
                .isCloseTo(line(p, Measure.TRANSFERS_OUT_FTE, ALL, ALL)[0], within(1e-9));
    }

    @Test
    void monthlyHazardCompoundsToAnnualRate() {
        double h = SupplyModel.monthlyHazard(0.3);
        assertThat(1 - Math.pow(1 - h, 12)).isCloseTo(0.3, within(1e-12));
        assertThat(SupplyModel.monthlyHazard(0)).isZero();
        assertThat(SupplyModel.monthlyHazard(1)).isEqualTo(1);
    }
}
