package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.optimise.OptimiseUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix optimise DATASET --budget GBP`: which interventions to fund, and how much of each. */
@Command(
        name = "optimise",
        aliases = "optimize",
        mixinStandardHelpOptions = true,
        description = "Choose which of the dataset's interventions to fund, and at what level, within a yearly budget:"
                + " most target gap closed, or (with --target-fte) the cheapest way to get the gap below the target."
                + " Chosen as the board pack chooses, on one run at the most likely values; the draws give ranges."
                + " Writes portfolio.csv and portfolio.txt.")
final class OptimiseCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--budget",
            required = true,
            paramLabel = "GBP",
            description = "budget per year, GBP (programme cost plus extra pay bill)")
    double budget;

    @Option(
            names = "--scenario",
            paramLabel = "CODE",
            description =
                    "take the candidates from this scenario (default: every intervention of every scenario, by code)")
    String scenario;

    @Option(
            names = "--max-level",
            defaultValue = "" + OptimiseRequest.DEFAULT_MAX_LEVEL,
            description =
                    "each intervention may be funded at 1 to this many times its scale (default: ${DEFAULT-VALUE})")
    int maxLevel;

    @Option(
            names = "--target-capability",
            split = ",",
            paramLabel = "CODE",
            description = "capabilities whose gap is the target (default: all)")
    List<String> targetCapabilities;

    @Option(
            names = "--target-fte",
            description = "meet a gap below this many FTE in the last year at least cost (default: maximise gap"
                    + " closed; no switching values then)")
    Double targetFte;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the results to")
    Path out;

    @Mixin
    Horizon horizon;

    @Option(
            names = "--draws",
            defaultValue = "" + OptimiseRequest.DEFAULT_DRAWS,
            description = "draws of each intervention run alone at its level, for its range; the choice does not"
                    + " depend on them (default: ${DEFAULT-VALUE})")
    int draws;

    @Mixin
    SeedAndThreads engine;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--time-limit",
            defaultValue = "" + OptimiseRequest.DEFAULT_TIME_LIMIT_SECONDS,
            description = "solver time limit in seconds (default: ${DEFAULT-VALUE})")
    int timeLimit;

    @Override
    public Integer call() throws Exception {
        OptimiseRequest request = new OptimiseRequest(
                budget,
                scenario,
                maxLevel,
                targetCapabilities,
                targetFte,
                horizon.years,
                draws,
                engine.seed,
                engine.threadCount(),
                timeLimit,
                baselineOption.baseline);
        OutputFolder folder = OutputFolder.at(out);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel model = read.get().model();
        OptimiseUseCase optimise = new OptimiseUseCase();
        optimise.candidates(model, request);
        err().println("Each intervention is run alone against no interventions, on the "
                + request.baseline().code() + " baseline.");
        OptimiseUseCase.Result result = optimise.run(model, request, progress("Ranges"), err()::println);
        folder.write(result.outputs());
        out().print(result.text());
        return result.portfolio().feasible() ? 0 : INFEASIBLE;
    }
}
