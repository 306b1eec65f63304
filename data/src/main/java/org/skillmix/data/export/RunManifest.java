package org.skillmix.data.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.supply.Baseline;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * What a run was: everything needed to reproduce it (version, dataset and its checksum, seed, draws,
 * years, threads) and what it took. Written next to the outputs as run.json (docs/outputs.md).
 *
 * @param baseline        the baseline's code ({@link Baseline#code()}): funded-plan or current-trends; a run.json
 *                        written before baselines were named has none and was a funded-plan run
 * @param baseMonth       first projected month
 * @param months          number of months projected
 * @param datasetPath     the dataset path as given to the run
 * @param datasetSha256   {@link DatasetChecksum#sha256} of the dataset
 * @param seriesCount     series in the projection
 * @param wallTimeSeconds finished - started, to the millisecond
 */
@JsonPropertyOrder({
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
    "wall_time_seconds"
})
public record RunManifest(
        @JsonProperty("skillmix_version") String skillmixVersion,
        @JsonProperty("dataset_path") String datasetPath,
        @JsonProperty("dataset_sha256") String datasetSha256,
        @JsonProperty("seed") long seed,
        @JsonProperty("draws") int draws,
        @JsonProperty("years") int years,
        @JsonProperty("baseline") String baseline,
        @JsonProperty("threads") int threads,
        @JsonProperty("base_month") YearMonth baseMonth,
        @JsonProperty("months") int months,
        @JsonProperty("series_count") int seriesCount,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("wall_time_seconds") double wallTimeSeconds) {

    /** Indented, for a person to read; the month and times as ISO text and the fields in order (JsonOutput). */
    private static final ObjectWriter WRITER = JsonOutput.MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

    private static final ObjectReader READER = JsonOutput.MAPPER.readerFor(RunManifest.class);

    /** The manifest of a finished run: hashes the dataset and reads the version. */
    public static RunManifest of(Projection projection, Path dataset, Instant startedAt, Instant finishedAt)
            throws IOException {
        return of(projection, dataset.toString(), DatasetChecksum.sha256(dataset), startedAt, finishedAt);
    }

    /**
     * The manifest of a finished run of a dataset named by label (a path, or a stored dataset's number and name)
     * with the given checksum.
     */
    public static RunManifest of(
            Projection projection, String datasetLabel, String datasetSha256, Instant startedAt, Instant finishedAt) {
        ProjectionSettings settings = projection.settings();
        YearMonth base =
                projection.months().isEmpty() ? null : projection.months().get(0);
        double wall = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        return new RunManifest(
                SkillmixVersion.current(),
                datasetLabel,
                datasetSha256,
                settings.seed(),
                settings.draws(),
                settings.years(),
                settings.baseline().code(),
                settings.threads(),
                base,
                projection.months().size(),
                projection.series().size(),
                startedAt,
                finishedAt,
                wall);
    }

    /** The run's baseline (a run.json from before baselines were named ran the funded plan). */
    public Baseline baselineOrFundedPlan() {
        return baseline == null ? Baseline.FUNDED_PLAN : Baseline.ofCode(baseline);
    }

    public String toJson() {
        return WRITER.writeValueAsString(this) + "\n";
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson());
    }

    /** Writes the JSON to out; out stays open. */
    public void write(OutputStream out) throws IOException {
        out.write(toJson().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The manifest in json; fields it does not know are skipped.
     *
     * @throws JacksonException when json is not a run manifest (a month or time not in ISO form, say)
     */
    public static RunManifest fromJson(String json) {
        return READER.readValue(json);
    }

    public static RunManifest read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }
}
