package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.data.export.SampleSystem.ALL;
import static org.skillmix.data.export.SampleSystem.key;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.supply.Baseline;

class ProjectionCsvWriterTest {

    private static Projection tiny() {
        return tiny(Baseline.FUNDED_PLAN);
    }

    private static Projection tiny(Baseline baseline) {
        List<YearMonth> months = List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
        Series demand = new Series(
                key(Measure.DEMAND_FTE, "wound_care", ALL, "acute", ALL, "E08000003"),
                new double[] {1.5, -1.03125, -0.00004},
                new double[] {1, -2, -1},
                new double[] {1.5, -1, 0},
                new double[] {2, 0.123456789, 1234567.5});
        Series cost = new Series(
                key(Measure.PAY_COST_GBP, ALL, "rn_adult", "acute", "R0A", "E08000003"),
                new double[] {12345.625, 0.005, 1e7},
                null,
                null,
                null);
        Series total =
                new Series(key(Measure.GAP_FTE, ALL, ALL, ALL, ALL, ALL), new double[] {0, 10, 100}, null, null, null);
        return new Projection(new ProjectionSettings(1, 100, 42, 2, baseline), months, List.of(demand, cost, total));
    }

    private static String csv(Projection projection) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProjectionCsvWriter().write(projection, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesHeaderThenSeriesInOrderThenMonthsWithFixedDecimalsAndEmptyQuantiles() throws IOException {
        assertThat(csv(tiny())).isEqualTo("""
                baseline,month,measure,capability,role,sector,organisation,place,mean,p10,p50,p90
                funded-plan,2025-04,demand_fte,wound_care,ALL,acute,ALL,E08000003,1.5000,1.0000,1.5000,2.0000
                funded-plan,2025-05,demand_fte,wound_care,ALL,acute,ALL,E08000003,-1.0313,-2.0000,-1.0000,0.1235
                funded-plan,2025-06,demand_fte,wound_care,ALL,acute,ALL,E08000003,0.0000,-1.0000,0.0000,1234567.5000
                funded-plan,2025-04,pay_cost_gbp,ALL,rn_adult,acute,R0A,E08000003,12345.63,,,
                funded-plan,2025-05,pay_cost_gbp,ALL,rn_adult,acute,R0A,E08000003,0.01,,,
                funded-plan,2025-06,pay_cost_gbp,ALL,rn_adult,acute,R0A,E08000003,10000000.00,,,
                funded-plan,2025-04,gap_fte,ALL,ALL,ALL,ALL,ALL,0.0000,,,
                funded-plan,2025-05,gap_fte,ALL,ALL,ALL,ALL,ALL,10.0000,,,
                funded-plan,2025-06,gap_fte,ALL,ALL,ALL,ALL,ALL,100.0000,,,
                """);
    }

    /**
     * Every row names the run's baseline, so a projection.csv away from its run.json still says which supply it
     * shows; the rest of the row is the same under both (the figures here are not a baseline's own).
     */
    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everyRowStartsWithTheRunsBaseline(Baseline baseline) throws IOException {
        List<String> lines = csv(tiny(baseline)).lines().toList();
        assertThat(lines.get(0)).startsWith("baseline,month,");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(9)
                .allSatisfy(row -> assertThat(row).startsWith(baseline.code() + ",2025-0"));
        List<String> funded = csv(tiny(Baseline.FUNDED_PLAN)).lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).substring(baseline.code().length()))
                    .isEqualTo(funded.get(i).substring("funded-plan".length()));
        }
    }

    @Test
    void sameProjectionGivesTheSameBytesWhateverTheLocale() throws IOException {
        Projection projection = SampleSystem.projection(SampleSystem.system("Sample ICS", "Wound care"), 3, 200);
        Locale before = Locale.getDefault();
        String first;
        String second;
        try {
            first = csv(projection);
            Locale.setDefault(Locale.GERMANY); // decimal comma locale must not leak in
            second = csv(projection);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(second).isEqualTo(first);
        long rows = first.lines().count() - 1;
        assertThat(rows)
                .isEqualTo(
                        (long) projection.series().size() * projection.months().size());
        assertThat(first).doesNotContain("E-").doesNotContain("e-");
    }

    @Test
    void refusesAProjectionWithNaNNamingTheSeriesAndMonthAndWritesNothing() {
        Projection bad = new Projection(
                new ProjectionSettings(1, 0, 42, 1),
                List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5)),
                List.of(new Series(
                        key(Measure.GAP_FTE, "WOUND", ALL, ALL, ALL, "E08000003"),
                        new double[] {1, Double.NaN},
                        null,
                        null,
                        null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProjectionCsvWriter().write(bad, out))
                .hasMessageStartingWith("the projection has NaN for gap_fte (capability WOUND, role ALL, sector ALL,"
                        + " organisation ALL, place E08000003) in 2025-05");
        assertThat(out.size()).isZero();
    }

    @Test
    void writesACodeASpreadsheetWouldRunAsText() {
        assertThat(ProjectionCsvWriter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(ProjectionCsvWriter.field("-x,y")).isEqualTo("\"'-x,y\"");
    }

    @Test
    void quotesAFieldThatWouldBreakTheColumns() {
        assertThat(ProjectionCsvWriter.field("plain_code")).isEqualTo("plain_code");
        assertThat(ProjectionCsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ProjectionCsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void writesAFileThroughAPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("projection.csv");
        new ProjectionCsvWriter().write(tiny(), file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(csv(tiny()));
    }
}
