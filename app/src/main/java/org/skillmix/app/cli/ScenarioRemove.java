package org.skillmix.app.cli;

import java.util.List;
import org.skillmix.data.dataset.InterventionRow;
import picocli.CommandLine.Command;

/** `skillmix scenario remove DATASET --scenario S [--intervention I]`. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Remove one intervention from a scenario, or the whole scenario when no --intervention is given.")
final class ScenarioRemove extends ScenarioEditor {
    @Override
    List<InterventionRow> edit(List<InterventionRow> rows) {
        return ScenarioEditor.EDITS.remove(rows, scenario, intervention);
    }
}
