package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix board-pack DATASET --out DIR`: board-pack.pdf (and .html) and cqc-evidence.csv. */
@Command(
        name = "board-pack",
        mixinStandardHelpOptions = true,
        description = "Write the board pack: what we should do (the gap, the recommended portfolio of the dataset's"
                + " interventions with its cost a year, FTE closed, bed days and risks, each with P10-P90), the charts,"
                + " CQC evidence, assumptions and a glossary; board-pack.pdf, board-pack.html and cqc-evidence.csv.")
final class BoardPackCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the pack to")
    Path out;

    @Option(
            names = "--budget",
            paramLabel = "GBP",
            description = "budget a year for the portfolio, GBP (programme cost plus extra pay bill); default: what"
                    + " funding every intervention once would cost in the last year at the most likely values")
    Double budget;

    @Option(
            names = "--target-fte",
            defaultValue = "0",
            description = "report P(average shortfall < this many FTE) (default: ${DEFAULT-VALUE})")
    double targetFte;

    @Mixin
    Horizon horizon;

    @Option(
            names = "--draws",
            defaultValue = "" + BoardPackRequest.DEFAULT_DRAWS,
            description = "Monte Carlo draws of the projection and the portfolio (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(
            names = "--marginal-draws",
            defaultValue = "" + BoardPackRequest.DEFAULT_MARGINAL_DRAWS,
            description = "draws of each intervention's own run, on the baseline's random numbers, for the ranges of"
                    + " 'How firm the choice is'; the choice itself is made on one run at the most likely values"
                    + " (default: ${DEFAULT-VALUE})")
    int marginalDraws;

    @Option(
            names = "--max-level",
            defaultValue = "" + BoardPackRequest.DEFAULT_MAX_LEVEL,
            description =
                    "each intervention may be funded at 1 to this many times its scale (default: ${DEFAULT-VALUE})")
    int maxLevel;

    @Mixin
    SeedAndThreads engine;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--scenario",
            paramLabel = "CODE",
            description = "present this scenario as the portfolio instead of the optimiser's choice")
    String scenario;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        BoardPackRequest request = BoardPackRequest.of(
                horizon.years,
                draws,
                marginalDraws,
                engine.seed,
                engine.threads,
                baselineOption.baseline,
                budget,
                maxLevel,
                targetFte,
                scenario);
        OutputFolder folder = OutputFolder.at(out);
        BoardPackUseCase.warmUp(); // the renderer loads on the core reading the dataset leaves idle
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        read.get().warnings().forEach(err()::println);
        SystemModel model = read.get().model();
        BoardPackUseCase.Result result = new BoardPackUseCase().run(model, request, err()::println);
        folder.write(result.outputs());
        out().printf(
                        "Board pack for %s in %.1f s. Wrote %s, %s and %s in %s%n",
                        model.info().name(),
                        (System.nanoTime() - t0) / 1e9,
                        BoardPackUseCase.PDF,
                        BoardPackUseCase.HTML,
                        BoardPackUseCase.CQC_CSV,
                        out);
        return 0;
    }
}
