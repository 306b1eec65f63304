package org.skillmix.app.web.run;

import org.skillmix.usecase.Progress;

/**
 * The work of a kind of run that lives in its own feature package (a mutual-aid plan), so the run package
 * need not know it: {@link RunWorkers} hands such a run to the bean for its kind. The work stores its results
 * and marks the run succeeded in one transaction; failure and cancel are {@link RunWorkers}' to record.
 */
public interface RunWork {

    RunKind kind();

    /** The kinds this work executes (one, unless it serves several kinds alike). */
    default java.util.Set<RunKind> kinds() {
        return java.util.Set.of(kind());
    }

    void execute(Run run, Progress progress) throws Exception;
}
