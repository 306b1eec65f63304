package org.skillmix.app.web.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only record of sign-ins, uploads, runs and downloads. The table's trigger refuses UPDATE,
 * DELETE and TRUNCATE, so this class can only add.
 */
@Component
public class AuditLog {
    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(long id, Instant at, String username, String action, String detail) {}

    public void record(String username, String action, String detail) {
        jdbc.update(
                "INSERT INTO audit_log (username, action, detail) VALUES (?, ?, ?)",
                username,
                action,
                detail == null ? "" : detail);
    }

    public List<Entry> latest(int limit) {
        return jdbc.query(
                "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?",
                (rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("detail")),
                limit);
    }
}
