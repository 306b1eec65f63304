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
        /** Annual growth of establishment (funded posts) (scope ALL, a sector code or a role code). */
        public static final String ESTABLISHMENT_GROWTH = "establishment_growth";

        /**
         * The fastest a role's effective FTE can grow a year when neither a labour pool nor a training pipeline
         * limits it (scope ALL or a role code); the workforce design reads its mode.
         */
        public static final String MAX_GROWTH_ANNUAL = "max_growth_annual";

        private Parameters() {}
    }
}
