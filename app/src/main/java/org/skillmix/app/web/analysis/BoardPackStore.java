package org.skillmix.app.web.analysis;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Whose pack a board pack run is (board_packs, V19), and which stored pack a reader gets: the newest one that
 * succeeded. A published plan's pack and its files are refused change and deletion by the database.
 */
@Repository
class BoardPackStore {
    /** A pack's source: the projection run it presents, and the plan and sign-off record it was made for. */
    record Source(long runId, Long planId, String planRecord) {}

    private final JdbcTemplate jdbc;

    BoardPackStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long packRunId, Source source) {
        jdbc.update(
                "INSERT INTO board_packs (run_id, source_run_id, plan_id, plan_record) VALUES (?, ?, ?, ?)",
                packRunId,
                source.runId(),
                source.planId(),
                source.planRecord());
    }

    Source source(long packRunId) {
        return jdbc.queryForObject(
                "SELECT source_run_id, plan_id, plan_record FROM board_packs WHERE run_id = ?",
                (rs, i) -> new Source(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)),
                packRunId);
    }

    /**
     * A pack of this source that is made or being made (queued, running or succeeded), the newest first: asking
     * again for the same pack gets that one, not a second.
     */
    Optional<Long> reusable(Source source) {
        return jdbc
                .queryForList(
                        "SELECT b.run_id FROM board_packs b JOIN runs r ON r.id = b.run_id WHERE b.source_run_id = ?"
                                + " AND b.plan_id IS NOT DISTINCT FROM ? AND b.plan_record IS NOT DISTINCT FROM ?"
                                + " AND r.status IN ('QUEUED', 'RUNNING', 'SUCCEEDED')"
                                + " ORDER BY (r.status = 'SUCCEEDED') DESC, r.id DESC LIMIT 1",
                        Long.class,
                        source.runId(),
                        source.planId(),
                        source.planRecord())
                .stream()
                .findFirst();
    }

    /** The newest pack of a projection run (not of a plan of it), succeeded or not; empty when none was asked for. */
    Optional<Long> newestOfRun(long runId) {
        return first("WHERE b.source_run_id = ? AND b.plan_id IS NULL", runId);
    }

    /** The newest pack of a plan, succeeded or not. */
    Optional<Long> newestOfPlan(long planId) {
        return first("WHERE b.plan_id = ?", planId);
    }

    /**
     * The pack whose CQC evidence stands for an ICS: the newest succeeded pack of its newest published plan, else its
     * newest succeeded pack of any run or plan.
     */
    Optional<Long> evidenceOf(String icbCode) {
        return jdbc
                .queryForList(
                        "SELECT b.run_id FROM board_packs b JOIN runs r ON r.id = b.run_id"
                                + " JOIN datasets d ON d.id = r.dataset_id LEFT JOIN plans p ON p.id = b.plan_id"
                                + " WHERE d.icb_code = ? AND r.status = 'SUCCEEDED'"
                                + " ORDER BY (p.status = 'PUBLISHED') DESC NULLS LAST, p.published_at DESC NULLS LAST,"
                                + " r.id DESC LIMIT 1",
                        Long.class,
                        icbCode)
                .stream()
                .findFirst();
    }

    /** Succeeded packs first, then the newest: a pack being made again does not hide the one already made. */
    private Optional<Long> first(String where, long id) {
        return jdbc
                .queryForList(
                        "SELECT b.run_id FROM board_packs b JOIN runs r ON r.id = b.run_id " + where
                                + " ORDER BY (r.status = 'SUCCEEDED') DESC, r.id DESC LIMIT 1",
                        Long.class,
                        id)
                .stream()
                .findFirst();
    }
}
