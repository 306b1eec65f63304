package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cover exchanges before the local search: hand-worked exchanges, and every hard rule kept on generated surges. */
class CriticalCoverTest {
    static final LocalDate WEEK_ENDS = LocalDate.of(2026, 12, 6);

    static StaffMember person(String id, String service, String capability, int maxWeeksAway) {
        return new StaffMember(id, "O1", service, "R", Map.of(capability, 3), 1.0, "P", maxWeeksAway, 25, null);
    }

    static Shortfall critical(String id, String service, String capability) {
        return new Shortfall(id, 1, WEEK_ENDS, "O1", service, "P", capability, 1.0, true);
    }

    static Assignment in(MutualAidPlan plan, StaffMember p) {
        return plan.getAssignments().stream()
                .filter(a -> a.getStaff() == p)
                .findFirst()
                .orElseThrow();
    }

    /**
     * A covers X or Y, B only X; with A at X, Y is uncovered and no single move covers it without uncovering X.
     * The exchange moves A to Y and refills X with B: critical cover 1.0 to 2.0 FTE-weeks (100 hundredths gained).
     */
    @Test
    void movesSomeoneToTheScarcerShortfallAndRefillsTheOneTheyLeave() {
        StaffMember a = new StaffMember("A", "O1", "HOME", "R", Map.of("ICU", 3, "ED", 3), 1.0, "P", 1, 25, null);
        StaffMember b = person("B", "HOME", "ICU", 1);
        Shortfall x = critical("X", "SX", "ICU");
        Shortfall y = critical("Y", "SY", "ED");
        List<DonorService> donors = List.of(new DonorService("O1", "HOME", 10, 0, false));
        MutualAidPlan plan = MutualAidPlan.of(
                List.of(a, b), List.of(x, y), donors, Distances.builder().build(), 1);
        in(plan, a).setShortfall(x);
        assertThat(plan.coveredCenti(true)).isEqualTo(100);

        assertThat(CriticalCover.improve(plan, 1)).isEqualTo(100);
        assertThat(in(plan, a).getShortfall()).isEqualTo(y);
        assertThat(in(plan, b).getShortfall()).isEqualTo(x);
        assertThat(plan.coveredCenti(true)).isEqualTo(200);
        assertThat(HardRules.breaches(plan)).isEmpty();
    }

    /**
     * The donor can lend 1.0 FTE (floor 1.0 of 2.0); C is lent to a non-critical shortfall, and only D can cover the
     * critical one. The exchange sends C home and D to it: the floor holds and critical cover goes 0 to 1.0.
     */
    @Test
    void sendsAColleagueHomeFromLessNeededCoverToKeepTheFloor() {
        StaffMember c = person("C", "HOME", "ICU", 1);
        StaffMember d = person("D", "HOME", "ED", 1);
        Shortfall other = new Shortfall("N", 1, WEEK_ENDS, "O1", "SN", "P", "ICU", 1.0, false, 1);
        Shortfall needed = critical("Y", "SY", "ED");
        List<DonorService> donors = List.of(new DonorService("O1", "HOME", 2, 1, false));
        MutualAidPlan plan = MutualAidPlan.of(
                List.of(c, d),
                List.of(other, needed),
                donors,
                Distances.builder().build(),
                1);
        in(plan, c).setShortfall(other);

        assertThat(CriticalCover.improve(plan, 1)).isEqualTo(100);
        assertThat(in(plan, c).getShortfall()).isNull();
        assertThat(in(plan, d).getShortfall()).isEqualTo(needed);
        assertThat(HardRules.breaches(plan)).isEmpty();
    }

    /** Nobody is sent past their agreed weeks away: with none agreed, nothing moves. */
    @Test
    void keepsToTheWeeksAwayAgreed() {
        StaffMember e = person("E", "HOME", "ED", 0);
        Shortfall needed = critical("Y", "SY", "ED");
        List<DonorService> donors = List.of(new DonorService("O1", "HOME", 10, 0, false));
        MutualAidPlan plan = MutualAidPlan.of(
                List.of(e), List.of(needed), donors, Distances.builder().build(), 1);

        assertThat(CriticalCover.improve(plan, 1)).isZero();
        assertThat(in(plan, e).getShortfall()).isNull();
    }

    /** On generated surges after the greedy start: every hard rule kept, and the critical cover gained as reported. */
    @Test
    void keepsEveryHardRuleAndNeverLosesCriticalCover() {
        for (long seed = 1; seed <= 5; seed++) {
            MutualAidPlan plan = GeneratedSurge.generate(seed, 300, 24, 6, 6, 5, 0.6, 0.9);
            GreedyStart.fill(plan);
            long before = plan.coveredCenti(true);
            long gained = CriticalCover.improve(plan, seed);
            assertThat(gained).as("seed %d", seed).isNotNegative();
            assertThat(plan.coveredCenti(true)).as("seed %d", seed).isEqualTo(before + gained);
            assertThat(HardRules.breaches(plan)).as("seed %d", seed).isEmpty();
            assertThat(plan.coveredCenti(true))
                    .as("seed %d: within the bound", seed)
                    .isLessThanOrEqualTo(MutualAidBound.criticalCentiBound(plan));
        }
    }

    /** The cover kept by hand as people are moved matches the plan's own count, and undo puts every move back. */
    @Test
    void undoPutsBackEveryMoveAndTheCoverKeptMatchesThePlan() {
        MutualAidPlan plan = GeneratedSurge.generate(3, 300, 24, 6, 6, 5, 0.6, 0.9);
        GreedyStart.fill(plan);
        List<String> was =
                plan.getAssignments().stream().map(Assignment::toString).toList();
        CriticalCover cover = new CriticalCover(plan);
        assertThat(cover.criticalCovered()).isEqualTo(plan.coveredCenti(true));
        assertThat(cover.otherCovered()).isEqualTo(plan.coveredCenti(false));
        cover.mark();
        int moved = 0;
        for (Assignment a : plan.getAssignments()) {
            if (a.isAway()) cover.assign(a, null);
            else if (!a.getCandidates().isEmpty())
                cover.assign(a, a.getCandidates().get(0));
            else continue;
            moved++;
        }
        assertThat(moved).isPositive();
        assertThat(cover.criticalCovered()).isEqualTo(plan.coveredCenti(true));
        assertThat(cover.otherCovered()).isEqualTo(plan.coveredCenti(false));
        cover.undo();
        assertThat(plan.getAssignments().stream().map(Assignment::toString).toList())
                .isEqualTo(was);
        assertThat(cover.criticalCovered()).isEqualTo(plan.coveredCenti(true));
        assertThat(cover.otherCovered()).isEqualTo(plan.coveredCenti(false));
    }
}
