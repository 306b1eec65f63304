package org.skillmix.app.web.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The append-only record of sign-ins, uploads, runs and downloads. The table's trigger refuses UPDATE,
 * DELETE and TRUNCATE, so this class can only add. Each entry names the ICS it concerns, so an analyst reads
 * their own ICS's entries only: given, or else the ICS of the account that acted (none for the server's own
 * entries and an administrator's, which only administrators read).
 */
@Component
public class AuditLog {
    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(
            rs.getLong("id"),
            rs.getTimestamp("at").toInstant(),
            rs.getString("username"),
            rs.getString("action"),
            rs.getString("detail"),
            rs.getString("icb_code"));

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param icbCode the ICS the entry concerns; null for the server's own */
    public record Entry(long id, Instant at, String username, String action, String detail, String icbCode) {}

    /** An entry about the acting account's own ICS (none for an administrator or an unknown name). */
    public void record(String username, String action, String detail) {
        jdbc.update(
                "INSERT INTO audit_log (username, action, detail, icb_code)"
                        + " VALUES (?, ?, ?, (SELECT icb_code FROM users WHERE username = ?))",
                username,
                action,
                detail == null ? "" : detail,
                username);
    }

    /** An entry about a given ICS (an administrator's upload into it, an account made in it). */
    public void record(String icbCode, String username, String action, String detail) {
        if (icbCode == null) {
            record(username, action, detail);
            return;
        }
        jdbc.update(
                "INSERT INTO audit_log (username, action, detail, icb_code) VALUES (?, ?, ?, ?)",
                username,
                action,
                detail == null ? "" : detail,
                icbCode);
    }

    /** The latest entries of every ICS and the server's own (for an administrator). */
    public List<Entry> latest(int limit) {
        return jdbc.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", ENTRY, limit);
    }

    /** The latest entries about one ICS. */
    public List<Entry> latest(String icbCode, int limit) {
        return jdbc.query("SELECT * FROM audit_log WHERE icb_code = ? ORDER BY id DESC LIMIT ?", ENTRY, icbCode, limit);
    }
}
