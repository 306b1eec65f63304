package org.skillmix.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/** Scenarios side by side: the baseline is the plain projection, draws are common, threads do not matter. */
class ScenarioComparisonTest {
    private static final SystemModel MODEL = SyntheticSystem.build(8, 6, 3, 6, 5, false, 11);

    private static Scenario retention() {
        YearMonth start = MODEL.info().baseMonth().plusMonths(6);
        return new Scenario(
                "retain",
                "Retention",
                List.of(
                        new Intervention(
                                "flex",
                                InterventionKind.FLEXIBLE_WORKING,
                                Intervention.Scope.EVERYONE,
                                null,
                                null,
                                null,
                                start,
                                12,
                                0.5,
                                0,
                                new Interval(0.05, 0.10, 0.20),
                                100_000,
                                50,
                                "test",
                                null),
                        new Intervention(
                                "ir",
                                InterventionKind.INTERNATIONAL_RECRUITMENT,
                                Intervention.Scope.role(MODEL.roles().get(0).code()),
                                null,
                                null,
                                null,
                                start,
                                6,
                                60,
                                0,
                                new Interval(0.6, 0.8, 0.9),
                                0,
                                12_000,
                                "test",
                                null)));
    }

    private static Scenario retentionOnly() {
        return new Scenario(
                "flex-only",
                "Flexible working only",
                List.of(retention().interventions().get(0)));
    }

    /** Thirty posts of a role new to the first organisation: a scenario that widens the kernel with new lines. */
    static Scenario newRole() {
        return new Scenario(
                "new",
                "New role",
                List.of(new Intervention(
                        "posts",
                        InterventionKind.NEW_ROLE,
                        new Intervention.Scope(
                                "ALL", "ALL", MODEL.organisations().get(0).code(), "ALL"),
                        null,
                        MODEL.roles().get(1).code(),
                        null,
                        MODEL.info().baseMonth(),
                        6,
                        30,
                        0,
                        new Interval(0.3, 0.5, 0.7),
                        0,
                        0,
                        "test",
                        null)));
    }

