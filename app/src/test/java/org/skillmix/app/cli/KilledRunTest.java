package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs whole or not at all (issue 12): a `skillmix project` process killed (SIGKILL) while it writes
 * projection.csv leaves the previous outputs as they were, byte for byte, and the next run clears what the killed
 * one left; --out naming a file fails before any work.
 */
class KilledRunTest {
    @TempDir
    Path tmp;

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return out;
    }

    /** The hidden folder a running write fills, if there is one yet. */
    private static Path incomplete(Path parent) throws Exception {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".gm.incomplete-"))
                    .findFirst()
                    .orElse(null);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a timing claim
    void aRunKilledWhileWritingLeavesThePreviousOutputsIntact() throws Exception {
        Path out = tmp.resolve("gm");
        CliTest.Run first = CliTest.run(
                "project", CliTest.EXAMPLE.toString(), "--out", out.toString(), "--years", "2", "--draws", "0");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, byte[]> before = files(out);

        // 10 years of 40 draws: projection.csv is tens of MB, so the kill lands while it is being written.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1200m",
                "-cp",
                System.getProperty("java.class.path"),
                SkillmixCommand.class.getName(),
                "project",
                "--full",
                CliTest.EXAMPLE.toString(),
                "--out",
                out.toString(),
                "--draws",
                "40"));
        Process run = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("run.log").toFile())
                .start();
        Path partial = null;
        while (run.isAlive()) {
            Path folder = incomplete(tmp);
            if (folder != null
                    && Files.exists(folder.resolve("projection.csv"))
                    && Files.size(folder.resolve("projection.csv")) > 1_000_000) {
                partial = folder;
                break;
            }
            Thread.sleep(2);
        }
        assertThat(partial)
                .as("the run was killed while writing projection.csv: " + Files.readString(tmp.resolve("run.log")))
                .isNotNull();
        run.destroyForcibly();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(files(out)).as("the previous outputs, byte for byte").containsExactlyInAnyOrderEntriesOf(before);
        assertThat(incomplete(tmp))
                .as("the killed run's half-written files are in its hidden folder")
                .isNotNull();

        CliTest.Run next = CliTest.run(
                "project", CliTest.EXAMPLE.toString(), "--out", out.toString(), "--years", "2", "--draws", "0");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(incomplete(tmp))
                .as("the next run clears what the killed one left")
                .isNull();
    }

    @Test
    void outNamingAFileFailsBeforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("results.csv"), "keep me");
        CliTest.Run r = CliTest.run("project", CliTest.EXAMPLE.toString(), "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(r.err())
                .contains("is a file, not a folder")
                .doesNotContain("Reading")
                .doesNotContain("Projecting");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    /** national imports and projects every ICS (minutes): a bad --out must fail before, not after, all that. */
    @Test
    void nationalChecksItsOutBeforeImportingAnything() throws Exception {
        Path file = Files.writeString(tmp.resolve("national.csv"), "keep me");
        CliTest.Run r = CliTest.run(
                "national", "--from", tmp.resolve("no-published-files").toString(), "--out", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Subcommand.USAGE);
        assertThat(r.err()).contains("is a file, not a folder").doesNotContain("no-published-files");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    /** template and generate write whole or not at all, and check where they write before any work. */
    @Test
    void templateAndGenerateCheckWhereTheyWriteFirst() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        CliTest.Run template = CliTest.run("template", folder.toString());
        assertThat(template.exitCode()).as(template.err()).isEqualTo(Subcommand.USAGE);
        assertThat(template.err()).contains("is a folder");

        Path file = Files.writeString(tmp.resolve("dataset"), "keep me");
        CliTest.Run generate = CliTest.run("generate", "--out", file.toString());
        assertThat(generate.exitCode()).as(generate.err()).isEqualTo(Subcommand.USAGE);
        assertThat(generate.err()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        CliTest.Run whole = CliTest.run("template", tmp.resolve("template.xlsx").toString());
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        try (var names = Files.list(tmp)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .as("no hidden file left beside the template")
                    .noneMatch(n -> n.contains("incomplete"));
        }
    }

    /** A run without --full or draws into an earlier run's folder leaves none of that run's files looking current. */
    @Test
    void aProjectionRemovesTheEarlierRunsFilesItDoesNotWrite() throws Exception {
        Path out = tmp.resolve("results");
        CliTest.Run full = CliTest.run(
                "project",
                CliTest.EXAMPLE.toString(),
                "--out",
                out.toString(),
                "--years",
                "2",
                "--draws",
                "4",
                "--full");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(out.resolve("projection.csv")).exists();
        Files.writeString(out.resolve("my-notes.txt"), "mine");

        CliTest.Run summary = CliTest.run(
                "project", CliTest.EXAMPLE.toString(), "--out", out.toString(), "--years", "2", "--draws", "0");
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        assertThat(out.resolve("projection.csv")).as("the earlier --full run's").doesNotExist();
        assertThat(out.resolve("sensitivity.csv"))
                .as("the earlier run's with draws")
                .doesNotExist();
        assertThat(out.resolve("report.html")).exists();
        assertThat(Files.readString(out.resolve("my-notes.txt"))).isEqualTo("mine");
    }
}
