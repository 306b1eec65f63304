package org.skillmix.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.backtest.BacktestFiles;
import org.skillmix.data.backtest.HistoryBacktest;
import org.skillmix.data.importer.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix backtest --icb CODE --from DIR --out DIR`: the ICB's dataset as it stood at a past base, projected to the
 * months with a published figure and set beside them (docs/backtest.md). Parses arguments; {@link HistoryBacktest}
 * does the work and {@link BacktestFiles} writes it.
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

    @Option(
            names = "--from",
            required = true,
            paramLabel = "DIR",
            description = "folder of published files (as for import)")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the back-test's files")
    Path out;

    @Option(
            names = "--base",
            defaultValue = "2018-06",
            paramLabel = "YYYY-MM",
            description = "the past base month; the HCHS staff file of that month must be in --from"
                    + " (default: ${DEFAULT-VALUE})")
    String base;

    @Option(
            names = "--baseline",
            defaultValue = "current-trends",
            converter = BaselineOption.Code.class,
            description = "current-trends (calibrated on the history of England's other trusts) or funded-plan"
                    + " (default: ${DEFAULT-VALUE})")
    Baseline baseline;

    @Option(names = "--draws", defaultValue = "500", description = "Monte Carlo draws (default: ${DEFAULT-VALUE})")
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
        if (draws < 1) {
            err().println("--draws must be at least 1, not " + draws);
            return USAGE;
        }
        HistoryBacktest.Settings settings = new HistoryBacktest.Settings(
                from,
                icb,
                baseMonth,
                mappings,
                baseline,
                draws,
                seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        HistoryBacktest.Result result;
        try {
            result = HistoryBacktest.run(
                    settings, line -> err().println(line), new TerminalProgress(err(), "back-test"));
        } catch (ImportException e) {
            e.problems().forEach(err()::println);
            err().printf(
                            "%d problem%s: nothing was written.%n",
                            e.problems().size(), e.problems().size() == 1 ? "" : "s");
            return INVALID;
        }
        var written = BacktestFiles.write(result, out);
        out().printf(
                        "Back-test of %s from %s (%s baseline, %d draws, seed %d), %d trusts, %d observations:%n",
                        result.inputs().icb(),
                        baseMonth,
                        baseline.code(),
                        draws,
                        seed,
                        result.inputs().units().size(),
                        result.comparison().rows().size());
        out().print(BacktestFiles.table(result));
        out().printf("Wrote %d files to %s (%.1f s)%n", written.size(), out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
