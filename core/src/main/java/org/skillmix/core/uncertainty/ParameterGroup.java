package org.skillmix.core.uncertainty;

/**
 * The assumption a sampled parameter belongs to, as a planner names it: the unit in which the spread of
 * the results is attributed to its causes (first-order sensitivity indices, {@link FirstOrderIndices}). A
 * parameter the engine registers but does not use (an assumption row no rule reads) has no group.
 */
public enum ParameterGroup {
    POPULATION("population", "Population projection error"),
    SERVICE_GROWTH("service_growth", "Non-demographic growth of activity"),
    UNMET_NEED("unmet_need", "Unmet need uplift"),
    WORKLOAD_NORMS("workload_norms", "Workload norms (staff hours per unit of activity)"),
    DEPRIVATION("deprivation", "Deprivation elasticity of demand (how need splits between places)"),
    LEAVER_RATE("leaver_rate", "Leaver rates"),
    FILL_RATE("fill_rate", "Fill rates (recruits to vacancies)"),
    FLOWS("flows", "Moves between sectors and roles"),
    PIPELINE("pipeline", "Training pipeline completion and local retention"),
    LABOUR_POOL("labour_pool", "Labour pool caps on recruits"),
    ESTABLISHMENT_GROWTH("establishment_growth", "Establishment growth"),
    COST_FACTORS("cost_factors", "Bank and agency cost factors"),
    STAFF_EXPERIENCE("staff_experience", "Pressure and staff experience on leaving and sickness");

    private final String code;
    private final String label;

    ParameterGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The group's code in sensitivity.csv. */
    public String code() {
        return code;
    }

    /** The group's name for a reader. */
    public String label() {
        return label;
    }
}
