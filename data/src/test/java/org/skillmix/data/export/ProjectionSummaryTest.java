package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ProjectionSummary.Basis;
import org.skillmix.data.export.ProjectionSummary.Breakdown;
import org.skillmix.data.export.ProjectionSummary.Row;

/** The summary against hand-made series whose year-end values and year totals are worked out by hand. */
class ProjectionSummaryTest {
    private static final String ALL = SeriesKey.ALL;
    private final SystemModel model = SampleSystem.system("Sample ICS", "Wound care");

    /** Month m (0-based) of a series: base + m, so year-end values and year totals have closed forms. */
    private static double[] ramp(double base, int months) {
        double[] v = new double[months];
        for (int m = 0; m < months; m++) v[m] = base + m;
        return v;
    }

    private static Series series(SeriesKey key, double base, boolean quantiles) {
        double[] mean = ramp(base, 24);
        if (!quantiles) return new Series(key, mean, null, null, null);
        return new Series(key, mean, ramp(base - 10, 24), ramp(base - 1, 24), ramp(base + 10, 24));
    }

    private Projection projection(double gapBase) {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < 24; m++) months.add(YearMonth.of(2025, 4).plusMonths(m));
        List<Series> all = List.of(
                series(new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, ALL), gapBase, true),
                series(new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, "E08000006"), 50, true),
                series(new SeriesKey(Measure.GAP_FTE, "wound_care", ALL, ALL, ALL, ALL), 20, false),
                // a finer crossing and an organisation's line: not in the summary
                series(new SeriesKey(Measure.GAP_FTE, "wound_care", ALL, ALL, ALL, "E08000006"), 5, true),
                series(new SeriesKey(Measure.STAFF_IN_POST_FTE, ALL, "rn_adult", "acute", "R0A", "E08000003"), 9, true),
                series(new SeriesKey(Measure.LEAVERS_FTE, ALL, ALL, "adult_social_care", ALL, ALL), 2, true),
                series(new SeriesKey(Measure.PAY_COST_GBP, ALL, "care_worker", ALL, ALL, ALL), 1000, true));
        return new Projection(new ProjectionSettings(2, 100, 7, 1), months, all);
    }

    @Test
    void levelsAtTheYearEndWithQuantilesAndFlowsAsYearTotalsWithout() {
        List<Row> rows = ProjectionSummary.rows(model, projection(100));
        // 5 first-level series x 2 years; the capability x place and organisation series are left out
        assertThat(rows).hasSize(10);
        Row system2 = rows.get(1);
        assertThat(system2.breakdown()).isEqualTo(Breakdown.SYSTEM);
        assertThat(system2.name()).isEqualTo("Sample ICS");
        assertThat(system2.year().lastMonth()).isEqualTo(YearMonth.of(2027, 3));
        // year 2 ends at month index 23: 100 + 23, P10 90 + 23, P50 99 + 23, P90 110 + 23
        assertThat(system2.basis()).isEqualTo(Basis.YEAR_END);
        assertThat(system2.mean()).isEqualTo(123.0);
        assertThat(system2.p10()).isEqualTo(113.0);
        assertThat(system2.p50()).isEqualTo(122.0);
        assertThat(system2.p90()).isEqualTo(133.0);
        assertThat(system2.unit()).isEqualTo("FTE");

        Row leavers1 = find(rows, Breakdown.SECTOR, "adult_social_care", Measure.LEAVERS_FTE, 1);
        // months 0..11 of 2 + m: 12 x 2 + (0 + ... + 11) = 24 + 66 = 90
        assertThat(leavers1.mean()).isEqualTo(90.0);
        assertThat(leavers1.basis()).isEqualTo(Basis.YEAR_TOTAL);
        assertThat(leavers1.p10()).isNull();
        assertThat(leavers1.unit()).isEqualTo("FTE a year");
        assertThat(leavers1.name()).isEqualTo("Adult social care");

        Row pay2 = find(rows, Breakdown.ROLE, "care_worker", Measure.PAY_COST_GBP, 2);
        // months 12..23 of 1000 + m: 12 x 1000 + (12 + ... + 23) = 12,000 + 210
        assertThat(pay2.mean()).isEqualTo(12_210.0);
        assertThat(pay2.unit()).isEqualTo("GBP a year");
        assertThat(pay2.name()).isEqualTo("Care worker");

        assertThat(find(rows, Breakdown.PLACE, "E08000006", Measure.GAP_FTE, 1).name())
                .isEqualTo("Salford");
        Row wound = find(rows, Breakdown.CAPABILITY, "wound_care", Measure.GAP_FTE, 1);
        assertThat(wound.name()).isEqualTo("Wound care");
        assertThat(wound.mean()).isEqualTo(31.0);
        assertThat(wound.p50()).as("a series kept without quantiles").isNull();
    }

    @Test
    void csvAndWorkbookHoldTheSameRows() throws IOException {
        Projection projection = projection(100);
        List<Row> rows = ProjectionSummary.rows(model, projection);
        java.io.StringWriter csv = new java.io.StringWriter();
        new ProjectionSummaryWriter().writeCsv(Baseline.CURRENT_TRENDS, rows, csv);
        List<String> lines = Arrays.asList(csv.toString().split("\n"));
        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).isEqualTo(ProjectionSummaryWriter.HEADER);
        assertThat(lines.get(2))
                .isEqualTo(
                        "current-trends,2,2027-03,system,ALL,Sample ICS,gap_fte,FTE,year_end,123.0000,113.0000,122.0000,133.0000");
        assertThat(lines)
                .contains(
                        "current-trends,1,2026-03,sector,adult_social_care,Adult social care,leavers_fte,FTE a year,year_total,90.0000,,,");
        assertThat(lines)
                .contains(
                        "current-trends,2,2027-03,role,care_worker,Care worker,pay_cost_gbp,GBP a year,year_total,12210.00,,,");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ProjectionSummaryWriter().writeXlsx(projection, rows, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.findSheet("summary").orElseThrow().read();
            assertThat(sheet).hasSize(11);
            assertThat(sheet.get(2).getCellAsString(0).orElseThrow())
                    .isEqualTo(projection.settings().baseline().code());
            assertThat(sheet.get(2).getCellAsString(5)).contains("Sample ICS");
            assertThat(sheet.get(2).getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("123");
            assertThat(workbook.findSheet("notes")).isPresent();
        }
    }

    /** A name from the dataset that a spreadsheet would run as a formula is text in the workbook too. */
    @Test
    void aNameThatLooksLikeAFormulaStaysTextInTheWorkbook() throws IOException {
        Projection projection = projection(100);
        List<Row> rows = new java.util.ArrayList<>(ProjectionSummary.rows(model, projection));
        Row first = rows.get(0);
        rows.set(
                0,
                new Row(
                        first.year(),
                        first.breakdown(),
                        "@SUM(A1)",
                        "=HYPERLINK(\"http://example.com\",\"x\")",
                        first.measure(),
                        first.basis(),
                        first.mean(),
                        first.p10(),
                        first.p50(),
                        first.p90()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ProjectionSummaryWriter().writeXlsx(projection, rows, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var row = workbook.findSheet("summary").orElseThrow().read().get(1);
            assertThat(row.getCellAsString(4).orElseThrow()).isEqualTo("'@SUM(A1)");
            assertThat(row.getCellAsString(5).orElseThrow()).isEqualTo("'=HYPERLINK(\"http://example.com\",\"x\")");
        }
    }

    @Test
    void aFigureThatIsNotANumberIsRefusedWhole() {
        List<Row> rows = ProjectionSummary.rows(model, projection(Double.NaN));
        java.io.StringWriter csv = new java.io.StringWriter();
        assertThatThrownBy(() -> new ProjectionSummaryWriter().writeCsv(Baseline.CURRENT_TRENDS, rows, csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gap_fte of system ALL in year 1");
        assertThat(csv.toString()).isEmpty();
    }

    private static Row find(List<Row> rows, Breakdown b, String code, Measure measure, int year) {
        return rows.stream()
                .filter(r -> r.breakdown() == b
                        && r.code().equals(code)
                        && r.measure() == measure
                        && r.year().number() == year)
                .findFirst()
                .orElseThrow();
    }
}
