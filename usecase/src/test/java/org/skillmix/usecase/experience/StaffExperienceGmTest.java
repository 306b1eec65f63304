package org.skillmix.usecase.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.usecase.GmExample;

/**
 * Issue 15's "done when": the shipped GM example, projected with its staff-experience table, sickness profile and
 * elasticities, against the same example without them, differs as docs/method.md's formulas worked by hand from
 * the example's own files say, in month 0 (April 2025, before any pressure: P = 0 there):
 *
 * <ul>
 *   <li>Manchester University (R0A): burnout 30.21 % in the 2024 survey against England's 29.88 %, leaver_burnout
 *       0.01 at its mode, so each line leaves x (1 + 0.01 x 0.33) = 1.0033;
 *   <li>R0A's work stress is 37.33 % against England's 41.39 %, but its sickness rate is its own 2024/25 measurement
 *       (sickness_rate_basis organisation), which already carries that stress: only April's factor 0.9324 moves it,
 *       so effective FTE rises by sum of fte_in_post x s x (1 - 0.9324) over R0A's lines;
 *   <li>an organisation with no survey row (Bolton's adult social care) leaves exactly as without.
 * </ul>
 *
 * <p>Pressure is measured against the base year, whose pressure the measured rates carry: with the pressure
 * elasticities alone the base year leaves exactly as without them, and later years by how the gap share moved.
 */
class StaffExperienceGmTest {
    static SystemModel gm;
    static Projection with;
    static Projection without;
    static Projection pressureOnly;
    static Projection plainTwoYears;

    @BeforeAll
    static void project() throws Exception {
        gm = GmExample.model();
        List<String> effect = List.of(
                Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY,
                Assumption.Parameters.SICKNESS_PRESSURE_ELASTICITY,
                Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY,
                Assumption.Parameters.SICKNESS_STRESS_ELASTICITY);
        assertThat(gm.assumptions()).extracting(Assumption::parameter).containsAll(effect);
        SystemModel plain = gm.toBuilder()
                .staffExperience(List.of())
                .sicknessSeasonality(List.of())
                .assumptions(gm.assumptions().stream()
                        .filter(a -> !effect.contains(a.parameter()))
                        .toList())
                .build();
        ProjectionSettings oneYear = new ProjectionSettings(1, 0, 1, 1);
        with = new Projector(gm).run(oneYear, ProgressListener.NONE);
        without = new Projector(plain).run(oneYear, ProgressListener.NONE);
        List<String> pressure = effect.subList(0, 2);
        SystemModel onlyPressure = plain.toBuilder()
                .assumptions(gm.assumptions().stream()
                        .filter(a -> !effect.contains(a.parameter()) || pressure.contains(a.parameter()))
                        .toList())
                .build();
        ProjectionSettings twoYears = new ProjectionSettings(2, 0, 1, 1);
        pressureOnly = new Projector(onlyPressure).run(twoYears, ProgressListener.NONE);
        plainTwoYears = new Projector(plain).run(twoYears, ProgressListener.NONE);
    }

    @Test
    void burnoutRaisesR0aLeavingByTheHandWorkedFactorAndNoRowLeavesItAlone() {
        assertThat(month0(with, Measure.LEAVERS_FTE, "R0A") / month0(without, Measure.LEAVERS_FTE, "R0A"))
                .isCloseTo(1 + 0.01 * (30.21 - 29.88), within(1e-9));
        assertThat(month0(with, Measure.LEAVERS_FTE, "ASC-E08000001"))
                .isCloseTo(month0(without, Measure.LEAVERS_FTE, "ASC-E08000001"), within(1e-9));
    }

    @Test
    void aprilAloneMovesR0aSicknessWhichItsOwnMeasurementAlreadyCarriesStressIn() {
        double factor = 0.9324;
        double expected = 0;
        for (WorkforceLine line : gm.workforce())
            if (line.orgCode().equals("R0A")) expected += line.fteInPost() * line.sicknessRate() * (1 - factor);
        assertThat(expected).isGreaterThan(50);
        assertThat(month0(with, Measure.EFFECTIVE_FTE, "R0A") - month0(without, Measure.EFFECTIVE_FTE, "R0A"))
                .isCloseTo(expected, within(1e-6));
    }

    @Test
    void pressureLeavesTheBaseYearAsMeasuredAndMovesLeavingWithTheGapAfterIt() {
        double[] w = system(pressureOnly, Measure.LEAVERS_FTE);
        double[] p = system(plainTwoYears, Measure.LEAVERS_FTE);
        // GM runs short from the first month, but the measured leaver rates already carry that: no extra leaving.
        for (int t = 0; t <= 12; t++) assertThat(w[t]).as("month %d", t).isCloseTo(p[t], within(1e-9 * p[t]));
        double[] unmet = system(plainTwoYears, Measure.UNMET_FTE);
        double[] demand = system(plainTwoYears, Measure.DEMAND_FTE);
        double baseYear = 0, secondYear = 0;
        for (int t = 0; t < 12; t++) {
            baseYear += unmet[t] / demand[t] / 12;
            secondYear += unmet[t + 12] / demand[t + 12] / 12;
        }
        // demand grows faster than supply, so the second year is under more pressure than the base year ...
        assertThat(secondYear - baseYear).isGreaterThan(0.005);
        // ... and loses more staff than the plain model once a month's window reaches past the base year
        for (int t = 14; t < 24; t++) assertThat(w[t]).as("month %d", t).isGreaterThan(p[t]);
    }

    /** The organisation's month-0 figure: the sum of its workforce lines (one series per role). */
    private static double month0(Projection p, Measure m, String org) {
        List<double[]> lines = p.series().stream()
                .filter(s -> s.key().measure() == m
                        && s.key().organisation().equals(org)
                        && !s.key().role().equals(SeriesKey.ALL))
                .map(s -> s.mean())
                .toList();
        assertThat(lines).as(m + " lines of " + org).isNotEmpty();
        return lines.stream().mapToDouble(mean -> mean[0]).sum();
    }

    private static double[] system(Projection p, Measure m) {
        return p.series(new SeriesKey(m, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL))
                .orElseThrow()
                .mean();
    }
}
