package org.skillmix.app.web.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What running projections are doing right now: progress (kept in memory, as it changes many times a
 * second) and cancel requests, which the run's progress listener checks between draws. (A run's settings,
 * its supply baseline included, are the runs table's.)
 */
@Component
public class LiveRuns {
    public record Progress(int done, int total) {}

    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> cancelled = new ConcurrentHashMap<>();
    private final Map<Long, Runnable> stops = new ConcurrentHashMap<>();
    /** Runs limited by time (a mutual-aid search): their progress is the time spent, from this start. */
    private final Map<Long, Long> timedFrom = new ConcurrentHashMap<>();

    void started(long runId, int total) {
        progress.put(runId, new Progress(0, total));
    }

    void update(long runId, int done, int total) {
        progress.put(runId, new Progress(done, total));
    }

    /** A run whose total is seconds: its progress reads as the seconds spent since now, up to the total. */
    void startedTimed(long runId, int seconds) {
        progress.put(runId, new Progress(0, seconds));
        timedFrom.put(runId, System.nanoTime());
    }

    void ended(long runId) {
        progress.remove(runId);
        cancelled.remove(runId);
        stops.remove(runId);
        timedFrom.remove(runId);
    }

    public Progress progress(long runId) {
        Progress p = progress.get(runId);
        Long from = timedFrom.get(runId);
        if (p == null || from == null) return p;
        int spent = (int) Math.min(p.total(), (System.nanoTime() - from) / 1_000_000_000L);
        return new Progress(Math.max(p.done(), spent), p.total());
    }

    /** What stops the run at once on a cancel (a solver's early termination); run now if already cancelled. */
    void whenCancelled(long runId, Runnable stop) {
        stops.put(runId, stop);
        if (cancelRequested(runId)) stop.run();
    }

    void requestCancel(long runId) {
        cancelled.put(runId, Boolean.TRUE);
        Runnable stop = stops.get(runId);
        if (stop != null) stop.run();
    }

    boolean cancelRequested(long runId) {
        return cancelled.containsKey(runId);
    }
}
