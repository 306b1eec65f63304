package org.skillmix.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * Pressure in a scenario is measured against the plain draw's base year (docs/method.md "Staff experience"): the
 * leaver rates were measured without the scenario, so an intervention that eases the base year must show as eased
 * pressure later, not move the reference with it. One trust, 80 RN FTE against 100 FTE of demand, 12 % leaving, no
 * recruits, leaver pressure elasticity 1; the scenario recruits 60 RN a year from abroad from the base month.
 */
class ScenarioPressureTest {
    private static final double H = 1 - Math.pow(0.88, 1.0 / 12);

    private static final SystemModel MODEL = TestSystem.oneTrust(0)
            .assumption(Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY, "ALL", Interval.fixed(1))
            .build();

    private static final Scenario RECRUIT = new Scenario(
            "abroad",
            "International recruitment",
            List.of(new Intervention(
                    "ir",
                    InterventionKind.INTERNATIONAL_RECRUITMENT,
                    Intervention.Scope.role("RN"),
                    null,
                    null,
                    null,
                    YearMonth.of(2025, 4),
                    0,
                    60,
                    0,
                    Interval.fixed(1),
                    0,
                    0,
                    "test",
                    null)));

    /** The line of role at org, or with both ALL the system total. */
    private static double[] series(Projection p, Measure m, String role, String org) {
        boolean total = org.equals(SeriesKey.ALL);
        return p.series().stream()
                .filter(s -> s.key().measure() == m
                        && s.key().role().equals(role)
                        && s.key().organisation().equals(org)
                        // an organisation's line carries its sector and place
                        && (!total
                                || s.key().capability().equals(SeriesKey.ALL)
                                        && s.key().place().equals(SeriesKey.ALL)
                                        && s.key().sector().equals(SeriesKey.ALL)))
                .findFirst()
                .orElseThrow()
                .mean();
    }

    /** G(t) = unmet / demand of the system in each month. */
    private static double[] gapShares(Projection p) {
        double[] unmet = series(p, Measure.UNMET_FTE, SeriesKey.ALL, SeriesKey.ALL);
        double[] demand = series(p, Measure.DEMAND_FTE, SeriesKey.ALL, SeriesKey.ALL);
        double[] g = new double[unmet.length];
        for (int t = 0; t < g.length; t++) g[t] = unmet[t] / demand[t];
        return g;
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) sum += x[t];
        return sum / (to - from);
    }

    @Test
    void theScenariosLeavingFollowsItsOwnGapAgainstThePlainBaseYear() {
        ProjectionSettings settings = new ProjectionSettings(2, 0, 1, 1);
        Projection plain = new Projector(MODEL).run(settings, ProgressListener.NONE);
        Projection recruit = ScenarioSystem.projector(MODEL, RECRUIT, 2).run(settings, ProgressListener.NONE);
        double[] plainGap = gapShares(plain), gap = gapShares(recruit);
        double base = mean(plainGap, 0, 12);
        // the recruits ease the base year itself, so its own base year would be a different reference
        assertThat(base - mean(gap, 0, 12)).isGreaterThan(0.1);
        double[] staff = series(recruit, Measure.STAFF_IN_POST_FTE, "RN", "T1");
        double[] leavers = series(recruit, Measure.LEAVERS_FTE, "RN", "T1");
        for (int t = 0; t < 24; t++) {
            double p = t > 12 ? mean(gap, t - 12, t) - base : 0;
            assertThat(p).as("month %d", t).isLessThanOrEqualTo(0);
            assertThat(leavers[t]).as("month %d", t).isCloseTo(staff[t] * H * (1 + p), within(1e-9));
        }
        assertThat(mean(gap, 12, 24) - base).isLessThan(-0.1);
    }

    /**
     * A comparison runs the plain draw first and keeps its base year for the scenario; a scenario projection runs the
     * plain base year itself first. Both must give the scenario the same figures.
     */
    @Test
    void aComparisonAndAScenarioProjectionAgree() {
        ProjectionSettings settings = new ProjectionSettings(2, 0, 1, 1);
        Projection recruit = ScenarioSystem.projector(MODEL, RECRUIT, 2).run(settings, ProgressListener.NONE);
        double[] unmet = series(recruit, Measure.UNMET_FTE, SeriesKey.ALL, SeriesKey.ALL);
        ScenarioComparison.Result compared = new ScenarioComparison(MODEL, List.of(RECRUIT), 2)
                .run(new ScenarioComparison.Settings(2, 0, 1, 1, Set.of(), 0));
        for (int y = 0; y < 2; y++) {
            assertThat(compared.summary("abroad", compared.years().get(y))
                            .targetGap()
                            .mean())
                    .as("year %d", y)
                    .isCloseTo(mean(unmet, 12 * y, 12 * y + 12), within(1e-9));
        }
    }
}
