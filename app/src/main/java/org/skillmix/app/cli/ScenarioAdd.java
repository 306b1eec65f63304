package org.skillmix.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.data.dataset.InterventionRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `skillmix scenario add DATASET --scenario S --intervention I --kind K [--set COLUMN=VALUE ...]`. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description =
                "Add an intervention to a scenario (creating the scenario if new). Columns are those of interventions.csv (docs/dataset.md).")
final class ScenarioAdd extends ScenarioEditor {
    @Option(names = "--name", description = "the scenario's name (for a new scenario)")
    String name;

    @Option(
            names = "--intervention-name",
            description = "the intervention's name, as a board member reads it (default: its kind in plain words)")
    String interventionName;

    @Option(names = "--kind", required = true, description = "the intervention kind (docs/interventions.md)")
    String kind;

    @Option(
            names = "--set",
            paramLabel = "COLUMN=VALUE",
            description = "any other column of interventions.csv, e.g. --set start_month=2026-04 --set effect_mode=0.9")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(
            names = "--replace",
            description = "replace the intervention if the scenario already has one with this code")
    boolean replace;

    @Override
    List<InterventionRow> edit(List<InterventionRow> rows) {
        Map<String, String> cells = new LinkedHashMap<>(set);
        boolean known = rows.stream().anyMatch(r -> r.scenarioCode().equals(scenario));
        // A new scenario is named by its code unless --name gives a name.
        cells.put("scenario_name", name != null ? name : known ? "" : scenario);
        cells.put("scenario_code", scenario);
        cells.put("intervention_code", intervention);
        cells.put("kind", kind);
        if (interventionName != null) cells.put("intervention_name", interventionName);
        return ScenarioEditor.EDITS.add(rows, scenario, ScenarioEditor.EDITS.row(cells), replace);
    }
}
