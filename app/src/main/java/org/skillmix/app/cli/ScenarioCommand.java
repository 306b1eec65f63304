package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `skillmix scenario list|add|remove DATASET ...`: scenarios edited from the command line. An edit
 * rewrites the dataset folder's interventions.csv only after the whole dataset, edit included, has been
 * validated; otherwise every problem is printed and nothing changes.
 */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        description = "List, add or remove a scenario's interventions in a dataset folder (interventions.csv).",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioAdd.class, ScenarioRemove.class})
final class ScenarioCommand extends Subcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every scenario and its interventions.")
    static final class ListScenarios extends Subcommand {
        @Parameters(index = "0", paramLabel = "DATASET")
        Path dataset;

        @Override
        public Integer call() {
            return readDataset(dataset)
                    .map(read -> {
                        var scenarios = read.model().scenarios();
                        if (scenarios.isEmpty())
                            out().println("no scenarios: the dataset has no interventions.csv rows");
                        for (Scenario s : scenarios) {
                            out().printf(
                                            "%s  %s (%d intervention%s)%n",
                                            s.code(),
                                            s.name(),
                                            s.interventions().size(),
                                            s.interventions().size() == 1 ? "" : "s");
                            for (Intervention i : s.interventions()) {
                                out().printf(
                                                "    %-16s %-22s from %s, ramp %d months, scale %s, effect %s/%s/%s: %s%n",
                                                i.code(),
                                                i.kind().code(),
                                                i.start(),
                                                i.rampMonths(),
                                                i.scale(),
                                                i.effect().low(),
                                                i.effect().mode(),
                                                i.effect().high(),
                                                i.shownName());
                            }
                        }
                        return 0;
                    })
                    .orElse(INVALID);
        }
    }
}
