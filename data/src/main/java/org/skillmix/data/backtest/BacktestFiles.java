package org.skillmix.data.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.skillmix.core.backtest.BacktestRow;
import org.skillmix.core.backtest.ScopeSummary;
import org.skillmix.core.backtest.TotalRow;

/**
 * The back-test's outputs (docs/backtest.md), written whole or not at all: every file is written into a temporary
 * folder beside the output folder, then moved into it; on any error the output folder is left as it was.
 *
 * <ul>
 * <li>backtest.csv: one row per trust and observed month: observed FTE beside the projection's mean, P10, P50, P90;
 * <li>backtest_totals.csv: the same for each sector's trusts together and for all of them (ALL);
 * <li>backtest_summary.csv: per sector and ALL, the mean absolute percentage error of the total and of the trusts,
 *     and the share of observations inside P10–P90;
 * <li>backtest-import.html: the report of the dataset as it stood at the base (what was read, mapped, defaulted).
 * </ul>
 */
public final class BacktestFiles {
    public static final String ROWS = "backtest.csv";
    public static final String TOTALS = "backtest_totals.csv";
    public static final String SUMMARY = "backtest_summary.csv";
    public static final String IMPORT_REPORT = "backtest-import.html";

    private BacktestFiles() {}

    /** Writes the result's files into out (created if missing; files of the same names replaced). */
    public static List<Path> write(HistoryBacktest.Result result, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".backtest-");
        try {
            Files.writeString(temp.resolve(ROWS), rows(result), StandardCharsets.UTF_8);
            Files.writeString(temp.resolve(TOTALS), totals(result), StandardCharsets.UTF_8);
            Files.writeString(temp.resolve(SUMMARY), summary(result), StandardCharsets.UTF_8);
            Files.writeString(
                    temp.resolve(IMPORT_REPORT), result.inputs().report().html(), StandardCharsets.UTF_8);
            Files.createDirectories(target);
            List<Path> written = new ArrayList<>();
            for (String f : List.of(ROWS, TOTALS, SUMMARY, IMPORT_REPORT)) {
                written.add(Files.move(temp.resolve(f), target.resolve(f), StandardCopyOption.REPLACE_EXISTING));
            }
            return written;
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static String rows(HistoryBacktest.Result result) {
        StringBuilder s = new StringBuilder(
                "baseline,base_month,org_code,org_name,sector,month,observed_fte,mean_fte,p10_fte,p50_fte,p90_fte,"
                        + "abs_pct_error,inside_p10_p90\n");
        String lead =
                result.settings().baseline().code() + "," + result.inputs().base();
        for (BacktestRow r : result.comparison().rows()) {
            s.append(String.join(
                    ",",
                    lead,
                    text(r.unit().code()),
                    text(r.unit().name()),
                    r.unit().sector(),
                    r.month().toString(),
                    fte(r.observed()),
                    fte(r.mean()),
                    fte(r.p10()),
                    fte(r.p50()),
                    fte(r.p90()),
                    share(r.absolutePercentageError()),
                    r.inside() ? "yes" : "no"));
            s.append('\n');
        }
        return s.toString();
    }

    static String totals(HistoryBacktest.Result result) {
        StringBuilder s = new StringBuilder(
                "baseline,base_month,scope,trusts,month,observed_fte,mean_fte,p10_fte,p50_fte,p90_fte,abs_pct_error,"
                        + "inside_p10_p90\n");
        String lead =
                result.settings().baseline().code() + "," + result.inputs().base();
        for (TotalRow r : result.comparison().totals()) {
            s.append(String.join(
                    ",",
                    lead,
                    r.scope(),
                    Integer.toString(r.units()),
                    r.month().toString(),
                    fte(r.observed()),
                    fte(r.mean()),
                    fte(r.p10()),
                    fte(r.p50()),
                    fte(r.p90()),
                    share(r.absolutePercentageError()),
                    r.inside() ? "yes" : "no"));
            s.append('\n');
        }
        return s.toString();
    }

    /** A share left blank where a scope has no month in which all its trusts are observed (never NaN). */
    static String summary(HistoryBacktest.Result result) {
        StringBuilder s = new StringBuilder(
                "baseline,base_month,scope,trusts,months,observations,mape_total,mape_trusts,inside_trusts,"
                        + "inside_total\n");
        String lead =
                result.settings().baseline().code() + "," + result.inputs().base();
        for (ScopeSummary r : result.comparison().summary()) {
            s.append(String.join(
                    ",",
                    lead,
                    r.scope(),
                    Integer.toString(r.units()),
                    Integer.toString(r.months()),
                    Integer.toString(r.observations()),
                    share(r.mapeTotal()),
                    share(r.mapeUnits()),
                    share(r.insideUnits()),
                    share(r.insideTotal())));
            s.append('\n');
        }
        return s.toString();
    }

    /** The summary as a table for the terminal. */
    public static String table(HistoryBacktest.Result result) {
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
        for (ScopeSummary r : result.comparison().summary()) {
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

    private static String fte(double v) {
        if (!Double.isFinite(v)) throw new IllegalStateException("a back-test figure is not a number: " + v);
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String share(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }

    /** Quoted where needed; a leading =, +, - or @ is neutralised so a spreadsheet does not run it as a formula. */
    static String text(String v) {
        String t = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (t.contains(",") || t.contains("\"") || t.contains("\n")) return "\"" + t.replace("\"", "\"\"") + "\"";
        return t;
    }
}
