package org.skillmix.core.mutualaid;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
