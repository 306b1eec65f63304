package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.export.ProjectionSummary.Row;

/**
 * Writes {@link ProjectionSummary} rows as projection_summary.csv and projection_summary.xlsx (docs/outputs.md):
 * the same columns in both, numbers rounded as in projection.csv (4 decimals for FTE, 2 for GBP).
 */
public final class ProjectionSummaryWriter {
    public static final String CSV_NAME = "projection_summary.csv";
    public static final String XLSX_NAME = "projection_summary.xlsx";
    public static final String HEADER =
            "baseline,year,year_end,breakdown,code,name,measure,unit,basis,mean,p10,p50,p90";
    private static final String[] COLUMNS = HEADER.split(",");

    /**
     * Writes the CSV to out and flushes it; out stays open. Refuses a figure that is not finite. Every row names the
     * baseline, since two runs' summaries differ by it alone and a CSV travels without its run.json.
     */
    public void writeCsv(Baseline baseline, List<Row> rows, Writer out) {
        requireFinite(rows);
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        for (Row row : rows) {
            int d = row.decimals();
            csv.text(baseline.code())
                    .integer(row.year().number())
                    .text(row.year().lastMonth().toString())
                    .text(row.breakdown().code())
                    .text(row.code())
                    .text(row.name())
                    .text(row.measure().code())
                    .text(row.unit())
                    .text(row.basis().code())
                    .fixed(row.mean(), d);
            for (Double q : new Double[] {row.p10(), row.p50(), row.p90()}) {
                if (q == null) csv.blank();
                else csv.fixed(q, d);
            }
            csv.endRow();
        }
        csv.flush();
    }

    /**
     * Writes the workbook to out: a "summary" sheet with the CSV's columns (numbers as numbers, a frozen header
     * row and a filter), and a "notes" sheet with the run's settings and what the columns mean. out stays open.
     */
    public void writeXlsx(Projection projection, List<Row> rows, OutputStream out) throws IOException {
        requireFinite(rows);
        String baseline = projection.settings().baseline().code();
        Workbook workbook = new Workbook(out, "Skillmix", "1.0");
        Worksheet sheet = workbook.newWorksheet("summary");
        for (int c = 0; c < COLUMNS.length; c++) sheet.value(0, c, COLUMNS[c]);
        sheet.range(0, 0, 0, COLUMNS.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (Row row : rows) {
            int d = row.decimals();
            sheet.value(r, 0, baseline);
            sheet.value(r, 1, row.year().number());
            sheet.value(r, 2, row.year().lastMonth().toString());
            sheet.value(r, 3, row.breakdown().code());
            // Codes and names come from the dataset: a name "=HYPERLINK(...)" must stay text, as in the CSV.
            sheet.value(r, 4, SpreadsheetText.neutralised(row.code()));
            sheet.value(r, 5, SpreadsheetText.neutralised(row.name()));
            sheet.value(r, 6, row.measure().code());
            sheet.value(r, 7, row.unit());
            sheet.value(r, 8, row.basis().code());
            sheet.value(r, 9, FixedDecimal.round(row.mean(), d));
            if (row.p10() != null) sheet.value(r, 10, FixedDecimal.round(row.p10(), d));
            if (row.p50() != null) sheet.value(r, 11, FixedDecimal.round(row.p50(), d));
            if (row.p90() != null) sheet.value(r, 12, FixedDecimal.round(row.p90(), d));
            r++;
        }
        if (r > 1) sheet.setAutoFilter(0, 0, r - 1, COLUMNS.length - 1);
        sheet.width(5, 40);
        sheet.finish();
        Worksheet notes = workbook.newWorksheet("notes");
        writeNotes(notes, projection.settings());
        notes.finish();
        workbook.finish();
        out.flush();
    }

    private static void writeNotes(Worksheet sheet, ProjectionSettings settings) {
        String[] lines = {
            "Skillmix projection summary: " + settings.years() + " years, "
                    + (settings.deterministic()
                            ? "deterministic (one run at every parameter's mode)"
                            : settings.draws() + " draws")
                    + ", seed " + settings.seed() + ", " + settings.baseline().code() + " baseline.",
            "One row per year, breakdown (system, sector, place, capability, role), code and measure (docs/outputs.md);"
                    + " baseline: funded-plan (establishment as given) or current-trends (growth from the history).",
            "year 1 is the twelve months from the dataset's base month; year_end is the year's last month.",
            "basis year_end: a level (FTE) in the year's last month, with its P10, P50 and P90 over the draws.",
            "basis year_total: a flow (leavers, recruits, qualifiers, transfers, pay cost) summed over the year's"
                    + " twelve monthly means; no quantiles, since a sum of monthly quantiles is not a quantile of the"
                    + " year.",
            "gap_fte = demand_fte - supply_fte: positive is a shortfall, negative a surplus.",
            "p10, p50 and p90 are blank where the projection kept only the mean of a series.",
            "Every series, month by month: projection.csv in the same folder."
        };
        sheet.value(0, 0, "notes");
        sheet.style(0, 0).bold().set();
        for (int i = 0; i < lines.length; i++) sheet.value(i + 1, 0, lines[i]);
        sheet.width(0, 120);
    }

    private static void requireFinite(List<Row> rows) {
        for (Row row : rows) {
            for (Double v : new Double[] {row.mean(), row.p10(), row.p50(), row.p90()}) {
                if (v != null && !Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            "projection summary: " + row.measure().code() + " of "
                                    + row.breakdown().code() + " " + row.code() + " in year "
                                    + row.year().number() + " is "
                                    + v + "; nothing written");
                }
            }
        }
    }
}
