package org.skillmix.data.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the fuzz test knows of one file, from the documentation alone: the bound of each number or month cell
 * (which may depend on the row: an intervention's kind, a metric), which cells are codes or words from a
 * list (so garbage there is invalid), which columns are required, and whether the file itself is.
 *
 * @param name          the file name
 * @param bound         the documented interval of a cell given its row, or null when the cell is not bounded
 * @param coded         how a cell given its row is checked as a code: garbage there must be refused
 * @param required      columns the header must have
 * @param requiredFile  whether the dataset must have the file
 */
record FileRules(
        String name,
        BiFunction<Map<String, String>, String, DocumentedRules.Interval> bound,
        BiFunction<Map<String, String>, String, Coded> coded,
        Set<String> required,
        boolean requiredFile) {

    /** How a cell is checked as a code. */
    enum Coded {
        /** Free text (a name, a source): anything goes. */
        NO,
        /** A code the row defines: garbage that is not a code (a space, an emoji, ALL) must be refused. */
        DEFINES,
        /** A reference, a word from a list, an age band, a month or a date: any garbage must be refused. */
        REFERS
    }

    /** The dataset tables whose bound depends on another cell of the row, and that cell. */
    private static final Map<String, String> CONTEXT =
            Map.of("interventions", "kind", "assumptions", "parameter", "metrics", "metric", "discharge", "parameter");

    /** Code and word columns of each table (docs/dataset.md: "Codes", "Words", each table's columns). */
    private static final Map<String, List<String>> DEFINES = Map.of(
            "places", List.of("place_code"),
            "organisations", List.of("org_code"),
            "capabilities", List.of("capability_code"),
            "roles", List.of("role_code"),
            "services", List.of("service_code"),
            "interventions", List.of("scenario_code", "intervention_code"));

    private static final Map<String, List<String>> REFERS = new HashMap<>();

    static {
        REFERS.put("manifest", List.of("key"));
        REFERS.put("places", List.of("type"));
        REFERS.put("organisations", List.of("sector", "place_code"));
        REFERS.put("catchments", List.of("org_code", "place_code"));
        REFERS.put("role_capabilities", List.of("role_code", "capability_code"));
        REFERS.put("services", List.of("sector", "criticality"));
        REFERS.put("population", List.of("place_code", "sex", "age_band"));
        REFERS.put("deprivation", List.of("place_code"));
        REFERS.put("utilisation", List.of("service_code", "age_band", "sex"));
        REFERS.put("capability_hours", List.of("service_code", "capability_code"));
        REFERS.put("seasonality", List.of("service_code", "place_code"));
        REFERS.put("workforce", List.of("org_code", "role_code", "sickness_rate_basis", "leaver_rate_basis"));
        REFERS.put("flows", List.of("from_sector", "from_role", "to_sector", "to_role"));
        REFERS.put("pipeline", List.of("role_code", "place_code"));
        REFERS.put("assumptions", List.of("parameter", "scope"));
        REFERS.put(
                "interventions",
                List.of(
                        "kind",
                        "sector",
                        "role_code",
                        "org_code",
                        "place_code",
                        "target_sector",
                        "target_role",
                        "capability_code",
                        "start_month"));
        REFERS.put("metrics", List.of("metric", "org_code", "month"));
        REFERS.put("discharge", List.of("parameter", "scope"));
        REFERS.put("reserved_capabilities", List.of("capability_code", "licensed_role_code"));
        REFERS.put("supervision", List.of("role_code", "supervisor_role_code"));
    }

    /** Manifest keys whose value is checked (the name and description are free text). */
    private static final Set<String> CHECKED_KEYS =
            Set.of("format_version", "icb_ods_code", "icb_ons_code", "base_month", "reference_imd_score");

    /** A dataset table's rules, from the document. */
    static FileRules table(String table, DocumentedRules docs) {
        String context = CONTEXT.get(table);
        if (table.equals("manifest")) {
            return new FileRules(
                    table + ".csv",
                    (row, column) -> column.equals("value") ? docs.bound("manifest", row.get("key"), null) : null,
                    (row, column) ->
                            column.equals("key") || (column.equals("value") && CHECKED_KEYS.contains(row.get("key")))
                                    ? Coded.REFERS
                                    : Coded.NO,
                    Set.of("key", "value"),
                    true);
        }
        return new FileRules(
                table + ".csv",
                (row, column) -> docs.bound(table, column, context == null ? null : row.get(context)),
                (row, column) -> DEFINES.getOrDefault(table, List.of()).contains(column)
                        ? Coded.DEFINES
                        : REFERS.getOrDefault(table, List.of()).contains(column) ? Coded.REFERS : Coded.NO,
                docs.requiredColumns.getOrDefault(table, Set.of()),
                docs.requiredTables.contains(table));
    }

    /** A side file's rules: its bounds and code columns as its own documentation states them. */
    static FileRules side(
            String name,
            BiFunction<Map<String, String>, String, DocumentedRules.Interval> bound,
            Set<String> ids,
            Set<String> refers,
            Set<String> required) {
        return new FileRules(
                name,
                bound,
                (row, column) ->
                        ids.contains(column) ? Coded.DEFINES : refers.contains(column) ? Coded.REFERS : Coded.NO,
                required,
                true);
    }
}
