package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.core.mutualaid.CriticalCoverTest.WEEK_ENDS;
import static org.skillmix.core.mutualaid.CriticalCoverTest.in;
import static org.skillmix.core.mutualaid.CriticalCoverTest.person;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ruin-and-refill rounds after the exchanges: a hand-worked escape, and every hard rule kept on generated surges. */
class RuinAndRefillTest {

    /**
     * One week. A (from D1, 1.0 spare) covers ED or ICU work; B (from D2, 1.0 spare) only ED; C (also D2) only
     * non-critical ward work. The plan given: A at the critical ED shortfall X, C at the ward, ICU shortfall Y short.
     * The exchanges are stuck: moving A to Y leaves X to be refilled by B, whose service is at its floor with C away,
     * and a refill never makes room, so that exchange gains nothing (critical stays 1.0). A round that sends A home
     * and refills Y before X sends A to Y, then B to X with C sent home to keep D2's floor: 2.0, the optimum.
     */
    @Test
    void escapesAPlanTheExchangesCannotImprove() {
        StaffMember a = new StaffMember("A", "O1", "D1", "R", Map.of("ICU", 3, "ED", 3), 1.0, "P", 1, 25, null);
        StaffMember b = person("B", "D2", "ED", 1);
        StaffMember c = person("C", "D2", "GEN", 1);
        Shortfall x = CriticalCoverTest.critical("X", "SX", "ED");
        Shortfall y = CriticalCoverTest.critical("Y", "SY", "ICU");
        Shortfall ward = new Shortfall("W", 1, WEEK_ENDS, "O1", "SW", "P", "GEN", 1.0, false);
        List<DonorService> donors =
                List.of(new DonorService("O1", "D1", 10, 9, false), new DonorService("O1", "D2", 10, 9, false));
        MutualAidPlan plan = MutualAidPlan.of(List.of(a, b, c), List.of(x, y, ward), donors, Distances.none(), 1);
        in(plan, a).setShortfall(x);
        in(plan, c).setShortfall(ward);
        assertThat(HardRules.breaches(plan)).isEmpty();
        assertThat(CriticalCover.improve(plan, 1)).isZero();
        assertThat(ExhaustiveSearch.best(plan)[0]).isEqualTo(200);

        assertThat(RuinAndRefill.improve(plan, 1, 50)).isEqualTo(100);
        assertThat(in(plan, a).getShortfall()).isEqualTo(y);
        assertThat(in(plan, b).getShortfall()).isEqualTo(x);
        assertThat(in(plan, c).getShortfall()).isNull();
        assertThat(plan.coveredCenti(true)).isEqualTo(200);
        assertThat(HardRules.breaches(plan)).isEmpty();
    }

    /** A round that would lower critical cover is undone; so is one that keeps it but lowers other cover. */
    @Test
    void neverLowersCoverRoundByRound() {
        for (long seed = 1; seed <= 3; seed++) {
            MutualAidPlan plan = started(seed);
            for (int round = 0; round < 100; round++) {
                long critical = plan.coveredCenti(true);
                long other = plan.coveredCenti(false);
                RuinAndRefill.improve(plan, seed * 1_000 + round, 1);
                assertThat(plan.coveredCenti(true))
                        .as("seed %d round %d", seed, round)
                        .isGreaterThanOrEqualTo(critical);
                if (plan.coveredCenti(true) == critical)
                    assertThat(plan.coveredCenti(false))
                            .as("seed %d round %d", seed, round)
                            .isGreaterThanOrEqualTo(other);
            }
        }
    }

    /** Floors, weeks away, competency levels and the rest hold after the rounds, and the bound stays above the plan. */
    @Test
    void keepsEveryHardRuleAndStaysWithinTheBound() {
        long total = 0;
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan plan = started(seed);
            long before = plan.coveredCenti(true);
            long gained = RuinAndRefill.improve(plan, seed, 500);
            total += gained;
            assertThat(HardRules.breaches(plan)).as("seed %d", seed).isEmpty();
            assertThat(plan.coveredCenti(true)).as("seed %d", seed).isEqualTo(before + gained);
            assertThat(plan.coveredCenti(true))
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(WholePeopleBound.criticalCentiBound(plan));
        }
        assertThat(total).as("cover the rounds found beyond the exchanges").isPositive();
    }

    /**
     * The caller hears after every round, gaining or not (the solver's progress must move while the rounds find
     * nothing), and critical cover never falls from one round to the next.
     */
    @Test
    void tellsAfterEveryRound() {
        MutualAidPlan plan = started(5);
        long[] told = {0}, rises = {0};
        long[] lastCover = {plan.coveredCenti(true)};
        long gained = RuinAndRefill.improve(plan, 5, (rounds, since) -> rounds >= 300, () -> {
            assertThat(plan.coveredCenti(true)).isGreaterThanOrEqualTo(lastCover[0]);
            if (plan.coveredCenti(true) > lastCover[0]) rises[0]++;
            lastCover[0] = plan.coveredCenti(true);
            told[0]++;
        });
        assertThat(told[0]).isEqualTo(300);
        assertThat(gained).isPositive();
        assertThat(rises[0]).isPositive().isLessThan(300);
        assertThat(lastCover[0]).isEqualTo(plan.coveredCenti(true));
    }

    /** The same plan and seed give the same plan after the same rounds. */
    @Test
    void sameSeedSamePlan() {
        MutualAidPlan one = started(4);
        MutualAidPlan two = started(4);
        RuinAndRefill.improve(one, 9, 300);
        RuinAndRefill.improve(two, 9, 300);
        assertThat(where(one)).isEqualTo(where(two));
    }

    /** Through the solver with supervision rules: supervisors and supervisees are left where the search put them. */
    @Test
    void theSolverKeepsSupervisionWithTheRounds() {
        MutualAidPlan generated = GeneratedSurge.generate(2, 300, 24, 6, 6, 5, 0.6, 0.9);
        MutualAidPlan plan = MutualAidPlan.of(
                generated.getStaff(),
                generated.getShortfalls(),
                generated.getDonors(),
                generated.getDistances(),
                new SupervisionRules(List.of(
                        new org.skillmix.core.system.Supervision("R2", "R0", 2, ""),
                        new org.skillmix.core.system.Supervision("R3", "R1", 3, ""))),
                6);
        MutualAidPlan solved = new MutualAidSolver(Duration.ofSeconds(3), Duration.ofMillis(300), 2L)
                .withPricedStart()
                .solve(plan);
        assertThat(solved.getScore().hardScore(0)).isZero();
        assertThat(HardRules.breaches(solved)).isEmpty();
    }

    /** A generated surge with floors that bind, after the greedy start and the exchanges. */
    private static MutualAidPlan started(long seed) {
        MutualAidPlan plan = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.6, 0.9);
        GreedyStart.fill(plan);
        CriticalCover.improve(plan, seed);
        return plan;
    }

    private static List<String> where(MutualAidPlan plan) {
        List<String> out = new ArrayList<>();
        for (Assignment a : plan.getAssignments()) out.add(a.toString());
        return out;
    }
}
