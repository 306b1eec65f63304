package org.skillmix.app.web.run;

import java.util.regex.Pattern;
import org.skillmix.usecase.InvalidSetting;

/**
 * What a failed run's page, its API answer and the audit log say about the failure. A setting the use case refused
 * says so in its own words; any other failure is Skillmix's own fault, and its exception's message is a
 * programmer's (a NullPointerException's "Cannot invoke ... because ... is null", a class name, several lines), so
 * the reader is told that the run failed and that the server's log has the rest, as a 500 answer tells them
 * (docs/web.md). A plain one-line message is kept, cut, as the message of one of Skillmix's own checks.
 */
record RunFailure(String words) {
    /** The longest message kept: a sentence, not a dump of a value. */
    static final int LIMIT = 300;

    /** A Java package-qualified name (java.lang.IllegalStateException, org.skillmix.core.X). */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");

    /** A Java exception's or error's class name, or the JDK's helpful null-pointer wording. */
    private static final Pattern INTERNAL =
            Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b|because \"|Cannot invoke");

    static RunFailure of(long runId, Exception e) {
        if (e instanceof InvalidSetting invalid) return new RunFailure(cut(invalid.getMessage()));
        String message = e.getMessage();
        if (message == null
                || message.isBlank()
                || message.indexOf('\n') >= 0
                || message.indexOf('\r') >= 0
                || QUALIFIED_NAME.matcher(message).find()
                || INTERNAL.matcher(message).find()) {
            return new RunFailure("the run stopped on an error in Skillmix itself; the server's log has the details"
                    + " (run " + runId + ")");
        }
        return new RunFailure(cut(message));
    }

    private static String cut(String message) {
        return message.length() <= LIMIT ? message : message.substring(0, LIMIT) + "...";
    }
}
