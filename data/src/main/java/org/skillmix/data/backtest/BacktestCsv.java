package org.skillmix.data.backtest;

import java.io.Writer;
import java.time.YearMonth;
import org.skillmix.core.backtest.Backtest;
import org.skillmix.core.backtest.BacktestRow;
import org.skillmix.core.backtest.ScopeSummary;
import org.skillmix.core.backtest.TotalRow;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.export.CsvOutput;

/**
 * The back-test's tables (docs/backtest.md): every trust and observed month beside its projection (backtest.csv),
 * each sector's and all trusts' totals (backtest_totals.csv), and the summary per scope (backtest_summary.csv).
 * Every row names the baseline and the base month; FTE to 0.1, shares to 4 decimals.
 */
public record BacktestCsv(Baseline baseline, YearMonth base, Backtest.Result result) {

    public static final String ROWS_HEADER = "baseline,base_month,org_code,org_name,sector,month,observed_fte,mean_fte,"
            + "p10_fte,p50_fte,p90_fte,abs_pct_error,inside_p10_p90";
    public static final String TOTALS_HEADER = "baseline,base_month,scope,trusts,month,observed_fte,mean_fte,p10_fte,"
            + "p50_fte,p90_fte,abs_pct_error,inside_p10_p90";
    public static final String SUMMARY_HEADER = "baseline,base_month,scope,trusts,months,observations,mape_total,"
            + "mape_trusts,inside_trusts,inside_total";

    public void writeRows(Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, ROWS_HEADER);
        for (BacktestRow r : result.rows()) {
            lead(csv)
                    .text(r.unit().code())
                    .text(r.unit().name())
                    .text(r.unit().sector())
                    .text(r.month().toString());
            band(csv, r.observed(), r.mean(), r.p10(), r.p50(), r.p90())
                    .number(r.absolutePercentageError(), 4)
                    .yesNo(r.inside())
                    .endRow();
        }
        csv.flush();
    }

    public void writeTotals(Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, TOTALS_HEADER);
        for (TotalRow r : result.totals()) {
            lead(csv).text(r.scope()).integer(r.units()).text(r.month().toString());
            band(csv, r.observed(), r.mean(), r.p10(), r.p50(), r.p90())
                    .number(r.absolutePercentageError(), 4)
                    .yesNo(r.inside())
                    .endRow();
        }
        csv.flush();
    }

    /** A share is left blank where a scope has no month in which all its trusts are observed (never NaN). */
    public void writeSummary(Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, SUMMARY_HEADER);
        for (ScopeSummary r : result.summary()) {
            lead(csv).text(r.scope()).integer(r.units()).integer(r.months()).integer(r.observations());
            share(csv, r.mapeTotal());
            share(csv, r.mapeUnits());
            share(csv, r.insideUnits());
            share(csv, r.insideTotal());
            csv.endRow();
        }
        csv.flush();
    }

    private CsvOutput lead(CsvOutput csv) {
        return csv.text(baseline.code()).text(base.toString());
    }

    private static CsvOutput band(CsvOutput csv, double observed, double mean, double p10, double p50, double p90) {
        return csv.number(observed, 1)
                .number(mean, 1)
                .number(p10, 1)
                .number(p50, 1)
                .number(p90, 1);
    }

    private static void share(CsvOutput csv, double v) {
        if (Double.isFinite(v)) csv.number(v, 4);
        else csv.blank();
    }
}
