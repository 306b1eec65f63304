package org.skillmix.usecase.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.data.dataset.InterventionRow;
import org.skillmix.usecase.InvalidSetting;

/**
 * Edits of a dataset's scenarios, as rows of its interventions.csv: one set of rules whether the edit comes from
 * `skillmix scenario` or the web's scenario page. An edit returns the new rows; the front end validates the whole
 * dataset with them (the command line in a scratch copy, the web as a new dataset version) before anything is
 * saved. Every edit leaves a scenario's name on its first row only (the reader refuses two different names).
 */
public final class ScenarioEdits {

    /** The edit names an intervention or scenario the file does not have. */
    public static final class NotFound extends InvalidSetting {
        public NotFound(String field, String message) {
            super(field, message);
        }
    }

    /** The edit would give a scenario two interventions of one code. */
    public static final class Conflict extends InvalidSetting {
        public Conflict(String field, String message) {
            super(field, message);
        }
    }

    /**
     * The cells a new intervention has unless given, as the web's editor offers them: the whole system (every
     * sector, role, organisation and place), no ramp, no cost.
     */
    public static final Map<String, String> DEFAULT_CELLS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : List.of("sector", "role_code", "org_code", "place_code")) cells.put(column, "ALL");
        cells.put("ramp_months", "0");
        cells.put("cost_fixed_gbp", "0");
        cells.put("cost_per_unit_gbp", "0");
        return java.util.Collections.unmodifiableMap(cells);
    }

    /**
     * A new row from the columns given, over {@link #DEFAULT_CELLS}.
     *
     * @throws InvalidSetting naming a column interventions.csv does not have, and the columns it has
     */
    public InterventionRow row(Map<String, String> given) {
        for (String column : given.keySet()) {
            if (!InterventionRow.COLUMNS.contains(column)) {
                throw new InvalidSetting(
                        "set",
                        "column " + column + ": interventions.csv has no such column; it has "
                                + String.join(", ", InterventionRow.COLUMNS));
            }
        }
        Map<String, String> cells = new LinkedHashMap<>(DEFAULT_CELLS);
        cells.putAll(given);
        return InterventionRow.of(cells);
    }

    /**
     * Adds an intervention to a scenario (a new scenario if its code is new), after the scenario's last row.
     *
     * @param replace replace the scenario's intervention of the same code, in its place, rather than refuse
     * @throws Conflict when the scenario has the intervention and replace is false
     */
    public List<InterventionRow> add(
            List<InterventionRow> rows, String scenario, InterventionRow row, boolean replace) {
        InterventionRow added = inScenario(scenario, row);
        List<InterventionRow> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).is(added.scenarioCode(), added.interventionCode())) {
                if (!replace) {
                    throw new Conflict(
                            "interventionCode",
                            "scenario " + added.scenarioCode() + " already has intervention " + added.interventionCode()
                                    + "; change it, or remove it first");
                }
                out.set(i, added);
                return named(out, added);
            }
        }
        int last = -1;
        for (int i = 0; i < out.size(); i++) if (out.get(i).scenarioCode().equals(added.scenarioCode())) last = i;
        out.add(last < 0 ? out.size() : last + 1, added);
        return named(out, added);
    }

    /**
     * Replaces an intervention in its place; its code and even its scenario may change.
     *
     * @throws NotFound when the scenario has no such intervention
     * @throws Conflict when the changed code is another intervention's of the scenario
     */
    public List<InterventionRow> replace(
            List<InterventionRow> rows, String scenario, String intervention, InterventionRow row) {
        List<InterventionRow> out = new ArrayList<>(rows);
        int at = indexOf(out, scenario, intervention);
        InterventionRow changed = inScenario(row.scenarioCode().isBlank() ? scenario : row.scenarioCode(), row);
        if (!changed.is(scenario, intervention)
                && out.stream().anyMatch(r -> r.is(changed.scenarioCode(), changed.interventionCode()))) {
            throw new Conflict(
                    "interventionCode",
                    "scenario " + changed.scenarioCode() + " already has intervention " + changed.interventionCode());
        }
        out.set(at, changed);
        return named(out, changed);
    }

    /**
     * Removes one intervention, or the whole scenario when intervention is null.
     *
     * @throws NotFound when there is nothing to remove
     */
    public List<InterventionRow> remove(List<InterventionRow> rows, String scenario, String intervention) {
        List<InterventionRow> out = new ArrayList<>(rows);
        if (intervention == null) {
            if (!out.removeIf(r -> r.scenarioCode().equals(scenario))) {
                throw new NotFound("scenario", "there is no scenario " + scenario + " in interventions.csv");
            }
            return out;
        }
        InterventionRow removed = out.remove(indexOf(out, scenario, intervention));
        // The scenario's name may have been on the removed row: keep it on the scenario's next row.
        return named(out, removed.withScenario(scenario, removed.scenarioName()));
    }

    private static int indexOf(List<InterventionRow> rows, String scenario, String intervention) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).is(scenario, intervention)) return i;
        throw new NotFound(
                "interventionCode",
                "scenario " + scenario + " has no intervention " + intervention + " in interventions.csv");
    }

    private static InterventionRow inScenario(String scenario, InterventionRow row) {
        if (scenario == null || scenario.isBlank())
            throw new InvalidSetting("scenarioCode", "give the scenario's code");
        if (row.interventionCode().isBlank())
            throw new InvalidSetting("interventionCode", "give the intervention's code");
        return row.withScenario(scenario.trim(), row.scenarioName());
    }

    /**
     * The rows with each scenario's name once, on its first row: the edited row's name if it gives one, else the
     * name the scenario had.
     */
    private static List<InterventionRow> named(List<InterventionRow> rows, InterventionRow edited) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!edited.scenarioName().isBlank()) names.put(edited.scenarioCode(), edited.scenarioName());
        for (InterventionRow r : rows)
            if (!r.scenarioName().isBlank()) names.putIfAbsent(r.scenarioCode(), r.scenarioName());
        List<InterventionRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (InterventionRow r : rows) {
            boolean first = seen.add(r.scenarioCode());
            out.add(r.withScenario(r.scenarioCode(), first ? names.getOrDefault(r.scenarioCode(), "") : ""));
        }
        return out;
    }
}
