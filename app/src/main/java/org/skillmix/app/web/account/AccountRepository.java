package org.skillmix.app.web.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {
    private static final RowMapper<Account> ACCOUNT = (rs, i) -> new Account(
            rs.getString("username"),
            AccessRole.valueOf(rs.getString("role")),
            rs.getString("icb_code"),
            rs.getString("org_code"));

    private final JdbcTemplate jdbc;

    public AccountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.query("SELECT * FROM users WHERE username = ?", ACCOUNT, username).stream()
                .findFirst();
    }

    /**
     * An account as it signs in or uses its session: with whether it is disabled and whether it must change a
     * one-time password first (one query, on every request).
     */
    public Optional<SignedIn> signedIn(String username) {
        return jdbc
                .query(
                        "SELECT * FROM users WHERE username = ?",
                        (rs, i) -> new SignedIn(
                                ACCOUNT.mapRow(rs, i),
                                rs.getBoolean("disabled"),
                                rs.getBoolean("password_must_change")),
                        username)
                .stream()
                .findFirst();
    }

    /** An account with its state, as the Accounts page lists it. */
    public record SignedIn(Account account, boolean disabled, boolean passwordMustChange) {}

    /** Every account with its state and dates, by username. */
    public List<AccountView> views() {
        return jdbc.query(
                "SELECT * FROM users ORDER BY username",
                (rs, i) -> new AccountView(
                        rs.getString("username"),
                        AccessRole.valueOf(rs.getString("role")),
                        rs.getString("icb_code"),
                        rs.getString("org_code"),
                        rs.getBoolean("disabled"),
                        rs.getBoolean("password_must_change"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("changed_at") == null
                                ? null
                                : rs.getTimestamp("changed_at").toInstant()));
    }

    public Optional<AccountView> view(String username) {
        return views().stream().filter(v -> v.username().equals(username)).findFirst();
    }

    /** A new role, ICS or organisation. */
    public void change(Account account) {
        jdbc.update(
                "UPDATE users SET role = ?, icb_code = ?, org_code = ?, changed_at = now() WHERE username = ?",
                account.role().name(),
                account.icbCode(),
                account.orgCode(),
                account.username());
    }

    public void setDisabled(String username, boolean disabled) {
        jdbc.update("UPDATE users SET disabled = ?, changed_at = now() WHERE username = ?", disabled, username);
    }

    /** A new password hash; mustChange: a one-time password, to be replaced at the next sign-in. */
    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.update(
                "UPDATE users SET password_hash = ?, password_must_change = ?, changed_at = now() WHERE username = ?",
                passwordHash,
                mustChange,
                username);
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM users WHERE username = ?", String.class, username).stream()
                .findFirst();
    }

    /**
     * The organisations (ODS codes, upper case) of an ICS whose Freedom to Speak Up guardian can sign in (a disabled
     * guardian reads nothing), the ICB's own code among them when the ICB has one.
     */
    public Set<String> organisationsWithGuardian(String icbCode) {
        return Set.copyOf(jdbc.queryForList(
                "SELECT upper(org_code) FROM users WHERE role = 'GUARDIAN' AND NOT disabled AND upper(icb_code) = upper(?)",
                String.class,
                icbCode));
    }

    public List<Account> all() {
        return jdbc.query("SELECT * FROM users ORDER BY username", ACCOUNT);
    }

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public void create(Account account, String passwordHash) {
        jdbc.update(
                "INSERT INTO users (username, password_hash, role, icb_code, org_code) VALUES (?, ?, ?, ?, ?)",
                account.username(),
                passwordHash,
                account.role().name(),
                account.icbCode(),
                account.orgCode());
    }
}
