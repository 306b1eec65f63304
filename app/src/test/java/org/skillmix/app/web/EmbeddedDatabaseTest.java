package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.web.database.EmbeddedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What `skillmix serve` relies on: a second start of the embedded database keeps what the first stored. */
class EmbeddedDatabaseTest {

    @Test
    void aSecondStartKeepsWhatTheFirstStored(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            var ds = new DriverManagerDataSource(first.jdbcUrl(), first.user(), "");
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new JdbcTemplate(ds)
                    .update("INSERT INTO users (username, password_hash, role) VALUES ('kept', 'x', 'VIEWER')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            var ds = new DriverManagerDataSource(second.jdbcUrl(), second.user(), "");
            var result = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertThat(result.migrationsExecuted).isZero();
            assertThat(new JdbcTemplate(ds)
                            .queryForObject("SELECT role FROM users WHERE username = 'kept'", String.class))
                    .isEqualTo("VIEWER");
        }
    }
}
