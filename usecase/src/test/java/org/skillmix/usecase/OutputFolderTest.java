package org.skillmix.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderAppearsWithEveryOutputAndNothingElse() throws Exception {
        Path out = tmp.resolve("new/results");
        OutputFolder.at(out)
                .write(Outputs.of(
                        Output.text("a.csv", Output.CSV, "x\n1\n"), Output.text("b.html", Output.HTML, "<p>")));
        assertThat(names(out)).containsExactly("a.csv", "b.html");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("x\n1\n");
        assertThat(names(out.getParent())).containsExactly("results");
    }

    @Test
    void intoAnExistingFolderTheOutputsReplaceTheirOldFilesAndOtherFilesStay() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(out.resolve("a.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        OutputFolder.at(out).write(Outputs.of(Output.text("a.csv", Output.CSV, "new")));
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(names(tmp)).containsExactly("results");
    }

    @Test
    void anEarlierRunsOptionalOutputGoesButOtherFilesStay() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(out.resolve("a.csv"), "old");
        Files.writeString(out.resolve("full.csv"), "an earlier run's");
        Files.writeString(out.resolve("notes.txt"), "mine");
        OutputFolder.at(out).write(Outputs.of(Output.text("a.csv", Output.CSV, "new")), List.of("a.csv", "full.csv"));
        assertThat(names(out)).containsExactly("a.csv", "notes.txt");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new");
    }

    @Test
    void anOutputThatFailsHalfWayLeavesThePreviousOutputsAsTheyWere() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(out.resolve("a.csv"), "good");
        Files.writeString(out.resolve("b.csv"), "good too");
        Outputs failing =
                Outputs.of(Output.text("a.csv", Output.CSV, "new"), new Output("b.csv", Output.CSV, stream -> {
                    stream.write("half a fi".getBytes());
                    throw new IOException("disk full");
                }));
        assertThatThrownBy(() -> OutputFolder.at(out).write(failing)).hasMessage("disk full");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("good");
        assertThat(Files.readString(out.resolve("b.csv"))).isEqualTo("good too");
        assertThat(names(tmp)).as("no hidden folder left behind").containsExactly("results");
    }

    @Test
    void aFolderLeftByAKilledRunIsClearedByTheNextWrite() throws Exception {
        // A pid no process has: the hidden folder of a run that was killed.
        Path leftover = Files.createDirectories(tmp.resolve(".results.incomplete-" + Integer.MAX_VALUE + "-123"));
        Files.writeString(leftover.resolve("a.csv"), "trunc");
        OutputFolder.at(tmp.resolve("results")).write(Outputs.of(Output.text("a.csv", Output.CSV, "whole")));
        assertThat(names(tmp)).containsExactly("results");
    }

    @Test
    void aFileNamedAsTheFolderIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("report.html"), "x");
        assertThatThrownBy(() -> OutputFolder.at(file))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("is a file, not a folder");
        assertThatThrownBy(() -> OutputFolder.at(file.resolve("below")))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void anOutputsNameIsAPlainFileName() {
        assertThatThrownBy(() -> Output.text("../x.csv", Output.CSV, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outputs.of(Output.text("a", Output.CSV, ""), Output.text("a", Output.CSV, "")))
                .hasMessage("two outputs are named a");
    }
}
