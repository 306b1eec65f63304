package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.explain.Explainer;
import org.skillmix.core.explain.SupplyTerm;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SicknessSeason;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * Pressure, staff survey and season against hand-worked cases. One trust T1 in place E1 serving 10,000 people at 1
 * acute contact a year of 12 nursing hours, 100 productive hours per FTE-month: demand is 100 FTE every month. 80
 * RN FTE in post, no vacancy, no recruits (fill rate 0), leaver rate 12 % a year: monthly hazard
 * h = 1 - 0.88^(1/12) = 0.010596.
 */
class StaffExperienceTest {

    private static final double H = 1 - Math.pow(0.88, 1.0 / 12);

    private static TestSystem trust(double sickness) {
        return TestSystem.oneTrust(sickness);
    }

    /**
     * The trust with 5 % sickness, burnout 35 % against England's 30 % (elasticity 0.02), work stress 45 % against
     * 40 % (0.03), an older burnout row that the latest replaces, and a sickness season of 0.9 in April, 1.1 in May.
     */
    private static SystemModel surveyed() {
        List<SicknessSeason> season = new ArrayList<>();
        double[] f = {1.2, 1.1, 1.0, 0.9, 1.1, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1};
        for (int m = 0; m < 12; m++) season.add(new SicknessSeason(m + 1, f[m], "test"));
        return trust(0.05)
                .assumption(Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY, "ALL", Interval.fixed(0.02))
                .assumption(Assumption.Parameters.SICKNESS_STRESS_ELASTICITY, "ALL", Interval.fixed(0.03))
                .build()
                .toBuilder()
                .staffExperience(List.of(
                        new StaffExperience("T1", 2024, StaffExperience.Indicators.BURNOUT, 35, ""),
                        new StaffExperience("ENGLAND", 2024, StaffExperience.Indicators.BURNOUT, 30, ""),
                        new StaffExperience("T1", 2023, StaffExperience.Indicators.BURNOUT, 50, ""), // older: unused
                        new StaffExperience("T1", 2024, StaffExperience.Indicators.WORK_STRESS, 45, ""),
                        new StaffExperience("ENGLAND", 2024, StaffExperience.Indicators.WORK_STRESS, 40, "")))
                .sicknessSeasonality(season)
                .build();
    }

    private static double[] line(SystemModel model, Measure m) {
        Projection p = new Projector(model).run(new ProjectionSettings(2, 0, 1, 1), ProgressListener.NONE);
        return p.series().stream()
                .filter(s -> s.key().measure() == m
                        && s.key().role().equals("RN")
                        && s.key().organisation().equals("T1"))
                .findFirst()
                .orElseThrow()
                .mean();
    }

    /**
     * Elasticity 1. Pressure is measured against the base year (months 0-11), whose pressure the 12 % leaver rate
     * already carries, so months 0-12 lose the plain S x h. Month t works with the stock S(t) it starts with, so its
     * gap share is G(t) = (100 - S(t)) / 100; month t > 12 takes P = mean G(t-12..t-1) - mean G(0..11). Month 13 by
     * hand: S(12) = 80 x 0.88 = 70.4, P = (G(12) - G(0)) / 12 = (80 - 70.4) / 1200 = 0.008, so from
     * S(13) = 70.4 (1 - h) it loses S(13) x h x 1.008 = 0.74398 FTE against the plain 0.73807.
     */
    @Test
    void pressureAboveTheBaseYearRaisesLeavingAsTheHandWorkedRecurrence() {
        SystemModel model = trust(0).assumption(
                        Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY, "ALL", Interval.fixed(1))
                .build();
        double[] leavers = line(model, Measure.LEAVERS_FTE);
        for (int t = 0; t <= 12; t++)
            assertThat(leavers[t]).as("month %d", t).isCloseTo(80 * Math.pow(1 - H, t) * H, within(1e-9));
        assertThat(leavers[13]).isCloseTo(70.4 * (1 - H) * H * 1.008, within(1e-9));
        assertThat(leavers[13]).isCloseTo(0.74398, within(1e-5));

        List<Double> gaps = new ArrayList<>();
        double s = 80;
        for (int t = 0; t < 24; t++) {
            double p = 0;
            if (t > 12) {
                for (int k = t - 12; k < t; k++) p += gaps.get(k) / 12;
                for (int k = 0; k < 12; k++) p -= gaps.get(k) / 12;
            }
            double out = s * H * (1 + p);
            assertThat(leavers[t]).as("month %d", t).isCloseTo(out, within(1e-9));
            gaps.add((100 - s) / 100);
            s -= out;
        }
        // Without the row the same system loses the plain 12 % a year.
        double[] plain = line(trust(0).build(), Measure.LEAVERS_FTE);
        assertThat(plain[13]).isCloseTo(70.4 * (1 - H) * H, within(1e-9));
        assertThat(leavers[23]).isGreaterThan(plain[23]);
    }

