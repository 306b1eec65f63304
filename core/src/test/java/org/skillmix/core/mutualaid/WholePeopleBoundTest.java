package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WholePeopleBoundTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2026, 12, 6);

    /**
     * One donor with 1.0 FTE spare a week; A (1.0 FTE, one week away) and B (0.5 FTE, two weeks away) may both cover a
     * critical 1.0 FTE shortfall elsewhere in each of two weeks. Together they do not fit in the spare, so each week
     * lends one of them: A one week and B the other, 1.5 FTE-weeks at best. The flow pools their weeks away (1.0 x 1 +
     * 0.5 x 2 = 2.0) and lets each week lend 1.0, so it allows 2.0; the whole-people bound's dual optimum is 1.5
     * (prices 1 on both shortfalls, 0.5 on A's weeks, 0 on B's: 1.0 x 0.5 + 2 x max(1.0 x 0.5, 0.5 x 1)).
     */
    @Test
    void knowsTwoPeopleWhoDoNotFitTogetherGoInTurn() {
        StaffMember a = person("A", 1.0, 1);
        StaffMember b = person("B", 0.5, 2);
        List<Shortfall> needs = List.of(critical(1), critical(2));
        List<DonorService> donors = List.of(new DonorService("O1", "HOME", 10, 9, false));
        MutualAidPlan plan = MutualAidPlan.of(List.of(a, b), needs, donors, Distances.none(), 2);

        assertThat(ExhaustiveSearch.best(plan)[0]).isEqualTo(150);
        assertThat(MutualAidBound.criticalCentiBound(plan)).isEqualTo(200);
        // The subgradient search comes near the dual optimum, not onto it: within a hundredth of an FTE-week.
        assertThat(WholePeopleBound.criticalCentiBound(plan)).isBetween(150L, 151L);
    }

    /** Any prices give a bound, so it holds at the starting prices, after a few steps and after the full search. */
    @Test
    void neverBelowTheExhaustiveOptimum() {
        int binding = 0;
        for (long seed = 1; seed <= 25; seed++) {
            MutualAidPlan problem = GeneratedSurge.generate(seed, 6, 3, 2, 3, 2, 0.6, 0.3);
            long best = ExhaustiveSearch.best(problem)[0];
            for (int steps : new int[] {0, 5, WholePeopleBound.DEFAULT_ITERATIONS}) {
                assertThat(WholePeopleBound.criticalCentiBound(problem, steps))
                        .as("seed %d, %d steps", seed, steps)
                        .isGreaterThanOrEqualTo(best);
            }
            if (best > 0 && WholePeopleBound.criticalCentiBound(problem) <= best + 1) binding++;
        }
        assertThat(binding).as("instances where the bound is the optimum").isGreaterThan(5);
    }

    /** On larger generated surges: above what the solver's lawful plans cover. */
    @Test
    void neverBelowASolvedPlan() {
        MutualAidSolver quick = new MutualAidSolver(Duration.ofSeconds(5), Duration.ofMillis(300), 1L);
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan solved = quick.solve(GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.6, 0.9));
            assertThat(HardRules.breaches(solved)).isEmpty();
            assertThat(WholePeopleBound.criticalCentiBound(solved))
                    .as("seed %d", seed)
                    .isGreaterThanOrEqualTo(solved.coveredCenti(true));
        }
    }

    private static StaffMember person(String id, double fte, int weeksAway) {
        return new StaffMember(id, "O1", "HOME", "R1", Map.of("ED", 3), fte, "P1", weeksAway, 50, null);
    }

    private static Shortfall critical(int week) {
        return new Shortfall("W" + week, week, WEEK_1.plusWeeks(week - 1), "O1", "AE", "P1", "ED", 1.0, true);
    }
}
