package org.skillmix.data.dataset;

import java.util.Optional;

/**
 * An age band as population.csv and utilisation.csv write it: {@code FROM-TO} (both ages included, e.g.
 * {@code 65-69}) or {@code FROM+} (that age and older, e.g. {@code 85+}), in whole years 0 to 120. A band
 * written any other way (NaN, -1, a word) is refused: it would match nothing, and the demand of the people
 * it stands for would silently be lost.
 *
 * @param from the youngest age in the band
 * @param to   the oldest age in the band ({@link #OLDEST} for an open band)
 */
record AgeBand(int from, int to) {

    static final int OLDEST = 120;

    static Optional<AgeBand> parse(String text) {
        int dash = text.indexOf('-');
        boolean open = text.endsWith("+");
        int from = age(text, 0, dash > 0 ? dash : open ? text.length() - 1 : -1);
        if (from < 0) return Optional.empty();
        if (open) return dash < 0 ? Optional.of(new AgeBand(from, OLDEST)) : Optional.empty();
        int to = age(text, dash + 1, text.length());
        return to >= from ? Optional.of(new AgeBand(from, to)) : Optional.empty();
    }

    /** The whole number 0 to {@link #OLDEST} written in text[start, end) with 1 to 3 digits, or -1. */
    private static int age(String text, int start, int end) {
        if (end <= start || end - start > 3) return -1;
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value <= OLDEST ? value : -1;
    }

    boolean overlaps(AgeBand other) {
        return from <= other.to && other.from <= to;
    }

    /** The row's age band, checked for its form; logs why not. */
    static String read(DataRow row, String column) {
        String text = row.text(column);
        if (!text.isEmpty() && parse(text).isEmpty()) {
            row.error(
                    column,
                    DataRow.quote(text) + " is not an age band; write FROM-TO (e.g. 65-69) or FROM+ (e.g. 85+), in"
                            + " whole years 0 to " + OLDEST);
        }
        return text;
    }
}
