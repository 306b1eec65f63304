package org.skillmix.data.dataset;

import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/**
 * What a planner is told about input: one line of plain words. A reason Skillmix wrote itself
 * ({@link InputRefused}) is shown as it is; any other exception (a parser's, a library's, the file
 * system's) is named by what it means, never by its class or its own text, which is written for
 * programmers and may run over several lines. Values echoed back are cut to a readable length.
 */
public final class PlainWords {

    /** Longest value echoed in a message; a longer one is cut and its length given. */
    static final int MAX_ECHO = 60;

    private PlainWords() {}

    /** What went wrong, for "file: cannot be read: ..." messages. */
    public static String of(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputRefused refused) return oneLine(refused.getMessage());
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) return "it is not there (moved or deleted?)";
            if (t instanceof AccessDeniedException) return "permission to read it is denied";
            if (t instanceof EOFException) return "it ends early (the file is cut short)";
            if (t instanceof ZipException) return "it is damaged (its zip structure cannot be read)";
            if (t instanceof CharacterCodingException)
                return "it changed while being read, or holds bytes that are not text";
        }
        return "it is damaged or not in the expected format";
    }

    /** A value in quotes, cut to {@link #MAX_ECHO} characters and kept on one line. */
    public static String quote(String value) {
        return "\"" + cut(value) + "\"";
    }

    /** A value cut to {@link #MAX_ECHO} characters (with its full length said) and kept on one line. */
    public static String cut(String value) {
        String line = oneLine(value);
        if (line.length() <= MAX_ECHO) return line;
        int end = Character.isHighSurrogate(line.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return line.substring(0, end) + "... (" + value.length() + " characters)";
    }

    /** Line breaks and other control characters as spaces, so a message stays on one line. */
    public static String oneLine(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) out = new StringBuilder(text.substring(0, i));
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