    @Test
    void baselineScenarioProjectionEqualsThePlainProjectionToTheLastBit() {
        for (ProjectionSettings settings :
                List.of(new ProjectionSettings(5, 0, 7, 1), new ProjectionSettings(5, 40, 7, 3))) {
            Projection plain = new Projector(MODEL).run(settings, ProgressListener.NONE);
            Projection base =
                    ScenarioSystem.projector(MODEL, Scenario.baseline(), 5).run(settings, ProgressListener.NONE);
            List<Series> a = List.copyOf(plain.series()), b = List.copyOf(base.series());
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).key()).isEqualTo(a.get(i).key());
                assertThat(b.get(i).mean())
                        .as(a.get(i).key().toString())
                        .containsExactly(a.get(i).mean());
                if (a.get(i).hasQuantiles())
                    assertThat(b.get(i).p90()).containsExactly(a.get(i).p90());
            }
        }
    }

    @Test
    void sameNumbersWhateverTheThreadCount() {
        ScenarioComparison comparison = new ScenarioComparison(MODEL, List.of(retention(), retentionOnly()), 4);
        ScenarioComparison.Result one = comparison.run(new ScenarioComparison.Settings(4, 30, 5, 1, Set.of(), 0));
        ScenarioComparison.Result four = comparison.run(new ScenarioComparison.Settings(4, 30, 5, 4, Set.of(), 0));
        assertThat(four.gaps()).isEqualTo(one.gaps());
        assertThat(four.summary()).isEqualTo(one.summary());
        // a run without draws shares its scenarios out between the threads instead
        ScenarioComparison.Settings central = new ScenarioComparison.Settings(4, 0, 5, 1, Set.of(), 0);
        ScenarioComparison.Result alone = comparison.run(central);
        ScenarioComparison.Result shared = comparison.run(new ScenarioComparison.Settings(4, 0, 5, 3, Set.of(), 0));
        assertThat(shared.gaps()).isEqualTo(alone.gaps());
        assertThat(shared.summary()).isEqualTo(alone.summary());
    }

    /**
     * Common random numbers: the baseline of a comparison equals the baseline run alone, and an
     * intervention in two scenarios draws the same effect in both, so a scenario with a subset of another's
     * retention measures never closes more gap in any draw when effects only help (checked via P10 of the
     * difference, paired per draw, which would be noisy and often negative with independent draws).
     */
    @Test
    void progressCountsEveryDrawAndAThrowingListenerStopsTheRun() {
        ScenarioComparison comparison = new ScenarioComparison(MODEL, List.of(retention()), 3);
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(3, 20, 5, 2, Set.of(), 0);
        java.util.concurrent.ConcurrentLinkedQueue<Integer> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        comparison.run(settings, (completed, total) -> {
            assertThat(total).isEqualTo(20);
            seen.add(completed);
        });
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());

        class Stop extends RuntimeException {}
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> comparison.run(settings, (completed, total) -> {
                    if (completed == 3) throw new Stop();
                }))
                .isInstanceOf(Stop.class);
    }

    @Test
    void commonRandomNumbersMakeDifferencesPaired() {
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(5, 50, 9, 2, Set.of(), 0);
        ScenarioComparison.Result both =
                new ScenarioComparison(MODEL, List.of(retention(), retentionOnly()), 5).run(settings);
        ScenarioComparison.Result alone = new ScenarioComparison(MODEL, List.of(), 5).run(settings);
        // a scenario adding a new role's lines (extra parameters) leaves the baseline's draws unchanged
        Scenario newRole = newRole();
        ScenarioComparison.Result withNew = new ScenarioComparison(MODEL, List.of(newRole), 5).run(settings);
        for (int y : both.years())
            assertThat(withNew.summary(Scenario.BASELINE, y)).isEqualTo(alone.summary(Scenario.BASELINE, y));
        int last = both.years().get(4);
        assertThat(both.summary(Scenario.BASELINE, last)).isEqualTo(alone.summary(Scenario.BASELINE, last));
        InterventionEffects a =
                new InterventionEffects(new ScenarioComparison(MODEL, List.of(retention()), 1).kernel(), retention());
        InterventionEffects b = new InterventionEffects(
                new ScenarioComparison(MODEL, List.of(retentionOnly()), 1).kernel(), retentionOnly());
        for (int d = 0; d < 20; d++) assertThat(a.sample(9, d)[0]).isEqualTo(b.sample(9, d)[0]);
        ScenarioComparison.YearRow flex = both.summary("flex-only", last);
        assertThat(flex.targetGapClosed().mean()).isPositive();
        assertThat(flex.targetGapClosed().p10()).isGreaterThanOrEqualTo(0);
        assertThat(both.summary("retain", last).targetGapClosed().mean())
                .isGreaterThan(flex.targetGapClosed().mean());
        // gap closed = baseline gap - scenario gap, in the mean
        assertThat(flex.targetGapClosed().mean())
                .isCloseTo(
                        both.summary(Scenario.BASELINE, last).targetGap().mean()
                                - flex.targetGap().mean(),
                        within(1e-6));
    }

    /** The draws kept are the ones the summary averages: their means are its mean gap closed and pay bill change. */
    @Test
    void theDrawsKeptAverageToTheSummary() {
        ScenarioComparison.Result r = new ScenarioComparison(MODEL, List.of(retention()), 3)
                .run(new ScenarioComparison.Settings(3, 25, 4, 2, Set.of(), 0));
        for (int y = 0; y < 3; y++) {
            ScenarioComparison.YearRow row = r.summary("retain", r.years().get(y));
            double[] closed = r.draws().closed("retain", y), pay = r.draws().payChange("retain", y);
            assertThat(closed).hasSize(25);
            assertThat(java.util.Arrays.stream(closed).average().orElseThrow())
                    .isCloseTo(
                            row.targetGapClosed().mean(),
                            within(1e-9 * Math.max(1, row.targetGap().mean())));
            assertThat(java.util.Arrays.stream(pay).average().orElseThrow())
                    .isCloseTo(row.payCostChange().mean(), within(1e-6 * Math.max(1, row.payCostGbp())));
            // the baseline closes nothing on any draw
            assertThat(r.draws().closed(Scenario.BASELINE, y)).containsOnly(0.0);
        }
    }

    /**
     * Programme cost of flexible working: GBP 100,000 fixed a year from month 6 plus GBP 50 per covered FTE
     * (half the baseline staff), ramped over 12 months. In the first projection year months 6-11 carry it:
     * 6 x 100,000 / 12 + 50 x 0.5 x FTE x (1 + 2 + ... + 6) / 12 / 12.
     */
    @Test
    void programmeCostFollowsTheCostModel() {
        ScenarioComparison.Result r = new ScenarioComparison(MODEL, List.of(retentionOnly()), 1)
                .run(new ScenarioComparison.Settings(1, 0, 1, 1, Set.of(), 0));
        double fte = MODEL.workforce().stream().mapToDouble(w -> w.fteInPost()).sum();
        double expected = 6 * 100_000 / 12.0 + 50 * 0.5 * fte * 21 / 12.0 / 12.0;
        assertThat(r.summary("flex-only", r.years().get(0)).programmeCostGbp()).isCloseTo(expected, within(1e-6));
    }
}
