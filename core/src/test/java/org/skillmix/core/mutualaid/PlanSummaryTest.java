package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tables of a hand-made plan, worked out by hand. */
class PlanSummaryTest {

    private static final LocalDate WEEK1_ENDS = LocalDate.of(2026, 12, 7);

    @Test
    void movesLendingAndCoverOfAHandMadePlan() {
        StaffMember a = new StaffMember("A", "ORG1", "CN", "RN", Map.of("WOUND", 3), 0.6, "P1", 2, 30, null);
        StaffMember b = new StaffMember("B", "ORG1", "CN", "RN", Map.of("WOUND", 3), 1.0, "P1", 2, 30, null);
        StaffMember c = new StaffMember("C", "ORG2", "AC", "RN", Map.of("WOUND", 3), 1.0, "P2", 2, 30, null);
        Shortfall w1 = new Shortfall("w1", 1, WEEK1_ENDS, "ORG1", "UEC", "P1", "WOUND", 1.2, true);
        Shortfall w2 = new Shortfall("w2", 2, WEEK1_ENDS.plusDays(7), "ORG1", "UEC", "P1", "WOUND", 0.5, false);
        List<DonorService> donors =
                List.of(new DonorService("ORG2", "AC", 12, 10.2, false), new DonorService("ORG1", "CN", 20, 17, false));
        // Week 1: A (0.6) and B (1.0) both go to w1, which needs 1.2: 1.6 sent, 1.2 covered. Week 2: C covers w2 (0.5
        // of 1.0 sent).
        List<Assignment> assignments = List.of(
                Assignment.of(a, 1, w1),
                Assignment.of(b, 1, w1),
                Assignment.of(c, 1, null),
                Assignment.of(a, 2, null),
                Assignment.of(b, 2, null),
                Assignment.of(c, 2, w2));
        MutualAidPlan plan = new MutualAidPlan(
                List.of(a, b, c), List.of(w2, w1), donors, Distances.builder().build(), assignments);

        PlanSummary summary = PlanSummary.of(plan, 2);

        assertThat(summary.moves())
                .containsExactly(
                        new PlanSummary.Move(1, "A", "ORG1", "CN", "ORG1", "UEC", "WOUND", 60),
                        new PlanSummary.Move(1, "B", "ORG1", "CN", "ORG1", "UEC", "WOUND", 100),
                        new PlanSummary.Move(2, "C", "ORG2", "AC", "ORG1", "UEC", "WOUND", 100));
        assertThat(summary.donorWeeks())
                .containsExactly(
                        new PlanSummary.DonorWeek(1, "ORG1", "CN", 2000, 160, 1700),
                        new PlanSummary.DonorWeek(1, "ORG2", "AC", 1200, 0, 1020),
                        new PlanSummary.DonorWeek(2, "ORG1", "CN", 2000, 0, 1700),
                        new PlanSummary.DonorWeek(2, "ORG2", "AC", 1200, 100, 1020));
        assertThat(summary.cover())
                .containsExactly(
                        new PlanSummary.Cover(1, "ORG1", "UEC", "WOUND", 120, 120, true),
                        new PlanSummary.Cover(2, "ORG1", "UEC", "WOUND", 50, 50, false));
        assertThat(summary.coveredCenti(true))
                .isEqualTo(plan.coveredCenti(true))
                .isEqualTo(120);
        assertThat(summary.coveredCenti(false))
                .isEqualTo(plan.coveredCenti(false))
                .isEqualTo(50);
        assertThat(summary.neededCenti(true)).isEqualTo(120);

        PlanSummary org2 = summary.narrowedTo("ORG2"::equals);
        assertThat(org2.moves()).extracting(PlanSummary.Move::staffId).containsExactly("C");
        assertThat(org2.donorWeeks()).extracting(PlanSummary.DonorWeek::org).containsOnly("ORG2");
        assertThat(org2.cover()).isEmpty();
        assertThat(org2.weeks()).isEqualTo(2);
    }
}
