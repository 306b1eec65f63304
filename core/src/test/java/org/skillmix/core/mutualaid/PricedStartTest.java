package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Supervision;

/** The start from the whole-people bound's prices keeps every hard rule, alone and with what follows it. */
class PricedStartTest {

    /** R2 works under R0 (2 per FTE), R3 under R0 or R1 (3 per FTE), as in CompetencyAndSupervisionTest. */
    private static final SupervisionRules RULES = new SupervisionRules(List.of(
            new Supervision("R2", "R0", 2, ""),
            new Supervision("R3", "R0", 3, ""),
            new Supervision("R3", "R1", 3, "")));

    @Test
    void keepsEveryHardRuleAndStaysWithinTheBound() {
        for (long seed = 1; seed <= 5; seed++) {
            // Floors at 90% of a service's FTE: the floors bind, as on the tight stress instance.
            MutualAidPlan plan = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.6, 0.9);
            long bound = Math.min(MutualAidBound.criticalCentiBound(plan), WholePeopleBound.criticalCentiBound(plan));
            int made = WholePeopleBound.pricedStart(plan, 300);
            assertThat(made).as("seed %d: people sent", seed).isPositive();
            assertThat(HardRules.breaches(plan)).as("seed %d", seed).isEmpty();
            assertThat(plan.getAssignments().stream().filter(Assignment::isAway).count())
                    .isEqualTo(made);
            GreedyStart.fill(plan);
            CriticalCover.improve(plan, seed);
            assertThat(HardRules.breaches(plan))
                    .as("seed %d after greedy and exchanges", seed)
                    .isEmpty();
            assertThat(plan.coveredCenti(true)).as("seed %d", seed).isPositive().isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void leavesSuperviseesToTheRulesThatCheckThem() {
        for (long seed = 1; seed <= 3; seed++) {
            MutualAidPlan generated = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.6, 0.9);
            MutualAidPlan plan = MutualAidPlan.of(
                    generated.getStaff(),
                    generated.getShortfalls(),
                    generated.getDonors(),
                    generated.getDistances(),
                    RULES,
                    6);
            WholePeopleBound.pricedStart(plan, 300);
            assertThat(plan.getAssignments())
                    .filteredOn(Assignment::isAway)
                    .allSatisfy(
                            a -> assertThat(RULES.needsSupervision(a.getStaff().getRoleCode()))
                                    .isFalse());
            MutualAidPlan solved = new MutualAidSolver(Duration.ofSeconds(5), Duration.ofMillis(300), seed)
                    .withPricedStart()
                    .solve(plan);
            assertThat(solved.getScore().hardScore(0)).as("seed %d", seed).isZero();
            assertThat(HardRules.breaches(solved)).as("seed %d", seed).isEmpty();
        }
    }
}
