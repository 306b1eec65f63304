package org.skillmix.usecase.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.SourceDataset;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.skillmix.usecase.projection.ProjectionRequest;
import org.skillmix.usecase.projection.ProjectionUseCase;

/**
 * Whole runs on the Greater Manchester example pinned as golden files (usecase/src/test/resources/golden): a
 * deterministic projection, a 40-draw projection, a comparison of the three example scenarios and a seeded
 * mutual-aid plan. Any change to any figure fails here, naming the file; a change made on purpose is accepted by
 * running the update command of docs/development.md, which rewrites the golden files, and committing them with the
 * reason. A projection.csv (millions of rows) is pinned by its SHA-256 and by its system totals, which are kept in
 * full so a diff shows what moved.
 */
class GoldenRunsTest {
    /** -Dskillmix.golden.update=true rewrites the golden files instead of comparing (docs/development.md). */
    static final boolean UPDATE = Boolean.getBoolean("skillmix.golden.update");

    static final Path GOLDEN = GmExample.repo().resolve("usecase/src/test/resources/golden");

    /** The example, with its three scenarios (interventions.csv), which a projection does not read. */
    static SystemModel gm;

    @BeforeAll
    static void readTheExample() throws Exception {
        gm = GmExample.model();
    }

    @Test
    void aDeterministicProjection() throws Exception {
        projection("projection-deterministic", new ProjectionRequest(10, 0, 20260401L, 2, null, null, true));
    }

    @Test
    void aFortyDrawProjection() throws Exception {
        projection("projection-40-draws", new ProjectionRequest(10, 40, 20260401L, 2, null, null, true));
    }

    @Test
    void aComparisonOfTheExampleScenarios() throws Exception {
        var result = new ComparisonUseCase()
                .run(gm, new ComparisonRequest(List.of(), 10, 40, 20260401L, 2, List.of(), 0, null), Progress.NONE);
        pin(
                "comparison",
                ComparisonUseCase.COMPARISON_SUMMARY_CSV,
                result.outputs().bytes(ComparisonUseCase.COMPARISON_SUMMARY_CSV));
        pin("comparison", ComparisonUseCase.COMPARISON_CSV, result.outputs().bytes(ComparisonUseCase.COMPARISON_CSV));
    }

    @Test
    void aSeededMutualAidPlan() throws Exception {
        MutualAidRequest request = new MutualAidRequest(LocalDate.of(2026, 12, 1), 600, 20260401L, 200);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        var inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        var plan = mutualAid.run(gm, inputs, request, Progress.NONE, best -> {});
        for (String name :
                List.of(MutualAidUseCase.PLAN_CSV, MutualAidUseCase.DONOR_LOSSES_CSV, MutualAidUseCase.COVER_CSV)) {
            pin("mutual-aid", name, plan.outputs().bytes(name));
        }
        pin("mutual-aid", "bound.txt", (plan.describe()).getBytes(StandardCharsets.UTF_8));
    }

    private void projection(String run, ProjectionRequest request) throws Exception {
        var result = new ProjectionUseCase()
                .run(gm, new SourceDataset("examples/greater-manchester", "golden"), request, Progress.NONE);
        byte[] csv = result.outputs().bytes(ProjectionUseCase.PROJECTION_CSV);
        pin(run, "projection.csv.sha256", (sha256(csv) + "  projection.csv\n").getBytes(StandardCharsets.US_ASCII));
        pin(run, "system-totals.csv", systemTotals(result.projection()));
        pin(run, ProjectionUseCase.SUMMARY_CSV, result.outputs().bytes(ProjectionUseCase.SUMMARY_CSV));
    }

    /** Every measure's system total (every dimension ALL), month by month, as projection.csv writes it. */
    private static byte[] systemTotals(Projection projection) throws Exception {
        List<Series> totals = new ArrayList<>();
        for (Series s : projection.series()) {
            SeriesKey k = s.key();
            if (List.of(k.capability(), k.role(), k.sector(), k.organisation(), k.place()).stream()
                    .allMatch(SeriesKey.ALL::equals)) totals.add(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.skillmix.data.export.ProjectionCsvWriter()
                .write(new Projection(projection.settings(), projection.months(), totals), out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Compares with the golden file, or (when updating) writes it. */
    private static void pin(String run, String name, byte[] actual) throws Exception {
        Path golden = GOLDEN.resolve(run).resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertThat(golden)
                .as("no golden file %s: run the update command of docs/development.md", golden)
                .exists();
        // Lines, so a failure shows which rows moved; then the bytes, so nothing else may differ.
        assertThat(new String(actual, StandardCharsets.UTF_8).lines().toList())
                .as("%s/%s differs from its golden file; if on purpose, update it (docs/development.md)", run, name)
                .containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
        assertThat(actual).as("%s/%s", run, name).isEqualTo(Files.readAllBytes(golden));
    }
}
