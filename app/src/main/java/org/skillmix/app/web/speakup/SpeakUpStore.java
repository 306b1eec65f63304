package org.skillmix.app.web.speakup;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speak_up_cases and speak_up_messages tables (V9__speak_up.sql). A failed write is rethrown without the
 * database's message, which quotes the failing row (the concern's words) and would put them in the server log.
 */
@Repository
public class SpeakUpStore {
    private static final RowMapper<StoredCase> CASE = SpeakUpStore::storedCase;
    private static final RowMapper<Message> MESSAGE = (rs, i) -> new Message(
            rs.getInt("seq"),
            Author.valueOf(rs.getString("author")),
            rs.getString("guardian"),
            rs.getDate("written_on").toLocalDate(),
            rs.getString("body"));

    private final JdbcTemplate jdbc;

    public SpeakUpStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who wrote a message: the person who raised the concern (never named) or the guardian. */
    public enum Author {
        STAFF,
        GUARDIAN
    }

    /** A case as stored: never the secret, only its hash. */
    public record StoredCase(
            String reference,
            byte[] secretHash,
            String icbCode,
            String orgCode,
            String orgName,
            String sector,
            String placeCode,
            String placeName,
            Category category,
            LocalDate raisedOn,
            CaseStatus status,
            String outcome,
            LocalDate statusOn) {
        @Override
        public String toString() {
            return "StoredCase[" + reference + ", " + orgCode + ", " + status + "]";
        }
    }

    /** @param guardian the guardian's username on an answer; null on the staff member's words */
    public record Message(int seq, Author author, String guardian, LocalDate writtenOn, String body) {
        @Override
        public String toString() {
            return "Message[" + seq + ", " + author + ", " + writtenOn + ", " + Words.count(body) + "]";
        }
    }

    /** A case in a guardian's list: no words, and whether the last message waits for an answer. */
    public record CaseLine(
            String reference,
            String orgCode,
            String orgName,
            Category category,
            String placeName,
            LocalDate raisedOn,
            CaseStatus status,
            int messages,
            boolean awaitingAnswer) {}

    /** One organisation's concerns of one category in one month: what the themes count. */
    public record Count(String orgCode, String orgName, String sector, Category category, YearMonth month, int count) {}

    /** A new case, to be stored with its first message. */
    public record NewCase(
            String reference,
            byte[] secretHash,
            String icbCode,
            String orgCode,
            String orgName,
            String sector,
            String placeCode,
            String placeName,
            Category category,
            LocalDate raisedOn,
            String text) {
        @Override
        public String toString() {
            return "NewCase[" + reference + ", " + orgCode + ", " + category + ", " + Words.count(text) + "]";
        }
    }

    /** Stores the case and its first message together; false if the reference is taken (then nothing is stored). */
    @Transactional
    public boolean insert(NewCase c) {
        return sanitised(() -> {
            int rows = jdbc.update(
                    "INSERT INTO speak_up_cases (reference, secret_hash, icb_code, org_code, org_name, sector,"
                            + " place_code, place_name, category, raised_on, status_on)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING",
                    c.reference(),
                    c.secretHash(),
                    c.icbCode(),
                    c.orgCode(),
                    c.orgName(),
                    c.sector(),
                    c.placeCode(),
                    c.placeName(),
                    c.category().name(),
                    Date.valueOf(c.raisedOn()),
                    Date.valueOf(c.raisedOn()));
            if (rows == 0) return false;
            jdbc.update(
                    "INSERT INTO speak_up_messages (reference, seq, author, guardian, written_on, body)"
                            + " VALUES (?, 1, 'STAFF', NULL, ?, ?)",
                    c.reference(),
                    Date.valueOf(c.raisedOn()),
                    unlogged(c.text()));
            return true;
        });
    }

    public Optional<StoredCase> find(String reference) {
        return jdbc.query("SELECT * FROM speak_up_cases WHERE reference = ?", CASE, reference).stream()
                .findFirst();
    }

    public List<Message> messages(String reference) {
        return jdbc.query("SELECT * FROM speak_up_messages WHERE reference = ? ORDER BY seq", MESSAGE, reference);
    }

