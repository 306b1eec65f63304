package org.skillmix.usecase;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a failure's message can be shown to a planner as it is. Skillmix's own checks say what is wrong in a
 * sentence; any other exception's message is a programmer's (a NullPointerException's "Cannot invoke ... because
 * ... is null", a class name, several lines) and is left to the log or the debug trace. Both front ends (the
 * command line's error line, the web's failed run) apply this one rule.
 */
public final class PlainWords {
    /** The longest message kept: a sentence, not a dump of a value. */
    public static final int LIMIT = 300;

    /** A Java package-qualified name (java.lang.IllegalStateException, org.skillmix.core.X). */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");

    /** A Java exception's or error's class name, or the JDK's helpful null-pointer wording. */
    private static final Pattern INTERNAL =
            Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b|because \"|Cannot invoke");

    private PlainWords() {}

    /** The message, cut to {@link #LIMIT} characters, when it reads as a sentence; empty when it is internal. */
    public static Optional<String> of(String message) {
        if (message == null
                || message.isBlank()
                || message.indexOf('\n') >= 0
                || message.indexOf('\r') >= 0
                || QUALIFIED_NAME.matcher(message).find()
                || INTERNAL.matcher(message).find()) {
            return Optional.empty();
        }
        return Optional.of(cut(message));
    }

    /** The message cut to {@link #LIMIT} characters. */
    public static String cut(String message) {
        return message.length() <= LIMIT ? message : message.substring(0, LIMIT) + "...";
    }
}
