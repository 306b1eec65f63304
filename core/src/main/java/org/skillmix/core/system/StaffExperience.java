package org.skillmix.core.system;

/**
 * A row of staff_experience.csv: one staff-experience indicator of one organisation in one survey year, as a
 * percentage of respondents (the NHS Staff Survey's trust results: burnout, work stress, enough staff). The
 * organisation {@link #ENGLAND} holds the national figure the organisations are compared with.
 *
 * @param value percentage of respondents, 0-100
 */
public record StaffExperience(String orgCode, int year, String indicator, double value, String source) {

    /** The organisation code of the national reference rows. */
    public static final String ENGLAND = "ENGLAND";

    /** The indicators the engine reads (docs/dataset.md lists their survey questions). */
    public static final class Indicators {
        /** Q12b: % often or always burnt out because of work; raises the leaver rate. */
        public static final String BURNOUT = "burnout";
        /** Q11c: % unwell from work-related stress in the last 12 months; raises sickness absence. */
        public static final String WORK_STRESS = "work_stress";
        /** Q3i: % agreeing there are enough staff to do the job properly; shown, not used by the engine. */
        public static final String ENOUGH_STAFF = "enough_staff";

        private Indicators() {}
    }
}
