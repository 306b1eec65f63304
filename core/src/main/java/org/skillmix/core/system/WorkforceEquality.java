package org.skillmix.core.system;

import java.util.List;

/**
 * A row of workforce_equality.csv: one workforce equality measure of one organisation in one year, for one group of
 * staff, as a percentage. The measures are those the NHS Workforce Race Equality Standard (WRES) and Workforce
 * Disability Equality Standard (WDES) take from the NHS Staff Survey; a standard compares the groups (staff from an
 * ethnic minority with white staff, disabled with non-disabled), so a trust's WRES or WDES return gives a row per
 * group, and the survey's organisation results give the whole workforce ({@link Groups#ALL_STAFF}). The
 * organisation {@link StaffExperience#ENGLAND} holds the national figure. Shown beside the plan; the engine does not
 * read it.
 *
 * @param value percentage of the group's respondents, 0-100
 */
public record WorkforceEquality(
        String orgCode, int year, String indicator, String staffGroup, double value, String source) {

    /** The measures, each with its survey question and the standard's indicator number. */
    public static final class Indicators {
        /** Q14a: harassment, bullying or abuse from patients, relatives or the public (WRES 5, WDES 4a). */
        public static final String HARASSMENT_PUBLIC = "harassment_public";
        /** Q14b: harassment, bullying or abuse from managers (WRES 6 with Q14c, WDES 4a). */
        public static final String HARASSMENT_MANAGERS = "harassment_managers";
        /** Q14c: harassment, bullying or abuse from other colleagues (WRES 6 with Q14b, WDES 4a). */
        public static final String HARASSMENT_COLLEAGUES = "harassment_colleagues";
        /** Q16b: discrimination at work from a manager, team leader or other colleagues (WRES 8). */
        public static final String DISCRIMINATION_COLLEAGUES = "discrimination_colleagues";
        /** Q16a: discrimination at work from patients, service users, their relatives or the public. */
        public static final String DISCRIMINATION_PUBLIC = "discrimination_public";

        /** The measure in words, with its survey question and standard, for a reader. */
        public static String words(String indicator) {
            return switch (indicator) {
                case HARASSMENT_PUBLIC -> "Harassment, bullying or abuse from patients or the public (Q14a; WRES 5)";
                case HARASSMENT_MANAGERS -> "Harassment, bullying or abuse from managers (Q14b; WRES 6)";
                case HARASSMENT_COLLEAGUES -> "Harassment, bullying or abuse from other colleagues (Q14c; WRES 6)";
                case DISCRIMINATION_COLLEAGUES -> "Discrimination from a manager or colleagues (Q16b; WRES 8)";
                case DISCRIMINATION_PUBLIC -> "Discrimination from patients or the public (Q16a)";
                default -> indicator;
            };
        }

        /** Every measure, in the order pages show them. */
        public static final List<String> ALL = List.of(
                HARASSMENT_PUBLIC,
                HARASSMENT_MANAGERS,
                HARASSMENT_COLLEAGUES,
                DISCRIMINATION_COLLEAGUES,
                DISCRIMINATION_PUBLIC);

        private Indicators() {}
    }

    /** The groups of staff a row may be for. */
    public static final class Groups {
        public static final String ALL_STAFF = "all_staff";
        public static final String ETHNIC_MINORITY = "ethnic_minority";
        public static final String WHITE = "white";
        public static final String DISABLED = "disabled";
        public static final String NOT_DISABLED = "not_disabled";

        public static final List<String> ALL = List.of(ALL_STAFF, ETHNIC_MINORITY, WHITE, DISABLED, NOT_DISABLED);

        private Groups() {}
    }
}
