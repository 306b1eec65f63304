package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Supervision;

/** Competency and supervision proven on solved plans, not only on single constraints. */
class CompetencyAndSupervisionTest {

    private static final MutualAidSolver QUICK = new MutualAidSolver(Duration.ofSeconds(5), Duration.ofMillis(300), 1L);
    private static final LocalDate WEEK1_ENDS = LocalDate.of(2026, 12, 6);
    private static final LocalDate PASSPORT = LocalDate.of(2027, 3, 31);

    @Test
    void aLevelOnePersonIsNeverSentToATaskNeedingLevelThree() {
        // The only person with INSULIN holds it at level 1; the critical insulin shortfall needs 3 (the default).
        StaffMember novice =
                new StaffMember("N1", "ORG1", "CN", "RN", Map.of("INSULIN", 1, "WOUND", 3), 1.0, "P1", 4, 30, PASSPORT);
        Shortfall insulin = new Shortfall("ins", 1, WEEK1_ENDS, "ORG2", "UEC", "P1", "INSULIN", 1.0, true);
        Shortfall wound = new Shortfall("wnd", 1, WEEK1_ENDS, "ORG2", "UEC", "P1", "WOUND", 1.0, false);
        MutualAidPlan solved = QUICK.solve(MutualAidPlan.of(
                List.of(novice),
                List.of(insulin, wound),
                List.of(new DonorService("ORG1", "CN", 10, 5, false)),
                Distances.none(),
                1));
        assertThat(solved.getAssignments())
                .allSatisfy(a -> assertThat(a.getShortfall()).isNotSameAs(insulin));
        assertThat(solved.getAssignments().get(0).getShortfall()).isSameAs(wound);
        assertThat(HardRules.breaches(solved)).isEmpty();
        assertThat(MutualAidBound.criticalCentiBound(solved)).isZero();
    }

    @Test
    void solvedPlansOnGeneratedInstancesNeverSendAnyoneBelowTheMinimumLevel() {
        for (long seed = 1; seed <= 3; seed++) {
            MutualAidPlan solved = QUICK.solve(GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.4, 0.6));
            assertThat(solved.getAssignments())
                    .filteredOn(Assignment::isAway)
                    .allSatisfy(a -> assertThat(
                                    a.getStaff().levelOf(a.getShortfall().getCapabilityCode()))
                            .isGreaterThanOrEqualTo(a.getShortfall().getMinLevel()));
        }
    }

    /** R2 works under R0 (2 per FTE), R3 under R0 or R1 (3 per FTE), as supervision.csv would say. */
    private static final SupervisionRules RULES = new SupervisionRules(List.of(
            new Supervision("R2", "R0", 2, ""),
            new Supervision("R3", "R0", 3, ""),
            new Supervision("R3", "R1", 3, "")));

    @Test
    void solvedPlansSuperviseEveryRedeployedSuperviseeAndSayByWhom() {
        int supervisedMoves = 0;
        for (long seed = 1; seed <= 3; seed++) {
            MutualAidPlan generated = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.4, 0.6);
            MutualAidPlan solved = QUICK.solve(MutualAidPlan.of(
                    generated.getStaff(),
                    generated.getShortfalls(),
                    generated.getDonors(),
                    generated.getDistances(),
                    RULES,
                    6));
            assertThat(solved.getScore().hardScore(0)).as("seed %d", seed).isZero();
            assertThat(HardRules.breaches(solved)).as("seed %d", seed).isEmpty();
            for (PlanSummary.Move m : PlanSummary.of(solved, 6).moves()) {
                String role = solved.getStaff().stream()
                        .filter(p -> p.getId().equals(m.staffId()))
                        .findFirst()
                        .orElseThrow()
                        .getRoleCode();
                if (RULES.needsSupervision(role)) {
                    assertThat(m.supervisedBy()).as(m.toString()).isNotEmpty();
                    supervisedMoves++;
                } else assertThat(m.supervisedBy()).isEmpty();
            }
        }
        assertThat(supervisedMoves)
                .as("supervisees redeployed with a supervisor")
                .isPositive();
    }

    @Test
    void aSuperviseeGoesOnlyWhereASupervisorIs() {
        // One HCSW-like R2 and one nurse-like R0, both free; only the shortfall the R0 also covers can take the R2.
        StaffMember supervisee =
                new StaffMember("S1", "ORG1", "CN", "R2", Map.of("WOUND", 3), 1.0, "P1", 4, 30, PASSPORT);
        StaffMember supervisor =
                new StaffMember("R1", "ORG1", "AC", "R0", Map.of("TRIAGE", 3), 0.5, "P1", 4, 30, PASSPORT);
        Shortfall woundAlone = new Shortfall("a", 1, WEEK1_ENDS, "ORG2", "CARE", "P1", "WOUND", 1.0, true);
        Shortfall triage = new Shortfall("b", 1, WEEK1_ENDS, "ORG2", "UEC", "P1", "TRIAGE", 0.5, true);
        Shortfall woundUec = new Shortfall("c", 1, WEEK1_ENDS, "ORG2", "UEC", "P1", "WOUND", 1.0, false);
        MutualAidPlan solved = QUICK.solve(MutualAidPlan.of(
                List.of(supervisee, supervisor),
                List.of(woundAlone, triage, woundUec),
                List.of(new DonorService("ORG1", "CN", 10, 5, false), new DonorService("ORG1", "AC", 10, 5, false)),
                Distances.none(),
                RULES,
                1));
        // 0.5 FTE of R0 offers 1.0 FTE of places for R2: the R2 goes with the R0 to UEC, not alone to CARE.
        PlanSummary plan = PlanSummary.of(solved, 1);
        assertThat(plan.moves())
                .extracting(PlanSummary.Move::staffId, PlanSummary.Move::toService, PlanSummary.Move::supervisedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R1", "UEC", ""),
                        org.assertj.core.groups.Tuple.tuple("S1", "UEC", "R1"));
        assertThat(HardRules.breaches(solved)).isEmpty();
    }
}
