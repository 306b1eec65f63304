package org.skillmix.app.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's sign-off record as the board pack's CQC evidence quotes it: a date a board member reads. */
class PlanRecordTest {

    @Test
    void aPublishedPlansRecordDatesItInWords() {
        Plan plan = plan(PlanStatus.PUBLISHED, Instant.parse("2026-12-07T12:03:59.522598Z"));
        assertThat(BoardPackService.record(plan))
                .isEqualTo("plan 7 version 2 \"GM plan\" is published; 1 of 2 partner organisations approved,"
                        + " published 7 December 2026, 12:03 GMT.");
    }

    /** In summer England's clock is an hour ahead of UTC, and says so. */
    @Test
    void aPlanPublishedInSummerIsDatedOnEnglandsClock() {
        Plan plan = plan(PlanStatus.PUBLISHED, Instant.parse("2026-06-30T23:30:00Z"));
        assertThat(BoardPackService.record(plan)).endsWith(", published 1 July 2026, 00:30 BST.");
    }

    @Test
    void anUnpublishedPlansRecordHasNoDate() {
        assertThat(BoardPackService.record(plan(PlanStatus.SHARED, null)))
                .isEqualTo("plan 7 version 2 \"GM plan\" is shared; 1 of 2 partner organisations approved.");
    }

    private static Plan plan(PlanStatus status, Instant publishedAt) {
        List<Plan.Partner> partners = List.of(
                new Plan.Partner(
                        "R0A", "Manchester University NHS Foundation Trust", Plan.Decision.APPROVED, "a", null),
                new Plan.Partner("RBV", "The Christie NHS Foundation Trust", Plan.Decision.PENDING, null, null));
        return new Plan(
                7,
                5,
                2,
                "QOP",
                "GM plan",
                1,
                1,
                "baseline",
                status,
                "analyst",
                Instant.parse("2026-12-01T09:00:00Z"),
                publishedAt == null ? null : "ics-lead",
                publishedAt,
                partners,
                List.of(),
                List.of());
    }
}
