package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;

/**
 * Writes a projection as an XLSX workbook for download: a "summary" sheet (settings and the system
 * totals at each year end), a "projection" sheet with the same long table as projection.csv, and a
 * "notes" sheet. Excel stops at 1,048,576 rows, so above {@link #DEFAULT_MAX_ROWS} the projection sheet
 * keeps only totals and capability x place / capability x sector series (see {@link #bounded}) and the
 * notes sheet says so.
 */
public final class ProjectionXlsxWriter {
    public static final int DEFAULT_MAX_ROWS = 1_000_000;
    static final String[] COLUMNS = ProjectionCsvWriter.HEADER.split(",");
    private static final String ALL = SeriesKey.ALL;
    /** fastexcel keeps rows in memory until flushed; flushing every so often keeps a big sheet small. */
    private static final int FLUSH_EVERY_ROWS = 10_000;

    private final int maxRows;

    public ProjectionXlsxWriter() {
        this(DEFAULT_MAX_ROWS);
    }

    /** @param maxRows largest number of data rows on the projection sheet before it is cut down */
    public ProjectionXlsxWriter(int maxRows) {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be >= 1, got " + maxRows);
        this.maxRows = maxRows;
    }

    public void write(Projection projection, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(projection, out);
        }
    }

    /** Writes the workbook to out; out stays open. */
    public void write(Projection projection, OutputStream out) throws IOException {
        int months = projection.months().size();
        List<Series> all = new ArrayList<>(projection.series());
        List<Series> shown = all;
        List<String> cuts = new ArrayList<>();
        if ((long) all.size() * months > maxRows) {
            shown = all.stream().filter(s -> bounded(s.key())).toList();
            cuts.add("The full projection has " + (long) all.size() * months + " rows, more than this workbook holds ("
                    + maxRows
                    + "). The projection sheet keeps only totals and capability x place and capability x sector"
                    + " series: it leaves out series by organisation and capability x sector x place."
                    + " projection.csv has every row.");
        }
        int seriesShown = shown.size();
        if ((long) seriesShown * months > maxRows) {
            seriesShown = Math.max(0, maxRows / Math.max(1, months));
            cuts.add("Even so there were too many rows: the projection sheet stops after the first " + seriesShown
                    + " series of " + shown.size() + ".");
        }
        shown = shown.subList(0, seriesShown);

        Workbook workbook = new Workbook(out, "Skillmix", "1.0");
        Worksheet summary = workbook.newWorksheet("summary");
        Worksheet table = workbook.newWorksheet("projection");
        Worksheet notes = workbook.newWorksheet("notes");
        writeSummary(summary, projection, shown.size() * (long) months);
        summary.finish();
        writeTable(table, projection, shown);
        table.finish();
        writeNotes(notes, cuts);
        notes.finish();
        workbook.finish();
        out.flush();
    }

    /**
     * Kept when the workbook must be cut down: no organisation detail and no sector x place cross,
     * which leaves the system, sector, place, capability and role totals and capability x place.
     */
    static boolean bounded(SeriesKey key) {
        return ALL.equals(key.organisation()) && (ALL.equals(key.sector()) || ALL.equals(key.place()));
    }

    private static void writeSummary(Worksheet sheet, Projection projection, long rowsShown) {
        ProjectionSettings settings = projection.settings();
        List<YearMonth> months = projection.months();
        int r = 0;
        sheet.value(r++, 0, "Skillmix projection summary");
        r = pair(sheet, r, "years", settings.years());
        r = pair(sheet, r, "draws", settings.draws());
        sheet.value(r, 0, "seed");
        sheet.value(r++, 1, Long.toString(settings.seed())); // text: Excel would round a 19-digit seed
        r = pair(sheet, r, "threads", settings.threads());
        sheet.value(r, 0, "baseline");
        sheet.value(r++, 1, settings.baseline().code());
        sheet.value(r, 0, "first month");
        sheet.value(r++, 1, months.isEmpty() ? "" : months.get(0).toString());
        sheet.value(r, 0, "last month");
        sheet.value(
                r++, 1, months.isEmpty() ? "" : months.get(months.size() - 1).toString());
        r = pair(sheet, r, "series", projection.series().size());
        r = pair(sheet, r, "rows on the projection sheet", rowsShown);
        r++;
        sheet.value(
                r++,
                0,
                "System totals at each year end (levels in the year's last month; year_total sums a flow's monthly means over the year)");
        String[] header = {"measure", "unit", "year", "month", "mean", "p10", "p50", "p90", "year_total_mean"};
        for (int c = 0; c < header.length; c++) sheet.value(r, c, header[c]);
        sheet.range(r, 0, r, header.length - 1).style().bold().set();
        r++;
        List<ProjectionYear> years = ProjectionYear.of(months);
        for (Measure measure : Measure.values()) {
            SeriesKey total = new SeriesKey(measure, ALL, ALL, ALL, ALL, ALL);
            Series series = projection.series(total).orElse(null);
            if (series == null) continue;
            int decimals = MeasureUnits.decimals(measure);
            for (ProjectionYear year : years) {
                int m = year.lastIndex();
                sheet.value(r, 0, measure.code());
                sheet.value(r, 1, MeasureUnits.unit(measure));
                sheet.value(r, 2, year.number());
                sheet.value(r, 3, year.lastMonth().toString());
                sheet.value(r, 4, FixedDecimal.round(series.mean()[m], decimals));
                if (series.hasQuantiles()) {
                    sheet.value(r, 5, FixedDecimal.round(series.p10()[m], decimals));
                    sheet.value(r, 6, FixedDecimal.round(series.p50()[m], decimals));
                    sheet.value(r, 7, FixedDecimal.round(series.p90()[m], decimals));
                }
                if (MeasureUnits.monthlyFlow(measure)) {
                    double sum = 0;
                    for (int i = year.firstIndex(); i <= year.lastIndex(); i++) sum += series.mean()[i];
                    sheet.value(r, 8, FixedDecimal.round(sum, decimals));
                }
                r++;
            }
        }
        sheet.width(0, 28);
        sheet.width(1, 16);
    }

    private static int pair(Worksheet sheet, int row, String name, Number value) {
        sheet.value(row, 0, name);
        sheet.value(row, 1, value);
        return row + 1;
    }

    private static void writeTable(Worksheet sheet, Projection projection, List<Series> shown) throws IOException {
        for (int c = 0; c < COLUMNS.length; c++) sheet.value(0, c, COLUMNS[c]);
        sheet.range(0, 0, 0, COLUMNS.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        List<YearMonth> months = projection.months();
        String baseline = projection.settings().baseline().code();
        String[] monthTexts = months.stream().map(YearMonth::toString).toArray(String[]::new);
        int r = 1;
        for (Series series : shown) {
            ProjectionCsvWriter.requireFinite(series, months);
            SeriesKey key = series.key();
            String measure = key.measure().code();
            int decimals = MeasureUnits.decimals(key.measure());
            for (int m = 0; m < monthTexts.length; m++) {
                sheet.value(r, 0, baseline);
                sheet.value(r, 1, monthTexts[m]);
                sheet.value(r, 2, measure);
                sheet.value(r, 3, SpreadsheetText.neutralised(key.capability()));
                sheet.value(r, 4, SpreadsheetText.neutralised(key.role()));
                sheet.value(r, 5, SpreadsheetText.neutralised(key.sector()));
                sheet.value(r, 6, SpreadsheetText.neutralised(key.organisation()));
                sheet.value(r, 7, SpreadsheetText.neutralised(key.place()));
                sheet.value(r, 8, FixedDecimal.round(series.mean()[m], decimals));
                if (series.hasQuantiles()) {
                    sheet.value(r, 9, FixedDecimal.round(series.p10()[m], decimals));
                    sheet.value(r, 10, FixedDecimal.round(series.p50()[m], decimals));
                    sheet.value(r, 11, FixedDecimal.round(series.p90()[m], decimals));
                }
                r++;
                if (r % FLUSH_EVERY_ROWS == 0) sheet.flush();
            }
        }
    }

    private static void writeNotes(Worksheet sheet, List<String> cuts) {
        List<String> lines = new ArrayList<>(cuts);
        lines.add("Columns are those of projection.csv (docs/outputs.md): one row per series per month.");
        lines.add(
                "ALL in a dimension column means a total over that dimension, or a dimension the measure has no meaning for.");
        lines.add("p10, p50 and p90 are blank where the projection kept only the mean for that series.");
        lines.add(
                "Units: *_fte measures are FTE (leavers, recruits, qualifiers and transfers are FTE per month); pay_cost_gbp is GBP per month.");
        lines.add("gap_fte = demand_fte - supply_fte: positive is a shortfall, negative a surplus.");
        sheet.value(0, 0, "notes");
        sheet.style(0, 0).bold().set();
        for (int i = 0; i < lines.size(); i++) sheet.value(i + 1, 0, lines.get(i));
        sheet.width(0, 120);
    }
}
