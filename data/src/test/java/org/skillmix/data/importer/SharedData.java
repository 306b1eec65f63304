package org.skillmix.data.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The project's shared collection of published files (repoRoot/../shared/data). A user's clone has none,
 * so tests that need it are skipped there; CI has it.
 */
public final class SharedData {

    private SharedData() {}

    public static Path folder() {
        Path root = Path.of(System.getProperty("skillmix.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path data = root.resolveSibling("shared").resolve("data");
        assumeTrue(Files.isDirectory(data.resolve("nhs-sickness-absence")), "no shared data at " + data);
        return data;
    }

    private static IcbImport.Result qop;

    /** Greater Manchester (QOP) imported from the shared folder once for every test class of the run that reads it. */
    static synchronized IcbImport.Result qop() throws ImportException {
        if (qop == null) qop = new IcbImport(folder(), "QOP", null, null).build();
        return qop;
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("skillmix.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** A writable copy of the shared folder; realCopies names the files the test will damage (for the reader). */
    static Path linkedCopy(Path target, String... realCopies) throws IOException {
        Path data = folder();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path rel = data.relativize(file);
                Path to = target.resolve(rel.toString());
                Files.createDirectories(to.getParent());
                // A real copy (about 18 MB in all): links would be simpler but JUnit warns about each when it cleans
                // up.
                Files.copy(file, to);
                to.toFile().setWritable(true);
            }
        }
        return target;
    }
}
