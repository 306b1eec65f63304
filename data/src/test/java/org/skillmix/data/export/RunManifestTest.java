package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.supply.Baseline;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunManifestTest {

    @Test
    void describesTheRunAndRoundTripsThroughRunJson(@TempDir Path dir) throws IOException {
        Path dataset = Files.createDirectory(dir.resolve("dataset"));
        Files.writeString(dataset.resolve("manifest.csv"), "key,value\nformat_version,1\n");
        Projection projection = SampleSystem.projection(SampleSystem.system("Sample ICS", "Wound care"), 2, 100);
        Instant started = Instant.parse("2025-06-01T09:00:00Z");
        Instant finished = Instant.parse("2025-06-01T09:00:03.250Z");

        RunManifest run = RunManifest.of(projection, dataset, started, finished);

        assertThat(run.seed()).isEqualTo(20250401L);
        assertThat(run.draws()).isEqualTo(100);
        assertThat(run.years()).isEqualTo(2);
        assertThat(run.threads()).isEqualTo(4);
        assertThat(run.baseMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(run.months()).isEqualTo(24);
        assertThat(run.seriesCount()).isEqualTo(projection.series().size());
        assertThat(run.datasetPath()).isEqualTo(dataset.toString());
        assertThat(run.datasetSha256())
                .isEqualTo(DatasetChecksum.sha256(dataset))
                .hasSize(64);
        assertThat(run.wallTimeSeconds()).isEqualTo(3.25);
        assertThat(run.skillmixVersion()).isNotBlank(); // "dev" when run from classes, the jar's version otherwise

        Path file = dir.resolve("run.json");
        run.write(file);
        assertThat(RunManifest.read(file)).isEqualTo(run);

        JsonNode json = JsonMapper.shared().readTree(file.toFile());
        assertThat(new ArrayList<>(json.propertyNames()))
                .containsExactly(
                        "skillmix_version",
                        "dataset_path",
                        "dataset_sha256",
                        "seed",
                        "draws",
                        "years",
                        "baseline",
                        "threads",
                        "base_month",
                        "months",
                        "series_count",
                        "started_at",
                        "finished_at",
                        "wall_time_seconds");
        assertThat(json.get("base_month").asString()).isEqualTo("2025-04");
        assertThat(json.get("started_at").asString()).isEqualTo("2025-06-01T09:00:00Z");
        assertThat(json.get("seed").asLong()).isEqualTo(20250401L);
        assertThat(json.get("baseline").asString()).isEqualTo("funded-plan");
    }

    /**
     * run.json byte for byte as docs/outputs.md describes it and as Skillmix wrote it with Jackson 2, which
     * JsonOutput's settings keep under Jackson 3: two-space indentation with " : ", the fields in the documented
     * order, "/" as it is, instants to the nanosecond as Instant writes them, the month as YYYY-MM, a final line end.
     */
    @Test
    void writesRunJsonInTheDocumentedForm() {
        RunManifest run = new RunManifest(
                "0.1.0",
                "/data/icb/greater-manchester",
                "eba2bc1f",
                20260401L,
                1000,
                10,
                "current-trends",
                2,
                YearMonth.of(2025, 4),
                120,
                7439,
                Instant.parse("2026-12-06T11:28:41.636670942Z"),
                Instant.parse("2026-12-06T11:29:21.850Z"),
                40.213);

        assertThat(run.toJson()).isEqualTo("""
                {
                  "skillmix_version" : "0.1.0",
                  "dataset_path" : "/data/icb/greater-manchester",
                  "dataset_sha256" : "eba2bc1f",
                  "seed" : 20260401,
                  "draws" : 1000,
                  "years" : 10,
                  "baseline" : "current-trends",
                  "threads" : 2,
                  "base_month" : "2025-04",
                  "months" : 120,
                  "series_count" : 7439,
                  "started_at" : "2026-12-06T11:28:41.636670942Z",
                  "finished_at" : "2026-12-06T11:29:21.850Z",
                  "wall_time_seconds" : 40.213
                }
                """);
        assertThat(RunManifest.fromJson(run.toJson())).isEqualTo(run);
    }

    @Test
    void readsAManifestWithFieldsItDoesNotKnowAndRejectsABadMonth() {
        String json = """
                {"skillmix_version":"0.2.0","dataset_path":"d","dataset_sha256":"ab","seed":1,"draws":0,"years":1,
                 "threads":1,"base_month":"2026-04","months":12,"series_count":3,"started_at":"2026-01-01T00:00:00Z",
                 "finished_at":"2026-01-01T00:00:01Z","wall_time_seconds":1.0,"added_later":true}""";
        assertThat(RunManifest.fromJson(json).baseMonth()).isEqualTo(YearMonth.of(2026, 4));
        // written before baselines were named: such runs projected the funded plan
        assertThat(RunManifest.fromJson(json).baselineOrFundedPlan()).isEqualTo(Baseline.FUNDED_PLAN);
        assertThatThrownBy(() -> RunManifest.fromJson(json.replace("2026-04", "April")))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("April");
    }

    @Test
    void checksumOfAFileIsItsSha256() throws IOException {
        Path file = Files.createTempFile("dataset", ".csv");
        try {
            Files.writeString(file, "abc");
            assertThat(DatasetChecksum.sha256(file))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void checksumOfAFolderDependsOnNamesAndContentsNotOnTheOrderFilesWereMade(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a/sub"));
        Files.writeString(a.resolve("../places.csv"), "place_code,name\n");
        Files.writeString(a.resolve("x.csv"), "1");
        Path b = Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(b.resolve("x.csv"), "1"); // made in the other order
        Files.writeString(b.resolve("../places.csv"), "place_code,name\n");

        String first = DatasetChecksum.sha256(dir.resolve("a"));
        assertThat(DatasetChecksum.sha256(dir.resolve("b"))).isEqualTo(first);

        Files.writeString(b.resolve("x.csv"), "2");
        assertThat(DatasetChecksum.sha256(dir.resolve("b"))).isNotEqualTo(first);
        Files.writeString(b.resolve("x.csv"), "1");
        Files.move(b.resolve("x.csv"), b.resolve("y.csv"));
        assertThat(DatasetChecksum.sha256(dir.resolve("b"))).isNotEqualTo(first);
        // Moving bytes between files must change it too (names and lengths are hashed).
        Files.writeString(b.resolve("y.csv"), "");
        Files.writeString(b.resolve("../places.csv"), "place_code,name\n1", StandardCharsets.UTF_8);
        assertThat(DatasetChecksum.sha256(dir.resolve("b"))).isNotEqualTo(first);
    }

    @Test
    void checksumOfNothingIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> DatasetChecksum.sha256(dir.resolve("missing"))).isInstanceOf(IOException.class);
    }
}
