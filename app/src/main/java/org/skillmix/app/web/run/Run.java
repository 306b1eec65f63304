package org.skillmix.app.web.run;

import java.time.Instant;

/**
 * A projection run: what was asked, by whom, and how far it got.
 *
 * @param drawsDone   Monte Carlo draws finished so far (live while running)
 * @param drawsTotal  draws the run makes (1 for a deterministic run)
 * @param queuePosition 1 for the next run to start, 0 when not waiting
 */
public record Run(long id, long datasetId, String datasetName, String icbCode, String owner, String scenario,
                  int years, int draws, long seed, RunStatus status, int drawsDone, int drawsTotal,
                  int queuePosition, String message, String baseMonth, Integer months, Integer seriesCount,
                  Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Progress from 0 to 100. */
    public int percent() {
        if (status == RunStatus.SUCCEEDED) return 100;
        return drawsTotal <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * drawsDone / drawsTotal));
    }

    Run withProgress(int done, int total, int position) {
        return new Run(id, datasetId, datasetName, icbCode, owner, scenario, years, draws, seed, status, done, total,
                position, message, baseMonth, months, seriesCount, createdAt, startedAt, finishedAt);
    }
}
