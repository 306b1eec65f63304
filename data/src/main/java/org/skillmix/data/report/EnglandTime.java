package org.skillmix.data.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a document for people (a run's report, the web pages, a board pack) writes a moment and a day: on England's
 * clock with the zone named, so that a reader in June knows 14:30 is BST and an hour that comes twice in October is
 * told apart ("25 October 2026, 01:30 BST", then "01:30 GMT"). Machine files (run.json, the API) keep ISO 8601 in UTC.
 */
public final class EnglandTime {
    /** The ICSs are England's: their staff read the time on England's clock. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private EnglandTime() {}

    /** "7 December 2026, 14:30 GMT"; blank for none (a step not taken yet). */
    public static String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /** England's day of a moment: "7 December 2026" for 00:30 BST on the 7th, which is the 6th in UTC. */
    public static String day(Instant moment) {
        return moment == null ? "" : day(moment.atZone(ZONE).toLocalDate());
    }

    /** "7 December 2026"; blank for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "7 Dec 2026" (UK abbreviations: "7 Sept 2026"), where a column or a chart's axis is narrow; blank for none. */
    public static String shortDay(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }
}
