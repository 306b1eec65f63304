package org.skillmix.app.web.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A run: what was asked, by whom, and how far it got. Each kind has its own settings; those of the other kinds
 * are null.
 *
 * @param scenario           a projection's scenario code ("baseline": no interventions); a comparison's is the
 *                           baseline; null for a mutual-aid plan
 * @param scenarios          a comparison's scenario codes (the baseline is always compared too); else empty
 * @param targetCapabilities a comparison's target capabilities (empty: all)
 * @param targetFte          a comparison's target: it reports P(target gap &lt; targetFte); else null
 * @param years              financial years projected (a projection or comparison); null for a mutual-aid plan
 * @param draws              Monte Carlo draws, 0 for deterministic (a projection or comparison); else null
 * @param seed               the seed of a run that draws at random; null for a winter plan, bank fill or design
 * @param baseline           the supply baseline's code, funded-plan or current-trends (a projection or comparison;
 *                           null for a mutual-aid plan, and for runs stored before V7, whose run.json names it)
 * @param weeks              the surge's weeks (a mutual-aid plan); else null
 * @param seconds            how long the search may take (a mutual-aid plan); else null
 * @param steps              the search also stops after this many steps (a mutual-aid plan; null: by time only)
 * @param progressDone       work done so far (live while running), in progressUnit
 * @param progressTotal      the work the run does: draws (1 for a deterministic run) or seconds of search
 * @param progressUnit       "draws" or "seconds"
 * @param queuePosition      1 for the next run to start, 0 when not waiting
 */
public record Run(
        long id,
        RunKind kind,
        long datasetId,
        String datasetName,
        String icbCode,
        String owner,
        String scenario,
        List<String> scenarios,
        List<String> targetCapabilities,
        Double targetFte,
        Integer years,
        Integer draws,
        Long seed,
        String baseline,
        Integer weeks,
        Integer seconds,
        Integer steps,
        RunStatus status,
        int progressDone,
        int progressTotal,
        String progressUnit,
        int queuePosition,
        String message,
        String baseMonth,
        Integer months,
        Integer seriesCount,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Progress from 0 to 100 (in the API's JSON too, as its summary says). */
    @JsonProperty("percent")
    public int percent() {
        if (status == RunStatus.SUCCEEDED) return 100;
        return progressTotal <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * progressDone / progressTotal));
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
                scenario,
                scenarios,
                targetCapabilities,
                targetFte,
                years,
                draws,
                seed,
                baseline,
                weeks,
                seconds,
                steps,
                status,
                done,
                total,
                progressUnit,
                position,
                message,
                baseMonth,
                months,
                seriesCount,
                createdAt,
                startedAt,
                finishedAt);
    }
}
