package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.ReportWarmUp;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.SourceDataset;
import org.skillmix.usecase.projection.ProjectionRequest;
import org.skillmix.usecase.projection.ProjectionUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix project DATASET --out DIR`: projection.csv, report.html, run.json, base_gap.csv, inequalities.csv,
 * sensitivity.csv, projection_summary.csv and .xlsx.
 */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = "Project demand, supply and gaps month by month and write report.html, run.json, base_gap.csv,"
                + " inequalities.csv, (with draws) sensitivity.csv, projection_summary.csv and .xlsx (years by sector,"
                + " place, capability and role), and with --full projection.csv (every series every month).")
final class ProjectCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write the results to (created if missing)")
    Path out;

    @Mixin
    Horizon horizon;

    @Option(
            names = "--draws",
            defaultValue = "" + RunDefaults.DRAWS,
            description =
                    "Monte Carlo draws, up to 10,000; 0 for one deterministic run at every parameter's mode (default: ${DEFAULT-VALUE})")
    int draws;

    @Mixin
    SeedAndThreads engine;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--scenario",
            paramLabel = "CODE",
            description = "project with this scenario's interventions (interventions.csv); default: none")
    String scenario;

    @Option(
            names = "--full",
            description = "also write projection.csv: every series every month in long format (tens of MB; for"
                    + " loading into a database or R, not for Excel)")
    boolean full;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        // The report's libraries load on the idle core while the dataset is read, not after the draws.
        ReportWarmUp.startInBackground();
        ProjectionRequest request = new ProjectionRequest(
                horizon.years, draws, engine.seed, engine.threadCount(), scenario, baselineOption.baseline, full);
        OutputFolder folder = OutputFolder.at(out);
        err().println("Reading " + dataset + " ...");
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        read.get().warnings().forEach(err()::println);
        SystemModel model = read.get().model();
        ProjectionUseCase projection = new ProjectionUseCase();
        projection.check(model, request);

        String label = request.settings().deterministic() ? "Projecting (deterministic)" : "Projecting";
        if (!request.withoutInterventions()) label += " scenario " + request.scenario();
        var result = projection.run(model, SourceDataset.of(dataset), request, progress(label));
        err().println("Writing " + folder.path() + " ...");
        folder.write(result.outputs(), ProjectionUseCase.EVERY_OUTPUT);

        out().printf(
                        Locale.ROOT,
                        "Projected %s (%s baseline): %d months, %s, seed %d, in %.1f s.%nWrote %s%n",
                        model.info().name(),
                        baselineOption.baseline.code(),
                        request.settings().months(),
                        request.settings().deterministic() ? "deterministic" : Figures.draws(request.draws()),
                        engine.seed,
                        (System.nanoTime() - t0) / 1e9,
                        result.outputs().listedIn(out));
        return 0;
    }
}
