package org.skillmix.app.web.account;

import java.util.List;
import java.util.Optional;
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

    public Optional<String> passwordHash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM users WHERE username = ?", String.class, username).stream()
                .findFirst();
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
