package org.skillmix.app.web.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan: a dataset version, a chosen scenario and a finished run of it, signed off by the partner organisations
 * (docs/web.md, "Plans"). What a reader gets is filtered by {@link PlanService}: an organisation lead sees every
 * partner's decision but only their own organisation's comments and figures.
 *
 * @param lineage the first version's id, shared by every version of the plan
 * @param parts   the partners' own figures the reader may see (an organisation lead: their own only)
 */
public record Plan(
        long id,
        long lineage,
        int version,
        String icbCode,
        String title,
        long runId,
        long datasetId,
        String scenario,
        PlanStatus status,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        List<Partner> partners,
        List<Comment> comments,
        List<Part> parts) {

    /** A partner organisation and its lead's decision. */
    public record Partner(String orgCode, String orgName, Decision decision, String decidedBy, Instant decidedAt) {}

    /** A comment: a partner lead's about their organisation's part, or the ICS team's (orgCode null). */
    public record Comment(long id, String orgCode, String username, Instant at, String body) {}

    /**
     * A partner's own figures from the plan's run, FTE: staff in post and vacancies in the base month and at the
     * run's last month (means over the draws); null where small-number suppression hides the figure.
     */
    public record Part(
            String orgCode,
            String orgName,
            Double staffInPostFirst,
            Double staffInPostLast,
            Double vacancyFirst,
            Double vacancyLast,
            String firstMonth,
            String lastMonth,
            String note) {}

    /**
     * Who wrote a comment, as far as the plan knows: a partner's comment is its organisation lead's (only they
     * comment for an organisation), named with the partner ("Organisation lead, Bolton NHS Foundation Trust (RMC)");
     * a comment with no organisation is the ICS team's.
     */
    public String commentBy(Comment comment) {
        if (comment.orgCode() == null) return "ICS team";
        String name = partners.stream()
                .filter(p -> p.orgCode().equals(comment.orgCode()))
                .map(Partner::orgName)
                .findFirst()
                .orElse(comment.orgCode());
        return "Organisation lead, " + name + " (" + comment.orgCode() + ")";
    }

    public enum Decision {
        PENDING,
        APPROVED,
        DECLINED
    }

    Plan with(List<Partner> partners, List<Comment> comments, List<Part> parts) {
        return new Plan(
                id,
                lineage,
                version,
                icbCode,
                title,
                runId,
                datasetId,
                scenario,
                status,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                partners,
                comments,
                parts);
    }
}
