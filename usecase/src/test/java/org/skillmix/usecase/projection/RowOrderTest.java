package org.skillmix.usecase.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.SourceDataset;

/**
 * Which capabilities go short where staff are short is the model's rule (SkillMixSolver: a short role leaves every
 * capability it serves short by the same share of its open demand), not the order a dataset lists its rows in: the
 * Greater Manchester example with role_capabilities.csv's rows reversed projects byte for byte the same
 * projection.csv and summary, 20 draws, the same seed. Before the rule, reversing the rows moved March 2035's
 * end-of-life care gap from 2,470 FTE to -43 and personal care's from 3,033 to 11,258 with the same system total.
 */
class RowOrderTest {

    @Test
    void reversingTheRoleCapabilityRowsChangesNoFigure(@TempDir Path temp) throws Exception {
        Path reversed = temp.resolve("gm-reversed");
        copy(GmExample.dataset(), reversed);
        Path mapping = reversed.resolve("role_capabilities.csv");
        List<String> lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(rows);
        rows.add(0, lines.get(0));
        Files.write(mapping, rows, StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(mapping, StandardCharsets.UTF_8)).isNotEqualTo(lines);

        ProjectionRequest request = new ProjectionRequest(10, 20, 20260401L, 2, null, null, true);
        var asShipped = new ProjectionUseCase()
                .run(GmExample.model(), new SourceDataset("gm", "row order"), request, Progress.NONE);
        var asReversed = new ProjectionUseCase()
                .run(
                        new DatasetReader().load(reversed).model(),
                        new SourceDataset("gm", "row order"),
                        request,
                        Progress.NONE);

        for (String file : List.of(ProjectionUseCase.PROJECTION_CSV, ProjectionUseCase.SUMMARY_CSV)) {
            assertThat(asReversed.outputs().bytes(file))
                    .as(file)
                    .isEqualTo(asShipped.outputs().bytes(file));
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
