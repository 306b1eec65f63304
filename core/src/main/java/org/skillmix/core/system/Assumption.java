package org.skillmix.core.system;

import org.skillmix.core.uncertainty.Interval;

/**
 * A named system-wide parameter with its uncertainty and source. scope is "ALL" or a code the
 * parameter applies to (a role code for labour_pool_annual, say). The parameters the engine reads are
 * listed in {@link Parameters}.
 */
public record Assumption(String parameter, String scope, Interval value, String unit, String source) {

    /** The parameter names the engine understands. */
    public static final class Parameters {
        /** External recruits available a year for a role across the system (scope = role code). */
        public static final String LABOUR_POOL_ANNUAL = "labour_pool_annual";
        /** Cost of a bank FTE relative to a substantive FTE of the same role. */
        public static final String BANK_COST_FACTOR = "bank_cost_factor";
        /** Cost of an agency FTE relative to a substantive FTE of the same role. */
        public static final String AGENCY_COST_FACTOR = "agency_cost_factor";
        /** Annual growth of establishment (funded posts) (scope ALL, a sector, a role or an organisation code). */
        public static final String ESTABLISHMENT_GROWTH = "establishment_growth";
        /**
         * Error of the population projection, as a share per year ahead (scope ALL, mode 0): each draw
         * multiplies every projected population figure by 1 + e * (financial years after the base year).
         */
        public static final String POPULATION_ERROR_PER_YEAR = "population_error_per_year";
        /**
         * How far a service's hours per unit of activity (capability_hours.csv, set from a published norm) may be
         * from the truth, as a ratio (scope a service code or ALL; mode 1): each draw multiplies the service's
         * demand by its value. docs/method.md "What is sampled".
         */
        public static final String WORKLOAD_NORM_FACTOR = "workload_norm_factor";
        /**
         * How far a service's deprivation elasticity (services.csv) may be off, as a ratio (scope a service code or
         * ALL; mode 1): each draw multiplies the elasticity by its value and holds the service's base-year total,
         * so need moves between places. docs/method.md "What is sampled".
         */
        public static final String DEPRIVATION_ELASTICITY_FACTOR = "deprivation_elasticity_factor";
        /**
         * The current-trends baseline's annual growth of establishment, from the published history (scope
         * ALL, a sector, a role or an organisation code; it replaces establishment_growth in that baseline).
         */
        public static final String TREND_ESTABLISHMENT_GROWTH = "trend_establishment_growth";
        /**
         * The current-trends baseline's growth common to the system's trusts, a factor a year around 1 (scope ALL):
         * how an ICB's trusts together grew unlike England's over the published history. Each draw multiplies every
         * organisation-scoped trend growth by it, after centring the trusts' own draws on the system (docs/method.md
         * "Baselines").
         */
        public static final String TREND_GROWTH_COMMON = "trend_growth_common";
        /**
         * The current-trends baseline's growth of one trust sector's part of the system, a factor a year around 1
         * (scope a sector): how an ICB's trusts of a sector together grew unlike England's sector beyond what the
         * system's common part and the trusts' own draws give (services carved out between sectors, a sector's local
         * commissioning). Each draw multiplies the organisation-scoped trend growth of the sector's trusts by it
         * (docs/method.md "Baselines").
         */
        public static final String TREND_GROWTH_SECTOR = "trend_growth_sector";
        /**
         * The current-trends baseline's external recruits a year for a role across the system, from the
         * published history (scope a role code or ALL; it replaces labour_pool_annual in that baseline).
         */
        public static final String TREND_LABOUR_POOL_ANNUAL = "trend_labour_pool_annual";

        /**
         * The fastest a role's effective FTE can grow a year when neither a labour pool nor a training pipeline
         * limits it (scope ALL or a role code); the workforce design reads its mode.
         */
        public static final String MAX_GROWTH_ANNUAL = "max_growth_annual";

        /**
         * Relative rise of the leaver rate per unit of sustained pressure: the gap as a share of demand over the
         * last {@code 12} months in the places and sectors a line serves (scope ALL). docs/method.md "Staff
         * experience".
         */
        public static final String LEAVER_PRESSURE_ELASTICITY = "leaver_pressure_elasticity";
        /** Relative rise of sickness absence per unit of sustained pressure (scope ALL). */
        public static final String SICKNESS_PRESSURE_ELASTICITY = "sickness_pressure_elasticity";
        /**
         * Relative rise of the leaver rate per percentage point of an organisation's burnout rate (staff survey)
         * above England's (scope ALL).
         */
        public static final String LEAVER_BURNOUT_ELASTICITY = "leaver_burnout_elasticity";
        /** Relative rise of sickness per percentage point of work-related stress above England's (scope ALL). */
        public static final String SICKNESS_STRESS_ELASTICITY = "sickness_stress_elasticity";

        private Parameters() {}
    }
}
