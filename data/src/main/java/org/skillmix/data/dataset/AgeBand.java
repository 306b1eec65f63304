package org.skillmix.data.dataset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CLOSED = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");

    static Optional<AgeBand> parse(String text) {
        Matcher closed = CLOSED.matcher(text);
        if (closed.matches()) {
            int from = Integer.parseInt(closed.group(1));
            int to = Integer.parseInt(closed.group(2));
            return from <= to && to <= OLDEST ? Optional.of(new AgeBand(from, to)) : Optional.empty();
        }
        Matcher open = OPEN.matcher(text);
        if (open.matches()) {
            int from = Integer.parseInt(open.group(1));
            return from <= OLDEST ? Optional.of(new AgeBand(from, OLDEST)) : Optional.empty();
        }
        return Optional.empty();
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
