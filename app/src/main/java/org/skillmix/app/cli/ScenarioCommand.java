package org.skillmix.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.data.dataset.InterventionRow;
import org.skillmix.data.dataset.InterventionsCsv;
import org.skillmix.usecase.scenario.ScenarioEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Add.class, ScenarioCommand.Remove.class})
final class ScenarioCommand extends Subcommand {
    private static final ScenarioEdits EDITS = new ScenarioEdits();

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
                                                "    %-16s %-22s from %s, ramp %d months, scale %s, effect %s/%s/%s%n",
                                                i.code(),
                                                i.kind().code(),
                                                i.start(),
                                                i.rampMonths(),
                                                i.scale(),
                                                i.effect().low(),
                                                i.effect().mode(),
                                                i.effect().high());
                            }
                        }
                        return 0;
                    })
                    .orElse(INVALID);
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Add an intervention to a scenario (creating the scenario if new). Columns are those of interventions.csv (docs/dataset.md).")
    static final class Add extends Editor {
        @Option(names = "--name", description = "the scenario's name (for a new scenario)")
        String name;

        @Option(names = "--kind", required = true, description = "the intervention kind (docs/interventions.md)")
        String kind;

        @Option(
                names = "--set",
                paramLabel = "COLUMN=VALUE",
                description =
                        "any other column of interventions.csv, e.g. --set start_month=2026-04 --set effect_mode=0.9")
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
            return EDITS.add(rows, scenario, EDITS.row(cells), replace);
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description =
                    "Remove one intervention from a scenario, or the whole scenario when no --intervention is given.")
    static final class Remove extends Editor {
        @Override
        List<InterventionRow> edit(List<InterventionRow> rows) {
            return EDITS.remove(rows, scenario, intervention);
        }
    }

    /** An edit of interventions.csv, validated with the whole dataset in a scratch copy before it is written. */
    abstract static class Editor extends Subcommand {
        @Parameters(index = "0", paramLabel = "DATASET", description = "a dataset folder (edit a workbook in Excel)")
        Path dataset;

        @Option(names = "--scenario", required = true, paramLabel = "CODE")
        String scenario;

        @Option(names = "--intervention", paramLabel = "CODE")
        String intervention;

        abstract List<InterventionRow> edit(List<InterventionRow> rows);

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dataset)) {
                err().println(dataset
                        + " is not a dataset folder; scenarios in a zip or workbook are edited in the file itself");
                return USAGE;
            }
            if (this instanceof Add && intervention == null) {
                err().println("add needs --intervention CODE");
                return USAGE;
            }
            Path file = dataset.resolve(InterventionsCsv.FILE);
            List<InterventionRow> rows =
                    Files.exists(file) ? InterventionsCsv.read(Files.readAllBytes(file)) : List.of();
            List<InterventionRow> edited = edit(rows);
            byte[] content = InterventionsCsv.write(edited);

            Path scratch = Files.createTempDirectory("skillmix-scenario-");
            try {
                try (Stream<Path> files = Files.list(dataset)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(f))
                            Files.copy(f, scratch.resolve(f.getFileName().toString()));
                    }
                }
                Files.write(scratch.resolve(InterventionsCsv.FILE), content);
                if (readDataset(scratch).isEmpty()) {
                    err().println("the edit was not saved; " + file + " is unchanged");
                    return INVALID;
                }
            } finally {
                try (Stream<Path> walk = Files.walk(scratch)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            // Write beside the file, then move over it, so a crash never leaves half a file.
            Path next = dataset.resolve(InterventionsCsv.FILE + ".new");
            Files.write(next, content);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out().printf("Saved %s: %d intervention row%s.%n", file, edited.size(), edited.size() == 1 ? "" : "s");
            return 0;
        }
    }
}
