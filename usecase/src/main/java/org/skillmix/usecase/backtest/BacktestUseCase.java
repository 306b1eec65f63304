package org.skillmix.usecase.backtest;

import java.util.Locale;
import java.util.function.Consumer;
import org.skillmix.core.backtest.Backtest;
import org.skillmix.core.backtest.ScopeSummary;
import org.skillmix.data.backtest.BacktestCsv;
import org.skillmix.data.importer.BacktestImport;
import org.skillmix.data.importer.ImportException;
import org.skillmix.data.report.Figures;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;

/**
 * The back-test (docs/backtest.md): the ICB's dataset as it stood at a past base ({@link BacktestImport}), its
 * trusts' FTE projected to the months with a published figure and set beside them ({@link Backtest}). Outputs
 * backtest.csv, backtest_totals.csv, backtest_summary.csv and the import report of the dataset at the base.
 */
public final class BacktestUseCase {
    public static final String ROWS_CSV = "backtest.csv";
    public static final String TOTALS_CSV = "backtest_totals.csv";
    public static final String SUMMARY_CSV = "backtest_summary.csv";
    public static final String IMPORT_REPORT_HTML = "backtest-import.html";

    /** The inputs read, the comparison, its summary as a table for the terminal, and the files. */
    public record Result(BacktestImport.Inputs inputs, Backtest.Result comparison, String table, Outputs outputs) {}

    /**
     * Reads the files, builds the dataset at the base and projects it.
     *
     * @param steps told each reading step, for the terminal
     * @throws ImportException naming the files when the base has no staff file, no observed month follows it, or
     *     no trust of the ICB is observed: nothing was written
     */
    public Result run(BacktestRequest request, Consumer<String> steps, Progress progress) throws ImportException {
        BacktestImport.Inputs inputs =
                BacktestImport.build(request.from(), request.icb(), request.base(), request.mappings(), steps);
        steps.accept("projecting " + inputs.units().size() + " trusts from " + request.base() + " to "
                + inputs.observedMonths().get(inputs.observedMonths().size() - 1) + " ("
                + Figures.draws(request.draws())
                + ", " + request.baseline().code() + ")");
        Backtest.Result comparison = Backtest.run(
                inputs.model(),
                inputs.units(),
                inputs.observations(),
                new Backtest.Settings(request.baseline(), request.draws(), request.seed(), request.threads()),
                progress.draws());
        BacktestCsv csv = new BacktestCsv(request.baseline(), inputs.base(), comparison);
        Outputs outputs = Outputs.of(
                Output.csv(ROWS_CSV, csv::writeRows),
                Output.csv(TOTALS_CSV, csv::writeTotals),
                Output.csv(SUMMARY_CSV, csv::writeSummary),
                Output.text(IMPORT_REPORT_HTML, Output.HTML, inputs.report().html()));
        return new Result(inputs, comparison, table(comparison), outputs);
    }

    /** The summary as a table for the terminal: "-" where a scope has no month with all its trusts observed. */
    static String table(Backtest.Result comparison) {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "%-20s %6s %6s %12s %12s %12s %12s%n",
                "scope",
                "trusts",
                "months",
                "MAPE total",
                "MAPE trusts",
                "in P10-P90",
                "total in"));
        for (ScopeSummary r : comparison.summary()) {
            s.append(String.format(
                    Locale.ROOT,
                    "%-20s %6d %6d %12s %12s %12s %12s%n",
                    r.scope(),
                    r.units(),
                    r.months(),
                    pct(r.mapeTotal()),
                    pct(r.mapeUnits()),
                    pct(r.insideUnits()),
                    pct(r.insideTotal())));
        }
        return s.toString();
    }

    private static String pct(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "-";
    }
}
