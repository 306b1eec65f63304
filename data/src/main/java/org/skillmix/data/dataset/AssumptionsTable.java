package org.skillmix.data.dataset;

import static org.skillmix.core.system.Assumption.Parameters.DEPRIVATION_ELASTICITY_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.POPULATION_ERROR_PER_YEAR;
import static org.skillmix.core.system.Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.TREND_GROWTH_SECTOR;
import static org.skillmix.core.system.Assumption.Parameters.WORKLOAD_NORM_FACTOR;

import java.util.List;
import java.util.Map;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;

final class AssumptionsTable implements TableParser<Assumption> {

    /** The parameters the engine reads, with the values each allows. */
    static final Map<String, Bound> PARAMETERS = Bounds.ASSUMPTIONS;

    public DatasetTable table() {
        return DatasetTable.ASSUMPTIONS;
    }

    public List<String> key() {
        return List.of("parameter", "scope");
    }

    public Assumption parse(DataRow row, KnownCodes known) {
        String parameter = row.text("parameter");
        Bound bound = PARAMETERS.get(parameter);
        if (bound == null && !parameter.isEmpty()) {
            // An unknown name is most often a misspelt one: reading on would quietly use the default instead.
            row.error(
                    "parameter",
                    DataRow.quote(parameter) + " is not a parameter Skillmix uses; use one of "
                            + String.join(
                                    ", ", PARAMETERS.keySet().stream().sorted().toList()));
        }
        String scope = scope(row, parameter, known);
        Interval value = row.interval("value", bound == null ? Bounds.ASSUMPTION : bound, null);
        if (parameter.equals(WORKLOAD_NORM_FACTOR) && value != null && value.mode() != 1) {
            // The hours in capability_hours.csv are the norm's most likely value; a mode elsewhere would move every
            // deterministic figure while explain and the base-gap decomposition still showed the hours as given.
            row.error(
                    "value_mode",
                    "is " + value.mode() + "; " + WORKLOAD_NORM_FACTOR + " is a ratio around the hours in"
                            + " capability_hours.csv, so its mode is 1 (change the hours there to move the norm)");
        }
        if (parameter.equals(DEPRIVATION_ELASTICITY_FACTOR) && value != null && value.mode() != 1) {
            row.error(
                    "value_mode",
                    "is " + value.mode() + "; " + DEPRIVATION_ELASTICITY_FACTOR + " is a ratio around services.csv's"
                            + " deprivation_elasticity, so its mode is 1 (change the elasticity there to move it)");
        }
        Assumption assumption = new Assumption(
                parameter, scope, value, row.optionalText("unit", ""), row.optionalText(DatasetTable.SOURCE, ""));
        return row.ok() ? assumption : null;
    }

    /**
     * ALL or a role code for every parameter; establishment growth (funded or trend) may also name a sector or an
     * organisation (a trust's own growth, centred on its system's trusts); the population error is the whole population's (ALL
     * only); a workload norm and a deprivation-elasticity factor are a service's (ALL or a service code).
     */
    private static String scope(DataRow row, String parameter, KnownCodes known) {
        String scope = row.code("scope");
        if (parameter.equals(TREND_GROWTH_SECTOR)) {
            if (!Sector.fromCode(scope).map(s -> s.code().equals(scope)).orElse(false))
                row.error(
                        "scope",
                        DataRow.quote(scope) + " is not a sector; " + TREND_GROWTH_SECTOR
                                + " is the growth of one sector's trusts (acute, mental_health, community, ambulance)");
            return scope;
        }
        if (scope.isEmpty() || scope.equals(DataRow.ALL) || !PARAMETERS.containsKey(parameter)) return scope;
        if (parameter.equals(POPULATION_ERROR_PER_YEAR)) {
            row.error(
                    "scope",
                    DataRow.quote(scope) + " is not ALL; " + POPULATION_ERROR_PER_YEAR
                            + " is the error of the whole population projection, so its scope is ALL");
            return scope;
        }
        if (parameter.equals(WORKLOAD_NORM_FACTOR) || parameter.equals(DEPRIVATION_ELASTICITY_FACTOR)) {
            Map<String, Integer> services = known.of(DatasetTable.SERVICES);
            if (services != null && !services.containsKey(scope))
                row.error(
                        "scope",
                        DataRow.quote(scope) + " is not ALL or a service in " + known.nameOf(DatasetTable.SERVICES)
                                + "; " + parameter + " is a service's");
            return scope;
        }
        boolean sectorAllowed = parameter.equals(ESTABLISHMENT_GROWTH) || parameter.equals(TREND_ESTABLISHMENT_GROWTH);
        if (sectorAllowed
                && Sector.fromCode(scope).map(s -> s.code().equals(scope)).orElse(false)) return scope;
        Map<String, Integer> organisations = known.of(DatasetTable.ORGANISATIONS);
        if (sectorAllowed && organisations != null && organisations.containsKey(scope)) return scope;
        Map<String, Integer> roles = known.of(DatasetTable.ROLES);
        if (roles != null && !roles.containsKey(scope)) {
            row.error(
                    "scope",
                    DataRow.quote(scope) + " is not ALL" + (sectorAllowed ? ", a sector, an organisation" : "")
                            + " or a role in " + known.nameOf(DatasetTable.ROLES));
        }
        return scope;
    }
}