    /**
     * Burnout 35 % at T1 against 30 % in England with elasticity 0.02 per point: leaving x (1 + 0.02 x 5) = x 1.1 from
     * month 0. Work stress 45 % against 40 % with 0.03 per point: sickness 5 % x 1.15 = 5.75 %, then x the season's
     * factor for the month (April 0.9, May 1.1 here): effective FTE in month 0 = 80 x (1 - 0.0575 x 0.9).
     */
    @Test
    void surveyAndSeasonMoveLeavingAndSicknessAsHandWorked() {
        SystemModel model = surveyed();
        double[] leavers = line(model, Measure.LEAVERS_FTE);
        double[] effective = line(model, Measure.EFFECTIVE_FTE);
        assertThat(leavers[0]).isCloseTo(80 * H * 1.1, within(1e-9));
        assertThat(leavers[1]).isCloseTo(80 * (1 - H * 1.1) * H * 1.1, within(1e-9));
        assertThat(effective[0]).isCloseTo(80 * (1 - 0.05 * 1.15 * 0.9), within(1e-9));
        double s1 = 80 * (1 - H * 1.1);
        assertThat(effective[1]).isCloseTo(s1 * (1 - 0.05 * 1.15 * 1.1), within(1e-9));
    }

    /**
     * The same survey and season, but T1's sickness and leaver rates are its own measurements, which already carry
     * its staff's burnout and stress: leaving stays h, and sickness moves with the season alone,
     * effective FTE in month 0 = 80 x (1 - 0.05 x 0.9).
     */
    @Test
    void anOrganisationsOwnRatesAreNotMovedByItsSurveyAgain() {
        SystemModel national = surveyed();
        WorkforceLine l = national.workforce().get(0);
        SystemModel own = national.toBuilder()
                .workforce(List.of(new WorkforceLine(
                        l.orgCode(),
                        l.roleCode(),
                        l.headcount(),
                        l.fteInPost(),
                        l.vacancyFte(),
                        l.bankFte(),
                        l.agencyFte(),
                        l.sicknessRate(),
                        l.leaverRate(),
                        l.fillRate(),
                        WorkforceLine.RateBasis.ORGANISATION,
                        WorkforceLine.RateBasis.ORGANISATION)))
                .build();
        assertThat(line(national, Measure.LEAVERS_FTE)[0]).isCloseTo(80 * H * 1.1, within(1e-9));
        assertThat(line(own, Measure.LEAVERS_FTE)[0]).isCloseTo(80 * H, within(1e-9));
        assertThat(line(own, Measure.EFFECTIVE_FTE)[0]).isCloseTo(80 * (1 - 0.05 * 0.9), within(1e-9));
    }

    /**
     * Explain shows the month's pressure, leaver factor and sickness, and its terms still add up. May 2026 is month
     * 13: with no pressure before it, S(t) = 80 x 0.88^(t/12) and effective FTE 0.95 S, so the gap share rose from
     * G(0) = (100 - 0.95 x 80) / 100 to G(12) = (100 - 0.95 x 70.4) / 100 and P = (G(12) - G(0)) / 12 = 0.0076.
     */
    @Test
    void explainShowsThePressureAndTheFactorsOfTheMonth() {
        SystemModel model = trust(0.05)
                .assumption(Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY, "ALL", Interval.fixed(1))
                .assumption(Assumption.Parameters.SICKNESS_PRESSURE_ELASTICITY, "ALL", Interval.fixed(0.5))
                .build();
        SupplyTerm month13 = new Explainer()
                .explainSupply(model, YearMonth.of(2026, 5), "nursing", "E1")
                .terms()
                .get(0);
        assertThat(month13.pressure()).isCloseTo(0.0076, within(1e-12));
        assertThat(month13.leaverFactor()).isCloseTo(1.0076, within(1e-12));
        assertThat(month13.sickness()).isCloseTo(0.05 * 1.0038, within(1e-12));
        assertThat(month13.effectiveFte()).isCloseTo(month13.staffInPost() * (1 - month13.sickness()), within(1e-9));
        SupplyTerm month1 = new Explainer()
                .explainSupply(model, YearMonth.of(2025, 5), "nursing", "E1")
                .terms()
                .get(0);
        assertThat(month1.pressure()).isZero();
        assertThat(month1.leaverFactor()).isEqualTo(1.0);
    }

    @Test
    void withoutRowsOrTablesSupplyIsThePlainModelToTheLastBit() {
        SystemModel plain = trust(0.05).build();
        SystemModel withUnusedSurvey = plain.toBuilder()
                .staffExperience(List.of(new StaffExperience("T1", 2024, StaffExperience.Indicators.BURNOUT, 35, "")))
                .build();
        assertThat(line(withUnusedSurvey, Measure.LEAVERS_FTE)).containsExactly(line(plain, Measure.LEAVERS_FTE));
        assertThat(line(withUnusedSurvey, Measure.EFFECTIVE_FTE)).containsExactly(line(plain, Measure.EFFECTIVE_FTE));
    }
}
