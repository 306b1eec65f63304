package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.supply.Baseline;

class ProjectionXlsxWriterTest {

    private final Projection projection =
            SampleSystem.projection(SampleSystem.system("Sample ICS", "Wound care"), 2, 100);

    private static List<Sheet> sheets(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().collect(Collectors.toList());
        }
    }

    private static List<Row> rows(byte[] xlsx, String sheet) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.findSheet(sheet).orElseThrow().read();
        }
    }

    private byte[] xlsx(ProjectionXlsxWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(projection, out);
        return out.toByteArray();
    }

    @Test
    void holdsTheLongTableASummaryAndNotes() throws IOException {
        byte[] xlsx = xlsx(new ProjectionXlsxWriter());
        assertThat(sheets(xlsx)).extracting(Sheet::getName).containsExactly("summary", "projection", "notes");

        List<Row> table = rows(xlsx, "projection");
        assertThat(table.get(0).stream().map(c -> c.getRawValue()).toList())
                .containsExactly(ProjectionCsvWriter.HEADER.split(","));
        assertThat(table)
                .hasSize(1 + projection.series().size() * projection.months().size());
        Series first = projection.series().iterator().next();
        Row row = table.get(2); // the first series' second month
        assertThat(row.getCellText(0)).isEqualTo("funded-plan");
        assertThat(row.getCellText(1)).isEqualTo("2025-05");
        assertThat(row.getCellText(2)).isEqualTo(first.key().measure().code());
        assertThat(row.getCellText(7)).isEqualTo(first.key().place());
        assertThat(row.getCellAsNumber(8).orElseThrow().doubleValue())
                .isEqualTo(FixedDecimal.round(first.mean()[1], 4));
        assertThat(row.getCellAsNumber(11).orElseThrow().doubleValue())
                .isEqualTo(FixedDecimal.round(first.p90()[1], 4));

        List<Row> summary = rows(xlsx, "summary");
        assertThat(summary.stream().map(r -> r.getCellText(0)).toList())
                .contains("draws", "seed", "demand_fte", "pay_cost_gbp");
        assertThat(rows(xlsx, "notes").stream().map(r -> r.getCellText(0)).toList())
                .noneMatch(text -> text.contains("more than this workbook holds"));
    }

    /** The projection sheet has projection.csv's columns: the run's baseline first on every row, as the summary says. */
    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everyRowOfTheTableNamesTheRunsBaseline(Baseline baseline) throws IOException {
        ProjectionSettings s = projection.settings();
        Projection run = new Projection(
                new ProjectionSettings(s.years(), s.draws(), s.seed(), s.threads(), baseline),
                projection.months(),
                projection.series());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProjectionXlsxWriter().write(run, out);
        List<Row> table = rows(out.toByteArray(), "projection");
        assertThat(table.get(0).getCellText(0)).isEqualTo("baseline");
        assertThat(table.subList(1, table.size()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getCellText(0)).isEqualTo(baseline.code()));
        assertThat(rows(out.toByteArray(), "summary"))
                .anySatisfy(row -> assertThat(row.getCellText(0) + " " + row.getCellText(1))
                        .isEqualTo("baseline " + baseline.code()));
    }

    @Test
    void aTooLargeProjectionKeepsTotalsAndCapabilityByPlaceAndSaysSo() throws IOException {
        int limit = projection.series().size() * projection.months().size() - 1;
        byte[] xlsx = xlsx(new ProjectionXlsxWriter(limit));

        List<Row> table = rows(xlsx, "projection");
        assertThat(table.size() - 1).isLessThanOrEqualTo(limit);
        long kept = projection.series().stream()
                .filter(s -> ProjectionXlsxWriter.bounded(s.key()))
                .count();
        assertThat(table.size() - 1L).isEqualTo(kept * projection.months().size());
        for (Row row : table.subList(1, table.size())) {
            assertThat(row.getCellText(6)).as("organisation").isEqualTo("ALL");
            assertThat(row.getCellText(5).equals("ALL") || row.getCellText(7).equals("ALL"))
                    .as("sector or place is ALL")
                    .isTrue();
        }
        assertThat(table.stream()
                        .skip(1)
                        .anyMatch(r -> r.getCellText(3).equals("wound_care")
                                && r.getCellText(7).equals("E08000003")
                                && r.getCellText(5).equals("ALL")))
                .as("capability x place kept")
                .isTrue();
        assertThat(rows(xlsx, "notes").get(1).getCellText(0)).contains("more than this workbook holds");
    }

    @Test
    void cutsTheTableAtTheLimitWhenEvenTheTotalsAreTooMany() throws IOException {
        byte[] xlsx = xlsx(new ProjectionXlsxWriter(100));
        List<Row> table = rows(xlsx, "projection");
        assertThat(table.size() - 1).isLessThanOrEqualTo(100).isPositive();
        assertThat(rows(xlsx, "notes").get(2).getCellText(0)).contains("stops after the first");
    }
}
