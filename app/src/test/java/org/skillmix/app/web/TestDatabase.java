package org.skillmix.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skillmix.app.web.database.EmbeddedDatabase;

/** One embedded PostgreSQL server for the whole test JVM, in a temporary folder. */
final class TestDatabase {
    private static EmbeddedDatabase database;

    private TestDatabase() {}

    static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("skillmix-test-db");
                database = EmbeddedDatabase.start(dir);
                EmbeddedDatabase started = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                        // Binaries and data: tens of MB per test run; leave nothing in /tmp.
                        try (var walk = Files.walk(dir)) {
                            walk.sorted(java.util.Comparator.reverseOrder())
                                    .forEach(p -> p.toFile().delete());
                        }
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }
}
