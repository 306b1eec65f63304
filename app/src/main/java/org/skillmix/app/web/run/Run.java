package org.skillmix.app.web.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Locale;
import org.skillmix.core.supply.Baseline;

/**
 * A run: what was asked, by whom, and how far it got. The API's JSON is flat, as it was when this record held
 * every kind's settings in fields of its own: the settings' {@link SettingsColumns}, then the progress, series
 * and times, each part's fields in place.
 *
 * @param settings the kind's own settings
 * @param message  why a run failed or was cancelled; null otherwise
 */
@JsonPropertyOrder({
    "id",
    "kind",
    "datasetId",
    "datasetName",
    "icbCode",
    "owner",
    "columns",
    "status",
    "progress",
    "message",
    "series",
    "times",
    "percent"
})
public record Run(
        long id,
        RunKind kind,
        long datasetId,
        String datasetName,
        String icbCode,
        String owner,
        @JsonIgnore RunSettings settings,
        RunStatus status,
        @JsonUnwrapped RunProgress progress,
        String message,
        @JsonUnwrapped RunSeries series,
        @JsonUnwrapped RunTimes times) {

    /**
     * The kind's settings as the caller expects them (a projection's, a comparison's, either as
     * {@link DrawnRunSettings}, a mutual-aid plan's).
     *
     * @throws IllegalStateException when the run is of another kind
     */
    public <S extends RunSettings> S settings(Class<S> type) {
        if (!type.isInstance(settings))
            throw new IllegalStateException("run " + id + " is a "
                    + kind.words().toLowerCase(Locale.ROOT) + ", not a run of " + type.getSimpleName());
        return type.cast(settings);
    }

    /** The settings among every kind's, in the API's JSON and on the pages that list runs of several kinds. */
    @JsonUnwrapped
    @JsonProperty("columns")
    public SettingsColumns columns() {
        return settings.columns();
    }

    /** Progress from 0 to 100 (in the API's JSON too, as its summary says). */
    @JsonProperty("percent")
    public int percent() {
        if (status == RunStatus.SUCCEEDED) return 100;
        return progress.total() <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * progress.done() / progress.total()));
    }

    /**
     * The supply baseline as the list of runs names it: its name ("Funded plan") where the run row keeps its code;
     * else where it is found, which depends on the kind. Only a projection writes run.json; a comparison stored
     * before V7 names it in its report; a mutual-aid plan stored before V24 ran the funded plan; a winter plan,
     * portfolio, design or board pack keeps it in its analysis settings; a bank fill projects no supply.
     */
    public String baselineWords() {
        String code = columns().baseline();
        if (code != null) return Baseline.ofCode(code).label();
        return switch (kind) {
            case PROJECTION -> "in run.json";
            case COMPARISON -> "in the comparison report";
            case MUTUAL_AID ->
                settings(MutualAidRunSettings.class).supplyBaseline().label();
            case WINTER, OPTIMISE, DESIGN, BOARD_PACK -> "in the analysis settings";
            case BANK -> "none";
        };
    }

    /** Where the run's figures are shown once it has succeeded. */
    public String resultsPath() {
        return switch (kind) {
            case COMPARISON -> "/comparisons/" + id;
            case MUTUAL_AID -> "/mutual-aid/plans/" + id;
            case PROJECTION -> "/runs/" + id + "/results";
            case WINTER, BANK, OPTIMISE, DESIGN, BOARD_PACK -> "/analyses/" + id;
        };
    }

    Run withProgress(int done, int total, int position) {
        return new Run(
                id,
                kind,
                datasetId,
                datasetName,
                icbCode,
                owner,
                settings,
                status,
                new RunProgress(done, total, progress.unit(), position),
                message,
                series,
                times);
    }
}
