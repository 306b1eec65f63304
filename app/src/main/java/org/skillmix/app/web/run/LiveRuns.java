package org.skillmix.app.web.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skillmix.core.supply.Baseline;
import org.springframework.stereotype.Component;

/**
 * What running projections are doing right now: progress (kept in memory, as it changes many times a
 * second) and cancel requests, which the run's progress listener checks between draws; and the baseline
 * each queued projection or comparison was asked for, until it starts (a server restart fails queued
 * runs, so the request never outlives the memory; the finished run's run.json names it for good).
 */
@Component
public class LiveRuns {
    public record Progress(int done, int total) {}

    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> cancelled = new ConcurrentHashMap<>();
    private final Map<Long, Baseline> baselines = new ConcurrentHashMap<>();

    void requestBaseline(long runId, Baseline baseline) {
        baselines.put(runId, baseline);
    }

    /** The baseline the run was queued with. */
    Baseline baseline(long runId) {
        Baseline b = baselines.get(runId);
        if (b == null) throw new IllegalStateException("run " + runId + " was queued without a baseline");
        return b;
    }

    void started(long runId, int total) {
        progress.put(runId, new Progress(0, total));
    }

    void update(long runId, int done, int total) {
        progress.put(runId, new Progress(done, total));
    }

    void ended(long runId) {
        progress.remove(runId);
        cancelled.remove(runId);
        baselines.remove(runId);
    }

    public Progress progress(long runId) {
        return progress.get(runId);
    }

    void requestCancel(long runId) {
        cancelled.put(runId, Boolean.TRUE);
    }

    boolean cancelRequested(long runId) {
        return cancelled.containsKey(runId);
    }
}
