package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.report.Figures;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix compare DATASET --scenarios A,B --out DIR`: scenarios side by side on the same draws. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description =
                "Compare scenarios (from the dataset's interventions.csv) with the baseline on the same seed and draws;"
                        + " write comparison.csv, comparison_summary.csv and comparison.html.")
final class CompareCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--scenarios",
            split = ",",
            paramLabel = "CODE",
            description = "scenario codes (default: every scenario of the dataset)")
    List<String> scenarios;

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
            description = "Monte Carlo draws, up to 10,000; 0 for one run at every mode (default: ${DEFAULT-VALUE})")
    int draws;

    @Mixin
    SeedAndThreads engine;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--target-capability",
            split = ",",
            paramLabel = "CODE",
            description = "capabilities whose gap the target is about (default: all)")
    List<String> targetCapabilities;

    @Option(
            names = "--target-fte",
            defaultValue = "0",
            description = "report P(target gap < this many FTE) (default: ${DEFAULT-VALUE})")
    double targetFte;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ComparisonRequest request = new ComparisonRequest(
                scenarios,
                horizon.years,
                draws,
                engine.seed,
                engine.threadCount(),
                targetCapabilities,
                targetFte,
                baselineOption.baseline);
        OutputFolder folder = OutputFolder.at(out);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        read.get().warnings().forEach(err()::println);
        SystemModel model = read.get().model();
        ComparisonUseCase comparison = new ComparisonUseCase();
        int chosen = comparison.check(model, request).size();
        err().println("Comparing " + chosen + (chosen == 1 ? " scenario" : " scenarios")
                + " against no interventions, on the " + baselineOption.baseline.code() + " supply baseline ...");
        ComparisonUseCase.Result run = comparison.run(model, request, progress("Comparing"));
        folder.write(run.outputs());
        long compared = run.comparison().scenarios().stream()
                .filter(sc -> !sc.code().equals(Scenario.BASELINE))
                .count();
        out().printf(
                        "Compared %d scenario%s with no interventions (the baseline row) on %s, seed %d, in %.1f s."
                                + " In %s:%n",
                        compared,
                        compared == 1 ? "" : "s",
                        draws == 0 ? "a deterministic run" : Figures.draws(draws),
                        engine.seed,
                        (System.nanoTime() - t0) / 1e9,
                        run.lastYear());
        out().print(run.describe());
        out().printf(
                        "Wrote %s, %s and %s%n",
                        out.resolve(ComparisonUseCase.COMPARISON_CSV),
                        out.resolve(ComparisonUseCase.COMPARISON_SUMMARY_CSV),
                        out.resolve(ComparisonUseCase.COMPARISON_HTML));
        return 0;
    }
}
