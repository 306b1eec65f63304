package org.skillmix.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.importer.ImportException;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.backtest.BacktestRequest;
import org.skillmix.usecase.backtest.BacktestUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix backtest --icb CODE --from DIR --out DIR`: the ICB's dataset as it stood at a past base, projected to the
 * months with a published figure and set beside them (docs/backtest.md). Parses arguments; {@link BacktestUseCase}
 * does the work.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description =
                "Build an ICB's dataset as it stood at a past base (June 2018), project its trusts' FTE to the"
                        + " months with a published figure and compare: backtest.csv, backtest_totals.csv, backtest_summary.csv.")
final class BacktestCommand extends Subcommand {

    @Option(names = "--icb", required = true, paramLabel = "CODE", description = "the ICB's ODS code (QOP...)")
    String icb;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder of published files")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the back-test's files")
    Path out;

    @Option(
            names = "--base",
            defaultValue = "2018-06",
            paramLabel = "YYYY-MM",
            description = "the past base month; its HCHS staff file must be in --from (default: ${DEFAULT-VALUE})")
    String base;

    @Option(
            names = "--baseline",
            defaultValue = "current-trends",
            converter = BaselineOption.Code.class,
            description = "current-trends (calibrated on the history of England's other trusts) or funded-plan"
                    + " (default: ${DEFAULT-VALUE})")
    Baseline baseline;

    @Option(
            names = "--draws",
            defaultValue = "" + BacktestRequest.DEFAULT_DRAWS,
            description = "Monte Carlo draws (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--seed", defaultValue = "20260401", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--mappings", paramLabel = "DIR", description = "mapping tables replacing the shipped ones")
    Path mappings;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        YearMonth baseMonth;
        try {
            baseMonth = YearMonth.parse(base);
        } catch (DateTimeParseException e) {
            err().println("--base must be YYYY-MM, got '" + base + "'");
            return USAGE;
        }
        BacktestRequest request = new BacktestRequest(
                icb, from, baseMonth, mappings, baseline, draws, seed, RunDefaults.threads(threads));
        OutputFolder folder = OutputFolder.at(out);
        BacktestUseCase.Result result;
        try {
            result = new BacktestUseCase().run(request, line -> err().println(line), progress("Back-test"));
        } catch (ImportException e) {
            return problems(e);
        }
        folder.write(result.outputs());
        out().printf(
                        "Back-test of %s from %s (%s baseline, %d draws, seed %d), %d trusts, %d observations:%n%s",
                        result.inputs().icb(),
                        baseMonth,
                        baseline.code(),
                        draws,
                        seed,
                        result.inputs().units().size(),
                        result.comparison().rows().size(),
                        result.table());
        out().printf("Wrote %s to %s (%.1f s)%n", result.outputs().listed(), out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
