package org.skillmix.app.web.run;

/**
 * The work of a kind of run that lives in its own feature package (a mutual-aid plan), so the run package
 * need not know it: {@link RunWorkers} hands such a run to the bean for its kind. The work stores its results
 * and marks the run succeeded in one transaction; failure and cancel are {@link RunWorkers}' to record.
 */
public interface RunWork {

    RunKind kind();

    void execute(Run run, Progress progress) throws Exception;

    /** What a run reports while it works, and how it learns it was cancelled. */
    interface Progress {
        /** Progress as done of total (draws, or seconds of search). */
        void update(int done, int total);

        boolean cancelRequested();

        /** Ends the run as cancelled if a cancel was asked for. */
        void stopIfCancelled();
    }
}
