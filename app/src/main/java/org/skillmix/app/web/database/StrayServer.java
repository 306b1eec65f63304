package org.skillmix.app.web.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a previous `kill -9` leaves behind in a data folder, cleared before the server starts: a PostgreSQL
 * server still running on it (the Java process that started it died without stopping it), or a
 * postmaster.pid naming a process that is gone or is now something else (PostgreSQL would refuse to start over
 * it). A server found running is asked to stop as a clean shutdown would (SIGINT, "fast": it finishes writing
 * what is committed), then killed if it has not stopped after {@link #STOP_WAIT}.
 */
final class StrayServer {
    private static final Logger LOG = LoggerFactory.getLogger(StrayServer.class);
    static final Duration STOP_WAIT = Duration.ofSeconds(30);
    static final String PID_FILE = "postmaster.pid";

    private StrayServer() {}

    /** Clears the data folder for a start: stops a stray server on it and removes a stale postmaster.pid. */
    static void clear(Path pgdata) throws IOException {
        for (ProcessHandle server : serversOn(pgdata)) stop(server);
        Path pidFile = pgdata.resolve(PID_FILE);
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) return;
        Optional<ProcessHandle> named = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (named.isPresent() && isPostgresOn(named.get(), pgdata)) {
            stop(named.get());
        }
        if (Files.deleteIfExists(pidFile)) {
            LOG.info("removed a stale {} (process {} is gone or is not this server)", PID_FILE, pid.get());
        }
    }

    /** The postmasters running on this data folder (started with -D and its path). */
    static List<ProcessHandle> serversOn(Path pgdata) {
        return ProcessHandle.allProcesses().filter(p -> isPostgresOn(p, pgdata)).toList();
    }

    /** The process id a postmaster.pid names (its first line), if the file is there and readable. */
    static Optional<Long> pidIn(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) return Optional.empty();
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOn(ProcessHandle p, Path pgdata) {
        var info = p.info();
        String command = info.command().orElse("");
        if (!command.endsWith("/postgres") && !command.equals("postgres")) return false;
        String[] args = info.arguments().orElse(new String[0]);
        String dir = pgdata.toAbsolutePath().normalize().toString();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")
                    && Path.of(args[i + 1])
                            .toAbsolutePath()
                            .normalize()
                            .toString()
                            .equals(dir)) return true;
        }
        return false;
    }

    private static void stop(ProcessHandle server) throws IOException {
        LOG.warn(
                "a PostgreSQL server (process {}) is still running on this data folder from a previous run;"
                        + " stopping it",
                server.pid());
        List<ProcessHandle> children = server.descendants().toList();
        signal(server.pid(), "INT");
        if (!waitFor(server, STOP_WAIT)) {
            LOG.warn("process {} did not stop in {} s; killing it", server.pid(), STOP_WAIT.toSeconds());
            server.destroyForcibly();
            waitFor(server, STOP_WAIT);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) child.destroyForcibly();
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().readAllBytes();
            kill.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping process " + pid, e);
        }
    }

    private static boolean waitFor(ProcessHandle p, Duration wait) {
        try {
            p.onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }
}
