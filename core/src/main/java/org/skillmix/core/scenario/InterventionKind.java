package org.skillmix.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of intervention, with what their scale measures and what their uncertain effect is. The
 * effect code of every kind is in {@code org.skillmix.core.intervention.InterventionEffects#apply}; docs/interventions.md gives the
 * evidence for the defaults.
 */
public enum InterventionKind {
    /** scale: % pay uplift; effect: relative fall in the leaver rate (and rise in the fill rate) per 1% of pay. */
    PAY_UPLIFT(CostUnits.SCALE, "Pay uplift"),
    /** scale: GBP per FTE per year; effect: relative fall in the leaver rate per GBP 1,000 of premium. */
    RETENTION_PREMIUM(CostUnits.SCALE, "Retention premium"),
    /** scale: share of staff in scope covered (0-1); effect: relative fall in leaver and sickness rates at full cover. */
    WELLBEING(CostUnits.STAFF, "Wellbeing programme"),
    /** scale: share of staff in scope offered it (0-1); effect: relative fall in the leaver rate at full cover. */
    FLEXIBLE_WORKING(CostUnits.STAFF, "Flexible working"),
    /** scale: share of the scope's vacancies recruited jointly (0-1); effect: relative rise in the fill rate at full cover. */
    JOINT_RECRUITMENT(CostUnits.STAFF, "Joint recruitment"),
    /** scale: recruits a year from abroad, beyond the local labour pool; effect: share who arrive and take up post. */
    INTERNATIONAL_RECRUITMENT(CostUnits.SCALE, "International recruitment"),
    /** scale: extra training places started a year (course_months long); effect: completion x local retention. */
    TRAINING_PLACES(CostUnits.SCALE, "Extra training places"),
    /** scale: the role's new max share of the target capability; effect: share of the scope's staff trained. */
    UPSKILLING(CostUnits.STAFF, "Upskilling"),
    /** scale: FTE of posts of the target role created in the scope's organisations; effect: annual fill rate of the posts. */
    NEW_ROLE(CostUnits.SCALE, "New role posts"),
    /** scale: FTE rotating each way between scope and target; effect: relative fall in both sides' leaver rates. */
    ROTATION(CostUnits.SCALE, "Staff rotation"),
    /** scale: the bank's pay cap as a factor of substantive cost; effect: share of agency FTE moving to the bank. */
    SYSTEM_BANK(CostUnits.NONE, "System-wide staff bank"),
    /** scale: FTE of homecare posts (target role) an NHS trust creates; effect: annual fill rate of the posts. */
    HOMECARE_EXPANSION(CostUnits.SCALE, "Homecare expansion");

    /** What cost_per_unit_gbp is multiplied by each year. */
    public enum CostUnits {
        /** the scale (places, recruits, FTE, %, GBP per FTE) */
        SCALE,
        /** scale x the baseline FTE in post in scope (a per-head programme) */
        STAFF,
        /** nothing: only the fixed cost (the bank's running cost; its pay effect is in the pay bill) */
        NONE
    }

    private final CostUnits costUnits;
    private final String label;

    InterventionKind(CostUnits costUnits, String label) {
        this.costUnits = costUnits;
        this.label = label;
    }

    /** The kind in plain words, for a board member: what an intervention is called when it has no name. */
    public String label() {
        return label;
    }

    public CostUnits costUnits() {
        return costUnits;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InterventionKind> fromCode(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.code().equals(wanted)).findFirst();
    }
}
