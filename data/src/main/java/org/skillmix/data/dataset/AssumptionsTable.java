package org.skillmix.data.dataset;

import static org.skillmix.core.system.Assumption.Parameters.AGENCY_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.BANK_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.LABOUR_POOL_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.MAX_GROWTH_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.POPULATION_ERROR_PER_YEAR;
import static org.skillmix.core.system.Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.TREND_LABOUR_POOL_ANNUAL;

import java.util.List;
import java.util.Map;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;

final class AssumptionsTable implements TableParser<Assumption> {

    /**
     * A population projection wrong by more than 5 % a year would be out by half after ten years: far
     * beyond the published accuracy of sub-national projections, so such a value is a unit slip.
     */
    private static final Range POPULATION_ERROR = new Range(
            -0.05, true, 0.05, "must be a share per year between -0.05 and 0.05 (write 0.004 for 0.4 % a year)");

    /** The parameters the engine reads, with the values each allows. */
    static final Map<String, Range> PARAMETERS = Map.of(
            LABOUR_POOL_ANNUAL, Range.NON_NEGATIVE,
            BANK_COST_FACTOR, Range.POSITIVE,
            AGENCY_COST_FACTOR, Range.POSITIVE,
            ESTABLISHMENT_GROWTH, Range.POSITIVE,
            TREND_ESTABLISHMENT_GROWTH, Range.POSITIVE,
            TREND_LABOUR_POOL_ANNUAL, Range.NON_NEGATIVE,
            POPULATION_ERROR_PER_YEAR, POPULATION_ERROR,
            // A role doubling in a year is no plan: growth limits for workforce design stay within 0-100% a year.
            MAX_GROWTH_ANNUAL, new Range(0, true, 1, "must be a yearly growth share between 0 and 1 (0.05 for 5%)"));

    public DatasetTable table() {
        return DatasetTable.ASSUMPTIONS;
    }

    public List<String> key() {
        return List.of("parameter", "scope");
    }

    public Assumption parse(DataRow row, KnownCodes known) {
        String parameter = row.text("parameter");
        Range range = PARAMETERS.get(parameter);
        if (range == null && !parameter.isEmpty()) {
            row.warning(
                    "parameter",
                    DataRow.quote(parameter) + " is not a parameter Skillmix uses ("
                            + String.join(
                                    ", ", PARAMETERS.keySet().stream().sorted().toList())
                            + "); it is kept but has no effect");
        }
        String scope = scope(row, parameter, known);
        Interval value = row.interval("value", range == null ? Range.ANY : range, null);
        Assumption assumption = new Assumption(
                parameter, scope, value, row.optionalText("unit", ""), row.optionalText(DatasetTable.SOURCE, ""));
        return row.ok() ? assumption : null;
    }

    /**
     * ALL or a role code for every parameter; establishment growth (funded or trend) may also name a sector or an
     * organisation (a trust's own growth, drawn on its own); the population error is the whole population's (ALL
     * only).
     */
    private static String scope(DataRow row, String parameter, KnownCodes known) {
        String scope = row.code("scope");
        if (scope.isEmpty() || scope.equals(DataRow.ALL) || !PARAMETERS.containsKey(parameter)) return scope;
        if (parameter.equals(POPULATION_ERROR_PER_YEAR)) {
            row.error(
                    "scope",
                    DataRow.quote(scope) + " is not ALL; " + POPULATION_ERROR_PER_YEAR
                            + " is the error of the whole population projection, so its scope is ALL");
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
