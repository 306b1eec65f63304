package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutualAidSolverTest {

    private static final MutualAidSolver QUICK = new MutualAidSolver(Duration.ofSeconds(5), Duration.ofMillis(300), 1L);

    @Test
    void solvedPlansKeepEveryHardRule() {
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan plan = QUICK.solve(GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.4, 0.6));
            assertThat(plan.getScore().hardScore(0)).as("seed %d", seed).isZero();
            assertThat(HardRules.breaches(plan)).as("seed %d", seed).isEmpty();
            assertThat(plan.coveredCenti(true))
                    .as("seed %d covers something", seed)
                    .isPositive();
        }
    }

    @Test
    void smallInstancesReachTheExhaustiveOptimum() {
        int compared = 0;
        for (long seed = 1; seed <= 25; seed++) {
            MutualAidPlan problem = GeneratedSurge.generate(seed, 6, 3, 2, 3, 2, 0.6, 0.3);
            long[] best = ExhaustiveSearch.best(problem);
            MutualAidPlan solved = QUICK.solve(problem);
            assertThat(HardRules.breaches(solved)).isEmpty();
            assertThat(new long[] {solved.coveredCenti(true), solved.coveredCenti(false)})
                    .as("seed %d: (critical, other) covered", seed)
                    .containsExactly(best);
            if (best[0] + best[1] > 0) compared++;
        }
        assertThat(compared).as("instances where any cover was possible").isGreaterThan(10);
    }

    @Test
    void theBoundIsNeverBeaten() {
        for (long seed = 1; seed <= 25; seed++) {
            MutualAidPlan problem = GeneratedSurge.generate(seed, 6, 3, 2, 3, 2, 0.6, 0.3);
            assertThat(MutualAidBound.criticalCentiBound(problem))
                    .as("seed %d", seed)
                    .isGreaterThanOrEqualTo(ExhaustiveSearch.best(problem)[0]);
        }
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan solved = QUICK.solve(GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.4, 0.6));
            assertThat(MutualAidBound.criticalCentiBound(solved))
                    .as("seed %d", seed)
                    .isGreaterThanOrEqualTo(solved.coveredCenti(true));
        }
    }

    @Test
    void theFlowBoundEqualsTheLinearProgramme() {
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan problem = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.4, 0.6);
            assertThat((double) MutualAidBound.criticalCentiBound(problem))
                    .as("seed %d", seed)
                    .isCloseTo(MutualAidBound.criticalCentiBoundLp(problem), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void protectedServicesAndFloorsHoldEvenWhenDemandIsHuge() {
        MutualAidPlan plan = QUICK.solve(GeneratedSurge.generate(7, 200, 16, 4, 4, 3, 1.0, 0.5));
        assertThat(HardRules.breaches(plan)).isEmpty();
        Map<HomeService, DonorService> donors = new HashMap<>();
        plan.getDonors().forEach(d -> donors.put(d.home(), d));
        List<Assignment> fromProtected = plan.getAssignments().stream()
                .filter(a -> a.isAway() && donors.get(a.getStaff().getHome()).protectedService())
                .toList();
        assertThat(fromProtected).isEmpty();
    }
}