    /** Adds a message after the case's last; the case row is locked so two writers never take the same number. */
    @Transactional
    public void addMessage(String reference, Author author, String guardian, LocalDate on, String body) {
        sanitised(() -> {
            jdbc.queryForObject(
                    "SELECT reference FROM speak_up_cases WHERE reference = ? FOR UPDATE", String.class, reference);
            return jdbc.update(
                    "INSERT INTO speak_up_messages (reference, seq, author, guardian, written_on, body)"
                            + " SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM speak_up_messages WHERE reference = ?",
                    reference,
                    author.name(),
                    guardian,
                    Date.valueOf(on),
                    unlogged(body),
                    reference);
        });
    }

    public void setStatus(String reference, CaseStatus status, String outcome, LocalDate on) {
        sanitised(() -> jdbc.update(
                "UPDATE speak_up_cases SET status = ?, outcome = ?, status_on = ? WHERE reference = ?",
                status.name(),
                unlogged(outcome),
                Date.valueOf(on),
                reference));
    }

    /**
     * An ICS's cases, the newest first (by date, then reference: the order within a day is not kept), for
     * SpeakUpAccess to keep those the guardian answers.
     */
    public List<CaseLine> ofIcs(String icbCode) {
        return jdbc.query(
                "SELECT c.reference, c.org_code, c.org_name, c.category, c.place_name, c.raised_on, c.status,"
                        + " count(m.seq) AS messages,"
                        + " (array_agg(m.author ORDER BY m.seq DESC))[1] AS last_author"
                        + " FROM speak_up_cases c JOIN speak_up_messages m ON m.reference = c.reference"
                        + " WHERE c.icb_code = ?"
                        + " GROUP BY c.reference ORDER BY c.raised_on DESC, c.reference",
                (rs, i) -> new CaseLine(
                        rs.getString("reference"),
                        rs.getString("org_code"),
                        rs.getString("org_name"),
                        Category.valueOf(rs.getString("category")),
                        rs.getString("place_name"),
                        rs.getDate("raised_on").toLocalDate(),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getInt("messages"),
                        "STAFF".equals(rs.getString("last_author"))),
                icbCode);
    }

    /** Concerns raised in an ICS from {@code from} to {@code to} (whole months), by organisation, category, month. */
    public List<Count> counts(String icbCode, YearMonth from, YearMonth to) {
        return jdbc.query(
                "SELECT org_code, min(org_name) AS org_name, min(sector) AS sector, category,"
                        + " date_trunc('month', raised_on)::date AS month, count(*) AS n"
                        + " FROM speak_up_cases WHERE icb_code = ? AND raised_on >= ? AND raised_on < ?"
                        // In a fixed order: the themes are cached by these rows.
                        + " GROUP BY org_code, category, month ORDER BY org_code, category, month",
                (rs, i) -> new Count(
                        rs.getString("org_code"),
                        rs.getString("org_name"),
                        rs.getString("sector"),
                        Category.valueOf(rs.getString("category")),
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getInt("n")),
                icbCode,
                Date.valueOf(from.atDay(1)),
                Date.valueOf(to.plusMonths(1).atDay(1)));
    }

    /** The date of an ICS's first concern, if it has any: where the themes' years begin. */
    public Optional<LocalDate> firstRaised(String icbCode) {
        return Optional.ofNullable(jdbc.queryForObject(
                        "SELECT min(raised_on) FROM speak_up_cases WHERE icb_code = ?", Date.class, icbCode))
                .map(Date::toLocalDate);
    }

    private static StoredCase storedCase(ResultSet rs, int i) throws SQLException {
        return new StoredCase(
                rs.getString("reference"),
                rs.getBytes("secret_hash"),
                rs.getString("icb_code"),
                rs.getString("org_code"),
                rs.getString("org_name"),
                rs.getString("sector"),
                rs.getString("place_code"),
                rs.getString("place_name"),
                Category.valueOf(rs.getString("category")),
                rs.getDate("raised_on").toLocalDate(),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"),
                rs.getDate("status_on").toLocalDate());
    }

    /**
     * A text parameter that JdbcTemplate's TRACE logging writes by its length: it logs each parameter with
     * toString(), and the words of a concern must not reach a log.
     */
    static SqlTypeValue unlogged(String text) {
        return new SqlTypeValue() {
            @Override
            public void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName)
                    throws SQLException {
                ps.setString(index, text);
            }

            @Override
            public String toString() {
                return Words.count(text);
            }
        };
    }

    /** Runs a write; a database error is passed on with its SQL state only, never the failing row's values. */
    private static <T> T sanitised(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : "unknown";
            throw new IllegalStateException(
                    "speak-up: the database refused a write (SQL state " + state + "); the values are not logged");
        }
    }
}
