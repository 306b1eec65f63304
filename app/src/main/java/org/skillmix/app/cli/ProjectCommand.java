package org.skillmix.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.ReadResult;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.ProjectionCsvWriter;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix project DATASET --out DIR`: projection.csv, report.html, run.json, base_gap.csv, inequalities.csv,
 * sensitivity.csv.
 */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = "Project demand, supply and gaps month by month and write projection.csv, report.html, run.json,"
                + " base_gap.csv, inequalities.csv and (with draws) sensitivity.csv.")
final class ProjectCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write the results to (created if missing)")
    Path out;

    @Option(
            names = "--years",
            defaultValue = "10",
            description = "financial years to project (default: ${DEFAULT-VALUE})")
    int years;

    @Option(
            names = "--draws",
            defaultValue = "1000",
            description =
                    "Monte Carlo draws; 0 for one deterministic run at every parameter's mode (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(
            names = "--seed",
            defaultValue = "20260401",
            description = "random seed; the same seed gives the same numbers (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--threads",
            description = "worker threads (default: the number of processors); the numbers do not depend on it")
    Integer threads;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--scenario",
            paramLabel = "CODE",
            description = "project with this scenario's interventions (interventions.csv); default: none")
    String scenario;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ProjectionSettings settings = new ProjectionSettings(
                years,
                draws,
                seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                baselineOption.baseline);

        err().println("Reading " + dataset + " ...");
        var maybeRead = readDataset(dataset);
        if (maybeRead.isEmpty()) return INVALID;
        ReadResult read = maybeRead.get();
        read.warnings().forEach(w -> err().println("warning: " + w));
        SystemModel model = read.model();
        List<String> problems = baselineOption.baseline.problems(model);
        if (!problems.isEmpty()) {
            problems.forEach(err()::println);
            return USAGE;
        }

        String label = settings.deterministic() ? "Projecting (deterministic)" : "Projecting";
        Projector projector = new Projector(model);
        if (scenario != null) {
            var chosen = model.scenario(scenario);
            if (chosen.isEmpty()) {
                err().println("scenario " + scenario + " is not in the dataset's interventions.csv");
                return USAGE;
            }
            projector = ScenarioSystem.projector(model, chosen.get(), years);
            label += " scenario " + scenario;
        }
        Projection projection = projector.run(settings, new TerminalProgress(err(), label));

        Files.createDirectories(out);
        err().println("Writing " + out.resolve("projection.csv") + " ...");
        new ProjectionCsvWriter().write(projection, out.resolve("projection.csv"));
        RunManifest manifest = RunManifest.of(projection, dataset, started, Instant.now());
        manifest.write(out.resolve("run.json"));
        err().println("Writing " + out.resolve("report.html") + " ...");
        new HtmlReport(model, projection, manifest).write(out.resolve("report.html"));
        List<Path> insights = GapInsightFiles.write(model, projection, out);

        out().printf(
                        "Projected %s (%s baseline): %d months, %s, seed %d, in %.1f s.%nWrote %s, %s, %s and %s%n",
                        model.info().name(),
                        baselineOption.baseline.code(),
                        settings.months(),
                        settings.deterministic() ? "deterministic" : settings.draws() + " draws",
                        seed,
                        (System.nanoTime() - t0) / 1e9,
                        out.resolve("projection.csv"),
                        out.resolve("report.html"),
                        out.resolve("run.json"),
                        String.join(", ", insights.stream().map(Path::toString).toList()));
        return 0;
    }
}
