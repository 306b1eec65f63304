package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `skillmix validate`: a warning reads as the dataset's problems do, file:row:column: warning: reason, once. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aWarningIsSaidOnceInTheProblemsFormat() throws IOException {
        Path dataset = Files.createDirectories(tmp.resolve("gm"));
        try (Stream<Path> files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : files.toList()) Files.copy(f, dataset.resolve(f.getFileName()));
        }
        // An intervention with no name: valid, shown by its kind's words, and warned about.
        long rows = Files.readAllLines(dataset.resolve("interventions.csv"), StandardCharsets.UTF_8)
                .size();
        CliTest.Run added = CliTest.run(
                "scenario",
                "add",
                dataset.toString(),
                "--scenario",
                "pay",
                "--intervention",
                "pay5",
                "--kind",
                "pay_uplift",
                "--set",
                "scale=0.05",
                "--set",
                "start_month=2026-04",
                "--set",
                "effect_mode=0.05");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliTest.Run r = CliTest.run("validate", dataset.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        String warning = "interventions.csv:" + (rows + 1) + ":intervention_name: warning: no name given;";
        assertThat(r.out().lines().filter(l -> l.contains("warning")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith(warning));
        assertThat(r.out()).doesNotContain("warning: interventions.csv").contains(" is valid: ");
    }
}
