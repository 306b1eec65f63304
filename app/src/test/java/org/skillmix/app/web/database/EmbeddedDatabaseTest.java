package org.skillmix.app.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.system.DatasetFile;
import org.skillmix.app.web.system.DatasetStore;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What `skillmix serve` relies on from its embedded PostgreSQL (issue 12): data kept across starts, a password
 * on every connection, durable commits, and a start that recovers by itself after a `kill -9` of the server
 * (mid-upload, mid-run) or of the Java process that ran it, losing nothing committed and keeping nothing half
 * stored. The stores are the application's own (DatasetStore, ResultStore), in transactions as the services
 * run them.
 */
class EmbeddedDatabaseTest {

    static DriverManagerDataSource dataSource(EmbeddedDatabase db) {
        return new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password());
    }

    static JdbcTemplate migrated(EmbeddedDatabase db) {
        var ds = dataSource(db);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new JdbcTemplate(ds);
    }

    @Test
    void aSecondStartKeepsWhatTheFirstStored(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            migrated(first)
                    .update(
                            "INSERT INTO users (username, password_hash, role, icb_code) VALUES ('kept', 'x', 'VIEWER', 'QOP')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            var result = Flyway.configure()
                    .dataSource(dataSource(second))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertThat(result.migrationsExecuted).isZero();
            assertThat(new JdbcTemplate(dataSource(second))
                            .queryForObject("SELECT role FROM users WHERE username = 'kept'", String.class))
                    .isEqualTo("VIEWER");
        }
    }

    @Test
    void everyConnectionNeedsThePasswordAndCommitsAreDurable(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "guess")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(db));
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class))
                    .isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class))
                    .isEqualTo("on");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE))))
                    .isEqualTo("rw-------");
        }
        // The next start keeps the password and still refuses a connection without it.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl(), again.user(), "")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThat(new JdbcTemplate(dataSource(again)).queryForObject("SELECT 1", Integer.class))
                    .isEqualTo(1);
        }
    }

    /** A JdbcTemplate that kills the server (kill -9 of the postmaster) after a number of statements. */
    static final class KillingJdbc extends JdbcTemplate {
        final AtomicInteger statements = new AtomicInteger();
        final int killAfter;
        final long serverPid;

        KillingJdbc(javax.sql.DataSource ds, int killAfter, long serverPid) {
            super(ds);
            this.killAfter = killAfter;
            this.serverPid = serverPid;
        }

        void maybeKill() {
            if (statements.incrementAndGet() == killAfter) {
                ProcessHandle.of(serverPid).ifPresent(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
            }
        }

        @Override
        public int update(String sql, Object... args) {
            maybeKill();
            return super.update(sql, args);
        }

        @Override
        public <T> int[][] batchUpdate(
                String sql, Collection<T> args, int batchSize, ParameterizedPreparedStatementSetter<T> setter) {
            maybeKill();
            return super.batchUpdate(sql, args, batchSize, setter);
        }
    }

    static StoredDataset summary(String name) {
        return new StoredDataset(0, name, "QOP", "test", name, "0", 1, 1, 1, 1, 1, 0, "admin", null);
    }

    static List<DatasetFile> files(int n) {
        List<DatasetFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) files.add(new DatasetFile("file" + i + ".csv", ("row " + i).getBytes()));
        return files;
    }

    @Test
    void aServerKilledMidUploadAndMidRunLosesNothingCommittedKeepsNothingHalfAndStartsAgain(@TempDir Path dataDir)
            throws Exception {
        long committedRun;
        // Mid-upload: one dataset stored whole, then the server killed while the next one's files are written.
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
        JdbcTemplate jdbc = migrated(first);
        var tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        new DatasetStore(jdbc).store(summary("committed"), files(5));
        long committed = jdbc.queryForObject("SELECT id FROM datasets WHERE name = 'committed'", Long.class);
        var killing = new KillingJdbc(jdbc.getDataSource(), 3, first.serverPid(dataDir));
        var dying = new DatasetStore(killing);
        var killingTx = new TransactionTemplate(new DataSourceTransactionManager(killing.getDataSource()));
        assertThatThrownBy(() -> killingTx.executeWithoutResult(s -> dying.store(summary("half"), files(5))))
                .isInstanceOf(RuntimeException.class);
        first.close();

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
        jdbc = migrated(second);
        assertThat(jdbc.queryForList("SELECT name FROM datasets", String.class)).containsExactly("committed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dataset_files", Integer.class))
                .isEqualTo(5);

        // Mid-run: a run's series are written in one transaction; the server is killed after the first batch.
        jdbc.update(
                "INSERT INTO runs (dataset_id, owner, years, draws, seed, status) VALUES (?, 'admin', 1, 0, 7, 'SUCCEEDED')",
                committed);
        committedRun = jdbc.queryForObject("SELECT max(id) FROM runs", Long.class);
        new ResultStore(jdbc).saveSeries(committedRun, projection(20));
        jdbc.update(
                "INSERT INTO runs (dataset_id, owner, years, draws, seed, status) VALUES (?, 'admin', 1, 0, 7, 'RUNNING')",
                committed);
        long dyingRun = jdbc.queryForObject("SELECT max(id) FROM runs", Long.class);
        var killingSeries = new KillingJdbc(jdbc.getDataSource(), 2, second.serverPid(dataDir));
        var seriesTx = new TransactionTemplate(new DataSourceTransactionManager(killingSeries.getDataSource()));
        assertThatThrownBy(() -> seriesTx.executeWithoutResult(
                        s -> new ResultStore(killingSeries).saveSeries(dyingRun, projection(1_500))))
                .isInstanceOf(RuntimeException.class);
        second.close();

        try (EmbeddedDatabase third = EmbeddedDatabase.start(dataDir)) {
            jdbc = migrated(third);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM run_series WHERE run_id = ?", Integer.class, committedRun))
                    .isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM run_series WHERE run_id = ?", Integer.class, dyingRun))
                    .as("no series of the run the kill interrupted")
                    .isZero();
            assertThat(jdbc.queryForList("SELECT name FROM datasets", String.class))
                    .containsExactly("committed");
        }
    }

    static Projection projection(int series) {
        List<Series> list = new ArrayList<>();
        for (int i = 0; i < series; i++) {
            list.add(new Series(
                    new SeriesKey(Measure.DEMAND_FTE, "K" + i, "ALL", "ALL", "ALL", "ALL"),
                    new double[] {i, i + 1},
                    null,
                    null,
                    null));
        }
        return new Projection(
                new ProjectionSettings(1, 0, 7, 1), List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5)), list);
    }

    /**
     * `kill -9` of the Java process that ran the server (here a child JVM): the server keeps running on the data
     * folder. The next start stops it, starts afresh at once and finds what the child committed.
     */
    @Test
    void aStartAfterTheJavaProcessWasKilledStopsTheStrayServerAndKeepsTheData(@TempDir Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StrayServerChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder said = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals(StrayServerChild.READY))
            said.append(line).append('\n');
        assertThat(line).as(said.toString()).isEqualTo(StrayServerChild.READY);
        child.destroyForcibly().waitFor();
        Path pgdata = dataDir.resolve("pgdata");
        assertThat(StrayServer.serversOn(pgdata))
                .as("the server outlives the killed JVM")
                .isNotEmpty();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertThat(new JdbcTemplate(dataSource(db))
                            .queryForObject("SELECT detail FROM audit_log WHERE action = 'child'", String.class))
                    .isEqualTo("committed before the kill");
            assertThat(StrayServer.serversOn(pgdata)).hasSize(1);
        }
        assertThat(StrayServer.serversOn(pgdata)).isEmpty();
    }

    @Test
    void aStalePidFileNamingAnotherProcessIsCleared(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            migrated(db);
        }
        // As after a crash and a restart of the machine: the file names a process that is now something else
        // (this test's own JVM), which PostgreSQL would take for a running server.
        Path pid = dataDir.resolve("pgdata").resolve(StrayServer.PID_FILE);
        Files.writeString(pid, ProcessHandle.current().pid() + "\n" + dataDir.resolve("pgdata") + "\n");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertThat(new JdbcTemplate(dataSource(db)).queryForObject("SELECT count(*) FROM users", Integer.class))
                    .isZero();
        }
    }
}
