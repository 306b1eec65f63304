package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Supervision;

/** One test (or two) per constraint, each on the smallest situation that shows it. */
class MutualAidConstraintProviderTest {

    private static final LocalDate WEEK1_ENDS = LocalDate.of(2026, 12, 6);

    private final ConstraintVerifier<MutualAidConstraintProvider, MutualAidPlan> verifier =
            ConstraintVerifier.build(new MutualAidConstraintProvider(), MutualAidPlan.class, Assignment.class);

    private static StaffMember nurse(String id, String org, String service) {
        return new StaffMember(
                id, org, service, "RN", Map.of("WOUND", 3, "MEDS", 2), 1.0, "P1", 4, 30, LocalDate.of(2027, 3, 31));
    }

    private static Shortfall shortfall(
            String org, String service, String place, String capability, double fte, boolean critical) {
        return new Shortfall(org + service + capability, 1, WEEK1_ENDS, org, service, place, capability, fte, critical);
    }

    private static final Shortfall UEC_WOUND = shortfall("ORG2", "UEC", "P2", "WOUND", 1.0, true);

    @Test
    void capabilityVerified() {
        Shortfall triage = shortfall("ORG2", "UEC", "P2", "TRIAGE", 1.0, true);
        verifier.verifyThat(MutualAidConstraintProvider::capabilityVerified)
                .given(
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, triage),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, UEC_WOUND),
                        Assignment.of(nurse("C", "ORG1", "CN"), 1, null))
                .penalizesBy(1);
    }

    @Test
    void competencyLevelIsAHardRule() {
        StaffMember novice = new StaffMember("N", "ORG1", "CN", "RN", Map.of("INSULIN", 1), 1.0, "P1", 4, 30, null);
        StaffMember competent = new StaffMember("C", "ORG1", "CN", "RN", Map.of("INSULIN", 3), 1.0, "P1", 4, 30, null);
        Shortfall critical = new Shortfall("ins", 1, WEEK1_ENDS, "ORG1", "UEC", "P1", "INSULIN", 1, true, 3);
        Shortfall routine = new Shortfall("ins2", 1, WEEK1_ENDS, "ORG1", "AC", "P1", "INSULIN", 1, false, 1);
        verifier.verifyThat(MutualAidConstraintProvider::competencyLevel)
                .given(
                        Assignment.of(novice, 1, critical), // level 1 at a task needing 3: breach
                        Assignment.of(competent, 1, critical),
                        Assignment.of(novice, 1, routine)) // level 1 where 1 is enough
                .penalizesBy(1);
    }

    @Test
    void criticalShortfallsNeedLevelThreeByDefault() {
        assertThat(shortfall("ORG2", "UEC", "P2", "WOUND", 1, true).getMinLevel())
                .isEqualTo(3);
        assertThat(shortfall("ORG2", "UEC", "P2", "WOUND", 1, false).getMinLevel())
                .isEqualTo(2);
    }

    private static StaffMember person(String id, String role, String org, String service, double fte) {
        return new StaffMember(id, org, service, role, Map.of("WOUND", 3), fte, "P1", 4, 30, LocalDate.of(2027, 3, 31));
    }

    /** A nurse supervises at most 3 HCSW FTE, a senior care worker 10 care worker FTE (supervision.csv). */
    private static final SupervisionRules RULES = new SupervisionRules(
            List.of(new Supervision("HCSW", "RN", 3, ""), new Supervision("CARE_WORKER", "SCW", 10, "")));

    @Test
    void supervisionCapacityCountsFteWithoutASupervisionPlace() {
        // Two HCSWs (1.0 + 1.0) sent to UEC with one nurse at 0.5 FTE: 1.5 FTE of places, 0.5 FTE unsupervised.
        verifier.verifyThat(MutualAidConstraintProvider::supervisionCapacity)
                .given(
                        RULES,
                        Assignment.of(person("H1", "HCSW", "ORG1", "CN", 1.0), 1, UEC_WOUND),
                        Assignment.of(person("H2", "HCSW", "ORG1", "CN", 1.0), 1, UEC_WOUND),
                        Assignment.of(person("R1", "RN", "ORG1", "CN", 0.5), 1, UEC_WOUND))
                .penalizesBy(50);
        // A nurse of the receiving service who stays at home supervises too; a supervisor of another role does not.
        verifier.verifyThat(MutualAidConstraintProvider::supervisionCapacity)
                .given(
                        RULES,
                        Assignment.of(person("H1", "HCSW", "ORG1", "CN", 1.0), 1, UEC_WOUND),
                        Assignment.of(person("S1", "SCW", "ORG1", "CN", 1.0), 1, UEC_WOUND),
                        Assignment.of(person("R2", "RN", "ORG2", "UEC", 1.0), 1, null))
                .penalizesBy(0);
        // Nobody supervises in another service or another week.
        verifier.verifyThat(MutualAidConstraintProvider::supervisionCapacity)
                .given(
                        RULES,
                        Assignment.of(person("H1", "HCSW", "ORG1", "CN", 0.8), 1, UEC_WOUND),
                        Assignment.of(person("R1", "RN", "ORG1", "CN", 1.0), 1, null),
                        Assignment.of(person("R2", "RN", "ORG2", "UEC", 1.0), 2, null))
                .penalizesBy(80);
    }

    @Test
    void rolesWithoutASupervisionRowNeedNoSupervisor() {
        verifier.verifyThat(MutualAidConstraintProvider::supervisionCapacity)
                .given(RULES, Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND))
                .penalizesBy(0);
    }

    @Test
    void passportNeededToCrossOrganisations() {
        StaffMember expired =
                new StaffMember("A", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 4, 30, WEEK1_ENDS.minusDays(1));
        StaffMember none = new StaffMember("B", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 4, 30, null);
        Shortfall sameOrg = shortfall("ORG1", "UEC", "P1", "WOUND", 1.0, true);
        verifier.verifyThat(MutualAidConstraintProvider::passportToCrossOrganisations)
                .given(
                        Assignment.of(expired, 1, UEC_WOUND),
                        Assignment.of(none, 1, UEC_WOUND),
                        Assignment.of(none, 1, sameOrg), // within the organisation: no passport needed
                        Assignment.of(nurse("C", "ORG1", "CN"), 1, UEC_WOUND))
                .penalizesBy(2);
    }

    @Test
    void passportValidOnTheLastDayOfTheWeekIsEnough() {
        StaffMember lastDay =
                new StaffMember("A", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 4, 30, WEEK1_ENDS);
        verifier.verifyThat(MutualAidConstraintProvider::passportToCrossOrganisations)
                .given(Assignment.of(lastDay, 1, UEC_WOUND))
                .penalizesBy(0);
    }

    @Test
    void donorFloorPenalisesFteBelowTheFloor() {
        DonorService cn = new DonorService("ORG1", "CN", 10.0, 8.5, false); // 1.5 FTE may be lent
        verifier.verifyThat(MutualAidConstraintProvider::donorFloor)
                .given(
                        cn,
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, UEC_WOUND))
                .penalizesBy(50); // 2.0 lent, 0.5 FTE below the floor
        verifier.verifyThat(MutualAidConstraintProvider::donorFloor)
                .given(
                        cn,
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND),
                        Assignment.of(
                                nurse("B", "ORG1", "CN"),
                                2,
                                new Shortfall("w2", 2, WEEK1_ENDS.plusDays(7), "ORG2", "UEC", "P2", "WOUND", 1, true)))
                .penalizesBy(0); // one a week stays above the floor
    }

    @Test
    void protectedServicesDoNotLendUnlessAllowed() {
        verifier.verifyThat(MutualAidConstraintProvider::protectedDonors)
                .given(
                        new DonorService("ORG1", "CANCER", 20, 10, true),
                        new DonorService("ORG1", "DIAG", 20, 10, true, true),
                        Assignment.of(nurse("A", "ORG1", "CANCER"), 1, UEC_WOUND),
                        Assignment.of(nurse("B", "ORG1", "DIAG"), 1, UEC_WOUND))
                .penalizesBy(1);
    }

    @Test
    void maxTravel() {
        Distances km = Distances.builder().km("P1", "P2", 45).build();
        StaffMember far = new StaffMember(
                "F", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 4, 50, LocalDate.of(2027, 3, 31));
        verifier.verifyThat(MutualAidConstraintProvider::maxTravel)
                .given(
                        km,
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND),
                        Assignment.of(far, 1, UEC_WOUND),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, shortfall("ORG3", "UEC", "P9", "WOUND", 1, true)))
                .penalizesBy(2); // 45 km > 30 km, and P9 has no distance given: unreachable
    }

    @Test
    void maxWeeksAway() {
        StaffMember once = new StaffMember("A", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 1, 30, null);
        Shortfall w2 = new Shortfall("w2", 2, WEEK1_ENDS.plusDays(7), "ORG1", "UEC", "P1", "WOUND", 1, true);
        Shortfall w3 = new Shortfall("w3", 3, WEEK1_ENDS.plusDays(14), "ORG1", "UEC", "P1", "WOUND", 1, true);
        verifier.verifyThat(MutualAidConstraintProvider::maxWeeksAway)
                .given(Assignment.of(once, 2, w2), Assignment.of(once, 3, w3), Assignment.of(once, 1, null))
                .penalizesBy(1);
    }

    @Test
    void shortfallInSameWeek() {
        Shortfall w2 = new Shortfall("w2", 2, WEEK1_ENDS.plusDays(7), "ORG2", "UEC", "P2", "WOUND", 1, true);
        verifier.verifyThat(MutualAidConstraintProvider::shortfallInSameWeek)
                .given(Assignment.of(nurse("A", "ORG1", "CN"), 1, w2), Assignment.of(nurse("B", "ORG1", "CN"), 2, w2))
                .penalizesBy(1);
    }

    @Test
    void notOwnService() {
        verifier.verifyThat(MutualAidConstraintProvider::notOwnService)
                .given(
                        Assignment.of(nurse("A", "ORG2", "UEC"), 1, UEC_WOUND),
                        Assignment.of(nurse("B", "ORG2", "CN"), 1, UEC_WOUND))
                .penalizesBy(1);
    }

    @Test
    void coverCriticalDemandCountsNoMoreThanNeeded() {
        StaffMember half = new StaffMember("H", "ORG1", "CN", "RN", Map.of("WOUND", 3), 0.5, "P1", 4, 30, null);
        verifier.verifyThat(MutualAidConstraintProvider::coverCriticalDemand)
                .given(Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND), Assignment.of(half, 1, UEC_WOUND))
                .rewardsWith(100); // 1.5 FTE sent, 1.0 needed
        verifier.verifyThat(MutualAidConstraintProvider::coverCriticalDemand)
                .given(
                        Assignment.of(half, 1, UEC_WOUND),
                        Assignment.of(
                                nurse("A", "ORG1", "CN"), 1, shortfall("ORG2", "ELECTIVE", "P2", "WOUND", 1.0, false)))
                .rewardsWith(50);
    }

    @Test
    void coverOtherDemand() {
        Shortfall elective = shortfall("ORG2", "ELECTIVE", "P2", "WOUND", 2.0, false);
        verifier.verifyThat(MutualAidConstraintProvider::coverOtherDemand)
                .given(
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, elective),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, UEC_WOUND))
                .rewardsWith(100);
    }

    @Test
    void spreadMovesFairly() {
        Shortfall w2 = new Shortfall("w2", 2, WEEK1_ENDS.plusDays(7), "ORG2", "UEC", "P2", "WOUND", 1, true);
        StaffMember a = nurse("A", "ORG1", "CN");
        verifier.verifyThat(MutualAidConstraintProvider::spreadMovesFairly)
                .given(Assignment.of(a, 1, UEC_WOUND), Assignment.of(a, 2, w2))
                .penalizesBy(4 * MutualAidConstraintProvider.MOVE_WEIGHT);
        verifier.verifyThat(MutualAidConstraintProvider::spreadMovesFairly)
                .given(Assignment.of(a, 1, UEC_WOUND), Assignment.of(nurse("B", "ORG1", "CN"), 2, w2))
                .penalizesBy(2 * MutualAidConstraintProvider.MOVE_WEIGHT);
    }

    @Test
    void keepToOwnSkills() {
        Shortfall meds = shortfall("ORG2", "UEC", "P2", "MEDS", 1, true);
        verifier.verifyThat(MutualAidConstraintProvider::keepToOwnSkills)
                .given(
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, meds),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, UEC_WOUND))
                .penalizesBy(MutualAidConstraintProvider.SKILL_LEVEL_WEIGHT); // MEDS is one level below WOUND
    }

    @Test
    void keepNearHome() {
        Distances km = Distances.builder().km("P1", "P2", 12.4).build();
        verifier.verifyThat(MutualAidConstraintProvider::keepNearHome)
                .given(
                        km,
                        Assignment.of(nurse("A", "ORG1", "CN"), 1, UEC_WOUND),
                        Assignment.of(nurse("B", "ORG1", "CN"), 1, shortfall("ORG1", "UEC", "P1", "WOUND", 1, true)))
                .penalizesBy(12);
    }
}
