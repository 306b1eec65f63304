package org.skillmix.app.web.run;

import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.PlainWords;

/**
 * What a failed run's page, its API answer and the audit log say about the failure. A setting the use case refused
 * says so in its own words; any other failure is Skillmix's own fault, and its exception's message is a
 * programmer's (a NullPointerException's "Cannot invoke ... because ... is null", a class name, several lines), so
 * the reader is told that the run failed and that the server's log has the rest, as a 500 answer tells them
 * (docs/web.md). A plain one-line message is kept, cut, as the message of one of Skillmix's own checks
 * ({@link PlainWords}, the command line's rule too).
 */
record RunFailure(String words) {
    static RunFailure of(long runId, Exception e) {
        if (e instanceof InvalidSetting invalid) return new RunFailure(PlainWords.cut(invalid.getMessage()));
        return new RunFailure(PlainWords.of(e.getMessage())
                .orElse("the run stopped on an error in Skillmix itself; the server's log has the details (run " + runId
                        + ")"));
    }
}
