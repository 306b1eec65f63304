package org.skillmix.core.projection;

/** Told as draws complete, so a terminal or a web page can show progress. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    void drawsCompleted(int completed, int total);

    ProgressListener NONE = (completed, total) -> {};
}
