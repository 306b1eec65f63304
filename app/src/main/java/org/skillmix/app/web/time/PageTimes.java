package org.skillmix.app.web.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.skillmix.data.report.EnglandTime;
import org.springframework.stereotype.Component;

/**
 * How the pages, and the documents made from them for people (a board pack, its CQC evidence), write a moment
 * and a day: {@link EnglandTime}'s way, as the run's report does. The API keeps ISO 8601 in UTC. A package of its
 * own, below every feature, so that any of them may use it (templates as @pageTimes).
 */
@Component("pageTimes")
public class PageTimes {
    /** The ICSs are England's: their staff read the time on England's clock. */
    public static final ZoneId ENGLAND = EnglandTime.ZONE;

    /** "7 December 2026, 14:30 GMT"; blank for none (a step not taken yet). */
    public static String at(Instant moment) {
        return EnglandTime.moment(moment);
    }

    /**
     * A moment for a time element's datetime attribute: ISO 8601 in UTC to the second (HTML allows at most three
     * digits of a second's fraction, and PostgreSQL keeps six).
     */
    public static String iso(Instant moment) {
        return moment == null ? "" : moment.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** England's day of a moment: "7 December 2026" for 00:30 BST on the 7th, which is the 6th in UTC. */
    public static String day(Instant moment) {
        return EnglandTime.day(moment);
    }

    /** "7 December 2026". */
    public static String day(LocalDate day) {
        return EnglandTime.day(day);
    }

    /** A day as the API writes it (2026-12-07, England's, as the speak-up cases keep it): "7 December 2026". */
    public static String day(String isoDay) {
        return isoDay == null || isoDay.isBlank() ? "" : day(LocalDate.parse(isoDay));
    }
}
