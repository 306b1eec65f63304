package org.skillmix.data.dataset;

import static org.skillmix.core.system.Assumption.Parameters.AGENCY_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.BANK_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.LABOUR_POOL_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.MAX_GROWTH_ANNUAL;

import java.util.List;
import java.util.Map;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;

final class AssumptionsTable implements TableParser<Assumption> {

    /** The parameters the engine reads, with the values each allows. */
    static final Map<String, Range> PARAMETERS = Map.of(
            LABOUR_POOL_ANNUAL, Range.NON_NEGATIVE,
            BANK_COST_FACTOR, Range.POSITIVE,
            AGENCY_COST_FACTOR, Range.POSITIVE,
            ESTABLISHMENT_GROWTH, Range.POSITIVE,
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

    /** ALL or a role code for every parameter; establishment_growth may also name a sector. */
    private static String scope(DataRow row, String parameter, KnownCodes known) {
        String scope = row.code("scope");
        if (scope.isEmpty() || scope.equals(DataRow.ALL) || !PARAMETERS.containsKey(parameter)) return scope;
        boolean sectorAllowed = parameter.equals(ESTABLISHMENT_GROWTH);
        if (sectorAllowed
                && Sector.fromCode(scope).map(s -> s.code().equals(scope)).orElse(false)) return scope;
        Map<String, Integer> roles = known.of(DatasetTable.ROLES);
        if (roles != null && !roles.containsKey(scope)) {
            row.error(
                    "scope",
                    DataRow.quote(scope) + " is not ALL" + (sectorAllowed ? ", a sector" : "") + " or a role in "
                            + known.nameOf(DatasetTable.ROLES));
        }
        return scope;
    }
}
