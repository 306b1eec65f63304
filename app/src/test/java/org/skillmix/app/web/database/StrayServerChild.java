package org.skillmix.app.web.database;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A Java process that starts the embedded server, commits a row and waits to be killed (EmbeddedDatabaseTest
 * runs it in a child JVM and kills it with -9, as an operator's `kill -9` of `skillmix serve` would).
 */
public final class StrayServerChild {
    static final String READY = "READY";

    private StrayServerChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        var ds = new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password());
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        new JdbcTemplate(ds)
                .update(
                        "INSERT INTO audit_log (username, action, detail) VALUES ('test', 'child', 'committed before the kill')");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
