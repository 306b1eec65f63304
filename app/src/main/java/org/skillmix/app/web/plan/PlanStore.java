package org.skillmix.app.web.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Plans, their partners and comments in PostgreSQL (V15__plans.sql); published plans refuse change there too. */
@Repository
class PlanStore {
    private static final RowMapper<Plan> PLAN = (rs, i) -> new Plan(
            rs.getLong("id"),
            rs.getLong("lineage"),
            rs.getInt("version"),
            rs.getString("icb_code"),
            rs.getString("title"),
            rs.getLong("run_id"),
            rs.getLong("dataset_id"),
            rs.getString("scenario"),
            PlanStatus.valueOf(rs.getString("status")),
            rs.getString("created_by"),
            instant(rs.getTimestamp("created_at")),
            rs.getString("published_by"),
            instant(rs.getTimestamp("published_at")),
            List.of(),
            List.of(),
            List.of());
    private static final RowMapper<Plan.Partner> PARTNER = (rs, i) -> new Plan.Partner(
            rs.getString("org_code"),
            rs.getString("org_name"),
            Plan.Decision.valueOf(rs.getString("decision")),
            rs.getString("decided_by"),
            instant(rs.getTimestamp("decided_at")));
    private static final RowMapper<Plan.Comment> COMMENT = (rs, i) -> new Plan.Comment(
            rs.getLong("id"),
            rs.getString("org_code"),
            rs.getString("username"),
            instant(rs.getTimestamp("at")),
            rs.getString("body"));

    private final JdbcTemplate jdbc;

    PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft; lineage null for a first version (its own id becomes the lineage). */
    long create(Long lineage, String icb, String title, long runId, long datasetId, String scenario, String by) {
        Long id = jdbc.queryForObject("SELECT nextval('plans_id_seq')", Long.class);
        long line = lineage == null ? id : lineage;
        Integer version = jdbc.queryForObject(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM plans WHERE lineage = ?", Integer.class, line);
        jdbc.update(
                "INSERT INTO plans (id, lineage, version, icb_code, title, run_id, dataset_id, scenario, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                line,
                version,
                icb,
                title,
                runId,
                datasetId,
                scenario,
                by);
        return id;
    }

    Optional<Plan> find(long id) {
        return jdbc.query("SELECT * FROM plans WHERE id = ?", PLAN, id).stream()
                .findFirst()
                .map(p -> p.with(partners(id), comments(id), List.of()));
    }

    List<Plan> all() {
        return jdbc.query("SELECT * FROM plans ORDER BY lineage DESC, version DESC", PLAN).stream()
                .map(p -> p.with(partners(p.id()), List.of(), List.of()))
                .toList();
    }

    List<Plan.Partner> partners(long planId) {
        return jdbc.query("SELECT * FROM plan_partners WHERE plan_id = ? ORDER BY org_name, org_code", PARTNER, planId);
    }

    List<Plan.Comment> comments(long planId) {
        return jdbc.query("SELECT * FROM plan_comments WHERE plan_id = ? ORDER BY id", COMMENT, planId);
    }

    void addPartner(long planId, String org, String name) {
        jdbc.update(
                "INSERT INTO plan_partners (plan_id, org_code, org_name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                planId,
                org,
                name);
    }

    void setStatus(long planId, PlanStatus status) {
        jdbc.update("UPDATE plans SET status = ? WHERE id = ?", status.name(), planId);
    }

    void publish(long planId, String by) {
        jdbc.update(
                "UPDATE plans SET status = 'PUBLISHED', published_by = ?, published_at = now() WHERE id = ?",
                by,
                planId);
    }

    void decide(long planId, String org, Plan.Decision decision, String by) {
        jdbc.update(
                "UPDATE plan_partners SET decision = ?, decided_by = ?, decided_at = now()"
                        + " WHERE plan_id = ? AND org_code = ?",
                decision.name(),
                by,
                planId,
                org);
    }

    long comment(long planId, String org, String by, String body) {
        return jdbc.queryForObject(
                "INSERT INTO plan_comments (plan_id, org_code, username, body) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class,
                planId,
                org,
                by,
                body);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
