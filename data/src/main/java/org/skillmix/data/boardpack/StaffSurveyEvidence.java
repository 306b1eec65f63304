package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;

/**
 * What staff_experience.csv (the NHS Staff Survey's trust results) gives the CQC evidence: enough staff to do the job
 * for safe staffing; burnout and work-related stress for wellbeing. The evidence listed the staff survey as missing
 * while the dataset held it and the projection used it, so an assessor would have been told the ICS lacks what it
 * has.
 *
 * <p>Each measure is said as the range over the organisations surveyed in the latest year held, beside England's,
 * with how many are on the worse side of England: the pack holds no organisation's own figure by name (its partners'
 * copy hides none of this), and a range with the national figure is what a board reads first.
 */
final class StaffSurveyEvidence {
    private StaffSurveyEvidence() {}

    /** Whether the dataset holds any organisation's staff-survey measure. */
    static boolean held(SystemModel system) {
        return system.staffExperience().stream().anyMatch(r -> !r.orgCode().equals(StaffExperience.ENGLAND));
    }

    /** Safe and effective staffing: the share of staff who say there are enough staff, or nothing. */
    static List<String> safe(SystemModel system) {
        return measure(
                        system,
                        StaffExperience.Indicators.ENOUGH_STAFF,
                        "agree there are enough staff to do their" + " job properly (Q3i)",
                        false)
                .map(m -> List.of("NHS Staff Survey " + m + " (staff_experience.csv)."))
                .orElse(List.of());
    }

    /** Workforce wellbeing: burnout and work-related stress, and whether the projection uses them. */
    static List<String> wellbeing(SystemModel system) {
        List<String> parts = new ArrayList<>();
        measure(system, StaffExperience.Indicators.BURNOUT, "often or always burnt out because of work (Q12b)", true)
                .ifPresent(parts::add);
        measure(system, StaffExperience.Indicators.WORK_STRESS, "unwell from work-related stress (Q11c)", true)
                .ifPresent(parts::add);
        if (parts.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        out.add("NHS Staff Survey " + String.join("; ", parts) + " (staff_experience.csv).");
        boolean leaving = system.assumption(Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY, "ALL")
                .isPresent();
        boolean sickness = system.assumption(Assumption.Parameters.SICKNESS_STRESS_ELASTICITY, "ALL")
                .isPresent();
        if (leaving || sickness)
            out.add("The projection raises "
                    + (leaving ? "the leaver rate of an organisation whose burnout is above England's" : "")
                    + (leaving && sickness ? ", and " : "")
                    + (sickness ? "the sickness absence of one whose work-related stress is above England's" : "")
                    + " (assumptions.csv; docs/method.md, \"Staff experience\").");
        return out;
    }

    /**
     * "2024, 10 organisations: 24.0% to 35.5% of staff often or always burnt out because of work (Q12b), England
     * 29.9%, 6 of the 10 above England's"; empty when no organisation has the measure.
     *
     * @param higherIsWorse whether a figure above England's is the worse side
     */
    private static Optional<String> measure(SystemModel system, String indicator, String what, boolean higherIsWorse) {
        List<StaffExperience> rows = system.staffExperience().stream()
                .filter(r -> r.indicator().equals(indicator))
                .toList();
        int year = rows.stream()
                .filter(r -> !r.orgCode().equals(StaffExperience.ENGLAND))
                .mapToInt(StaffExperience::year)
                .max()
                .orElse(Integer.MIN_VALUE);
        if (year == Integer.MIN_VALUE) return Optional.empty();
        List<Double> orgs = rows.stream()
                .filter(r -> r.year() == year && !r.orgCode().equals(StaffExperience.ENGLAND))
                .map(StaffExperience::value)
                .toList();
        Optional<Double> england = rows.stream()
                .filter(r -> r.year() == year && r.orgCode().equals(StaffExperience.ENGLAND))
                .map(StaffExperience::value)
                .findFirst();
        double low = orgs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = orgs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        String text = String.format(
                Locale.UK,
                "%d, %d organisation%s: %s of staff %s",
                year,
                orgs.size(),
                orgs.size() == 1 ? "" : "s",
                orgs.size() == 1 ? percent(low) : percent(low) + " to " + percent(high),
                what);
        if (england.isPresent()) {
            double e = england.get();
            long worse =
                    orgs.stream().filter(v -> higherIsWorse ? v > e : v < e).count();
            text += String.format(
                    Locale.UK,
                    ", England %s, %d of the %d %s England's",
                    percent(e),
                    worse,
                    orgs.size(),
                    higherIsWorse ? "above" : "below");
        }
        return Optional.of(text);
    }

    /** A survey percentage (0-100) as "24.0%". */
    private static String percent(double value) {
        return String.format(Locale.UK, "%.1f%%", value);
    }
}
