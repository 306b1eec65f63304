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
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;

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
        assertThat(row.getCellText(0)).isEqualTo("2025-05");
        assertThat(row.getCellText(1)).isEqualTo(first.key().measure().code());
        assertThat(row.getCellText(6)).isEqualTo(first.key().place());
        assertThat(row.getCellAsNumber(7).orElseThrow().doubleValue())
                .isEqualTo(FixedDecimal.round(first.mean()[1], 4));
        assertThat(row.getCellAsNumber(10).orElseThrow().doubleValue())
                .isEqualTo(FixedDecimal.round(first.p90()[1], 4));

        List<Row> summary = rows(xlsx, "summary");
        assertThat(summary.stream().map(r -> r.getCellText(0)).toList())
                .contains("draws", "seed", "demand_fte", "pay_cost_gbp");
        assertThat(rows(xlsx, "notes").stream().map(r -> r.getCellText(0)).toList())
                .noneMatch(text -> text.contains("more than this workbook holds"));
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
            assertThat(row.getCellText(5)).as("organisation").isEqualTo("ALL");
            assertThat(row.getCellText(4).equals("ALL") || row.getCellText(6).equals("ALL"))
                    .as("sector or place is ALL")
                    .isTrue();
        }
        assertThat(table.stream()
                        .skip(1)
                        .anyMatch(r -> r.getCellText(2).equals("wound_care")
                                && r.getCellText(6).equals("E08000003")
                                && r.getCellText(4).equals("ALL")))
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
