package org.skillmix.app.web.run;

import java.time.Instant;

/**
 * A projection run: what was asked, by whom, and how far it got.
 *
 * @param drawsDone   Monte Carlo draws finished so far (live while running)
 * @param drawsTotal  draws the run makes (1 for a deterministic run)
 * @param queuePosition 1 for the next run to start, 0 when not waiting
 * @param scenario    a projection's scenario code ("baseline": no interventions)
 * @param scenarios   a comparison's scenario codes (the baseline is always compared too); empty for a projection
 * @param targetCapabilities a comparison's target capabilities (empty: all)
 * @param targetFte   a comparison's target: it reports P(target gap &lt; targetFte); null for a projection
 */
public record Run(
        long id,
        RunKind kind,
        long datasetId,
        String datasetName,
        String icbCode,
        String owner,
        String scenario,
        java.util.List<String> scenarios,
        java.util.List<String> targetCapabilities,
        Double targetFte,
        int years,
        int draws,
        long seed,
        RunStatus status,
        int drawsDone,
        int drawsTotal,
        int queuePosition,
        String message,
        String baseMonth,
        Integer months,
        Integer seriesCount,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Progress from 0 to 100. */
    public int percent() {
        if (status == RunStatus.SUCCEEDED) return 100;
        return drawsTotal <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * drawsDone / drawsTotal));
    }

    /** Where the run's figures are shown once it has succeeded. */
    public String resultsPath() {
        return switch (kind) {
            case COMPARISON -> "/comparisons/" + id;
            case MUTUAL_AID -> "/mutual-aid/plans/" + id;
            case PROJECTION -> "/runs/" + id + "/results";
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
                status,
                done,
                total,
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
