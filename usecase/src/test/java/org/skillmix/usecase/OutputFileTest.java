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

class OutputFileTest {
    @TempDir
    Path tmp;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWholeWriteReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path file = Files.writeString(tmp.resolve("template.xlsx"), "old");
        OutputFile.at(file).write(out -> out.write("new".getBytes()));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names(tmp)).containsExactly("template.xlsx");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAsItWas() throws Exception {
        Path file = Files.writeString(tmp.resolve("template.xlsx"), "good");
        assertThatThrownBy(() -> OutputFile.at(file).write(out -> {
                    out.write("half a work".getBytes());
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("good");
        assertThat(names(tmp)).as("no hidden file left behind").containsExactly("template.xlsx");
    }

    @Test
    void aFileLeftByAKilledRunIsClearedByTheNextWrite() throws Exception {
        // A pid no process has: the hidden file of a run that was killed.
        Files.writeString(tmp.resolve(".template.xlsx.incomplete-" + Integer.MAX_VALUE + "-123"), "trunc");
        OutputFile.at(tmp.resolve("template.xlsx")).write(out -> out.write("whole".getBytes()));
        assertThat(names(tmp)).containsExactly("template.xlsx");
    }

    @Test
    void aFolderIsRefusedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("results"));
        assertThatThrownBy(() -> OutputFile.at(folder))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("is a folder");
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> OutputFile.at(file.resolve("template.xlsx")))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("is a file, not a folder");
    }
}
