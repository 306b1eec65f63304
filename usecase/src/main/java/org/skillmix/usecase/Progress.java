package org.skillmix.usecase;

import org.skillmix.core.projection.ProgressListener;

/**
 * What a use case reports while it works and how it learns it should stop: the terminal's progress line on
 * the command line, the run's live progress and cancel button in the web application.
 */
public interface Progress {

    /** Work done of total, in the use case's unit (draws, or seconds of search). Called from worker threads. */
    void update(int done, int total);

    /** True once the user asked to stop. */
    default boolean cancelRequested() {
        return false;
    }

    /**
     * Registers what stops the work at once when the user cancels (a solver's early termination), so nothing
     * need poll for the cancel. The command line has no cancel but Ctrl-C, so by default nothing is registered.
     */
    default void whenCancelled(Runnable stop) {}

    /** Stops the use case (throws {@link Cancelled}) if the user asked to stop. */
    default void stopIfCancelled() {
        if (cancelRequested()) throw new Cancelled();
    }

    /** The engine's draw listener: stops between draws when cancelled, reports each draw done. */
    default ProgressListener draws() {
        return (completed, total) -> {
            stopIfCancelled();
            update(completed, total);
        };
    }

    Progress NONE = (done, total) -> {};
}
