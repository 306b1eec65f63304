package org.skillmix.core.scenario;

import java.time.YearMonth;
import org.skillmix.core.uncertainty.Interval;

/**
 * One intervention of a scenario: what it does ({@link InterventionKind}), to whom (scope), when (start
 * month, then a linear ramp-up), how much (scale), with what uncertain effect and at what cost.
 *
 * @param scope         the workforce lines it acts on (sector, role, organisation, home place; ALL = any)
 * @param targetSector  rotations: the other side's sector; ALL otherwise
 * @param targetRole    rotations: the other side's role; new role / homecare: the role of the new posts
 * @param capability    upskilling: the capability gained or widened
 * @param start         first month it acts
 * @param rampMonths    months to full effect (effect share (t - start + 1) / ramp, capped at 1); 0 = at once
 * @param scale         how much, in the kind's unit
 * @param courseMonths  training places: course length in months (0 otherwise)
 * @param effect        the uncertain effect, in the kind's unit, sampled once per draw
 * @param costFixedGbp  GBP a year from the start month
 * @param costPerUnitGbp GBP a year per cost unit (the kind's {@link InterventionKind.CostUnits}), ramped
 * @param name          the name a board member reads, as the dataset gives it; blank (or null) when it gives none
 *                      ({@link #shownName()} then names it by its kind)
 */
public record Intervention(
        String code,
        InterventionKind kind,
        Scope scope,
        String targetSector,
        String targetRole,
        String capability,
        YearMonth start,
        int rampMonths,
        double scale,
        int courseMonths,
        Interval effect,
        double costFixedGbp,
        double costPerUnitGbp,
        String source,
        String name) {

    public static final String ALL = "ALL";
    /**
     * How the source of an option the importer wrote begins (docs/interventions.md, "Starter options"): sized from
     * national defaults, not costed by the partners, which a board must be told.
     */
    public static final String STARTER_SOURCE = "Starter option written by skillmix import";

    /** True for an option the importer wrote rather than one the partners gave. */
    public boolean starterOption() {
        return source.startsWith(STARTER_SOURCE);
    }

    /** The lines an intervention acts on: each code, or ALL for any. Place is the organisation's home place. */
    public record Scope(String sector, String role, String organisation, String place) {
        public static final Scope EVERYONE = new Scope(ALL, ALL, ALL, ALL);

        public static Scope role(String role) {
            return new Scope(ALL, role, ALL, ALL);
        }
    }

    public Intervention {
        if (rampMonths < 0) throw new IllegalArgumentException("ramp_months must be >= 0");
        if (courseMonths < 0) throw new IllegalArgumentException("course_months must be >= 0");
        if (scale < 0) throw new IllegalArgumentException("scale must be >= 0");
        targetSector = targetSector == null || targetSector.isBlank() ? ALL : targetSector;
        targetRole = targetRole == null || targetRole.isBlank() ? ALL : targetRole;
        capability = capability == null || capability.isBlank() ? ALL : capability;
        source = source == null ? "" : source;
        name = name == null ? "" : name.strip();
    }

    /** What a planner reads: the dataset's name for it, or else its kind in plain words. */
    public String shownName() {
        return name.isEmpty() ? kind.label() : name;
    }

    /** "Flexible working offer (flex-work)": the name a board member reads, with the code the files use. */
    public String nameAndCode() {
        return shownName() + " (" + code + ")";
    }

    /** The same intervention at another scale (the optimiser's "how much"). */
    public Intervention withScale(double newScale) {
        return new Intervention(
                code,
                kind,
                scope,
                targetSector,
                targetRole,
                capability,
                start,
                rampMonths,
                newScale,
                courseMonths,
                effect,
                costFixedGbp,
                costPerUnitGbp,
                source,
                name);
    }

    /** The same intervention with its effect fixed at a value (for hand-worked checks). */
    public Intervention withEffect(Interval newEffect) {
        return new Intervention(
                code,
                kind,
                scope,
                targetSector,
                targetRole,
                capability,
                start,
                rampMonths,
                scale,
                courseMonths,
                newEffect,
                costFixedGbp,
                costPerUnitGbp,
                source,
                name);
    }

    /** Share of full effect in month index t, when the intervention starts in month index startIndex. */
    public double ramp(int t, int startIndex) {
        if (t < startIndex) return 0;
        if (rampMonths == 0) return 1;
        return Math.min(1.0, (t - startIndex + 1) / (double) rampMonths);
    }
}
