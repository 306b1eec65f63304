package org.skillmix.app.web.api;

/** Small helpers for the words of error messages. */
public final class Messages {
    /** How much of a value a message repeats: enough to recognise it, never a whole pasted file. */
    static final int LONGEST_VALUE = 80;

    private Messages() {}

    /** The value, cut to {@value #LONGEST_VALUE} characters with an ellipsis and its length when longer. */
    public static String cut(String value) {
        if (value == null) return "";
        if (value.length() <= LONGEST_VALUE) return value;
        return value.substring(0, LONGEST_VALUE) + "… (" + value.length() + " characters)";
    }

    static String megabytes(long bytes) {
        if (bytes < 0) return "its limit";
        return (bytes / (1024 * 1024)) + " MB";
    }
}
