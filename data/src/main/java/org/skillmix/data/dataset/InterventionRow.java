package org.skillmix.data.dataset;

import java.util.List;
import java.util.Map;
import org.skillmix.core.scenario.InterventionKind;

/**
 * One row of interventions.csv as text, exactly the cells an analyst edits (in the web application or with
 * `skillmix scenario`). Kept as text on purpose: the dataset reader validates it (with file, row and
 * column), so the editors have no second set of rules.
 */
public record InterventionRow(
        String scenarioCode,
        String scenarioName,
        String interventionCode,
        String interventionName,
        String kind,
        String sector,
        String roleCode,
        String orgCode,
        String placeCode,
        String targetSector,
        String targetRole,
        String capabilityCode,
        String startMonth,
        String rampMonths,
        String scale,
        String courseMonths,
        String effectLow,
        String effectMode,
        String effectHigh,
        String costFixedGbp,
        String costPerUnitGbp,
        String source) {

    /** The columns of interventions.csv, in the order the record holds them. */
    public static final List<String> COLUMNS = List.of(
            "scenario_code",
            "scenario_name",
            "intervention_code",
            "intervention_name",
            "kind",
            "sector",
            "role_code",
            "org_code",
            "place_code",
            "target_sector",
            "target_role",
            "capability_code",
            "start_month",
            "ramp_months",
            "scale",
            "course_months",
            "effect_low",
            "effect_mode",
            "effect_high",
            "cost_fixed_gbp",
            "cost_per_unit_gbp",
            "source");

    public InterventionRow {
        scenarioCode = trim(scenarioCode);
        scenarioName = trim(scenarioName);
        interventionCode = trim(interventionCode);
        interventionName = trim(interventionName);
        kind = trim(kind);
        sector = trim(sector);
        roleCode = trim(roleCode);
        orgCode = trim(orgCode);
        placeCode = trim(placeCode);
        targetSector = trim(targetSector);
        targetRole = trim(targetRole);
        capabilityCode = trim(capabilityCode);
        startMonth = trim(startMonth);
        rampMonths = trim(rampMonths);
        scale = trim(scale);
        courseMonths = trim(courseMonths);
        effectLow = trim(effectLow);
        effectMode = trim(effectMode);
        effectHigh = trim(effectHigh);
        costFixedGbp = trim(costFixedGbp);
        costPerUnitGbp = trim(costPerUnitGbp);
        source = source == null ? "" : source.strip();
    }

    public static InterventionRow of(Map<String, String> cells) {
        return new InterventionRow(
                cells.get("scenario_code"),
                cells.get("scenario_name"),
                cells.get("intervention_code"),
                cells.get("intervention_name"),
                cells.get("kind"),
                cells.get("sector"),
                cells.get("role_code"),
                cells.get("org_code"),
                cells.get("place_code"),
                cells.get("target_sector"),
                cells.get("target_role"),
                cells.get("capability_code"),
                cells.get("start_month"),
                cells.get("ramp_months"),
                cells.get("scale"),
                cells.get("course_months"),
                cells.get("effect_low"),
                cells.get("effect_mode"),
                cells.get("effect_high"),
                cells.get("cost_fixed_gbp"),
                cells.get("cost_per_unit_gbp"),
                cells.get("source"));
    }

    public List<String> cells() {
        return List.of(
                scenarioCode,
                scenarioName,
                interventionCode,
                interventionName,
                kind,
                sector,
                roleCode,
                orgCode,
                placeCode,
                targetSector,
                targetRole,
                capabilityCode,
                startMonth,
                rampMonths,
                scale,
                courseMonths,
                effectLow,
                effectMode,
                effectHigh,
                costFixedGbp,
                costPerUnitGbp,
                source);
    }

    /** What a planner reads: the name given, or else the kind in plain words (as the dataset reader names it). */
    public String shownName() {
        if (!interventionName.isEmpty()) return interventionName;
        return InterventionKind.fromCode(kind).map(InterventionKind::label).orElse(kind);
    }

    /** The kind as a planner reads it beside its code: "Flexible working offer (flexible_working)". */
    public String kindShown() {
        return InterventionKind.fromCode(kind)
                .map(k -> k.label() + " (" + kind + ")")
                .orElse(kind);
    }

    /**
     * What cost_per_unit_gbp is paid per, by the kind's cost units: "per FTE covered" for a per-head programme
     * (scale x the FTE in post in scope), "per unit of the level" where the scale counts places, recruits or FTE,
     * blank where the kind has only its fixed cost.
     */
    public String perUnitWords() {
        return InterventionKind.fromCode(kind)
                .map(k -> switch (k.costUnits()) {
                    case STAFF -> "per FTE covered";
                    case SCALE -> "per unit of the level";
                    case NONE -> "";
                })
                .orElse("per unit");
    }

    public boolean is(String scenario, String intervention) {
        return scenarioCode.equals(scenario) && interventionCode.equals(intervention);
    }

    public InterventionRow withScenario(String code, String name) {
        return new InterventionRow(
                code,
                name,
                interventionCode,
                interventionName,
                kind,
                sector,
                roleCode,
                orgCode,
                placeCode,
                targetSector,
                targetRole,
                capabilityCode,
                startMonth,
                rampMonths,
                scale,
                courseMonths,
                effectLow,
                effectMode,
                effectHigh,
                costFixedGbp,
                costPerUnitGbp,
                source);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
