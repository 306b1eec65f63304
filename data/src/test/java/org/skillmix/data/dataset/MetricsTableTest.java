package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.system.SystemModel;

/** metrics.csv: read into metric points, written back the same, and bad rows named by file:row:column. */
class MetricsTableTest {
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @BeforeEach
    void copyFixture() throws Exception {
        data = TinyDataset.copyTo(tmp.resolve("tiny"));
    }

    @Test
    void rowsAreMetricPointsOfOrganisationsAndTheIcs() throws Exception {
        SystemModel model = reader.read(data.folder());
        assertThat(model.metrics())
                .containsExactly(
                        new MetricPoint(
                                SystemMetric.GA_OCCUPANCY, "RMC", YearMonth.of(2024, 8), 0.95, "G&A beds sitrep"),
                        new MetricPoint(
                                SystemMetric.GA_OCCUPANCY, "QOP", YearMonth.of(2024, 8), 0.93, "G&A beds sitrep"),
                        new MetricPoint(
                                SystemMetric.SICKNESS_RATE,
                                "RMC",
                                YearMonth.of(2024, 8),
                                0.052,
                                "nhs-sickness-absence"));
        assertThat(model.systemMetrics().series(SystemMetric.GA_OCCUPANCY, "QOP"))
                .hasSize(1);
    }

    @Test
    void writtenMetricsReadBackTheSame() throws Exception {
        SystemModel model = reader.read(data.folder());
        Path folder = tmp.resolve("out");
        new DatasetWriter().writeFolder(model, folder);
        assertThat(reader.read(folder)).isEqualTo(model);
        Path xlsx = tmp.resolve("out.xlsx");
        new DatasetWriter().writeWorkbook(model, xlsx);
        assertThat(reader.read(xlsx).metrics()).isEqualTo(model.metrics());
    }

    @Test
    void absentTableReadsAsNoMetrics() throws Exception {
        Files.delete(data.folder().resolve("metrics.csv"));
        assertThat(reader.read(data.folder()).metrics()).isEmpty();
    }

    @Test
    void unknownMetricBadMonthAndShareAboveOne() throws Exception {
        data.set("metrics.csv", 2, "metric", "BED_BLOCKING")
                .set("metrics.csv", 3, "month", "Aug 2024")
                .set("metrics.csv", 4, "value", "5.2");
        assertThat(error(2, "metric").reason())
                .startsWith("\"BED_BLOCKING\" is not a system metric; use one of CALL_111_ABANDONMENT,");
        assertThat(error(3, "month").reason()).isEqualTo("\"Aug 2024\" is not a month; write YYYY-MM, e.g. 2026-04");
        assertThat(error(4, "value").reason()).contains("must be a share between 0 and 1");
    }

    @Test
    void orgCodeMustBeAnOrganisationOrTheIcb() throws Exception {
        data.set("metrics.csv", 3, "org_code", "QKK");
        assertThat(error(3, "org_code").reason())
                .isEqualTo(
                        "\"QKK\" is neither an organisation in organisations.csv nor the ICB's code QOP (the ICS as a whole)");
    }

    @Test
    void repeatedMetricOrganisationAndMonth() throws Exception {
        data.copyRow("metrics.csv", 2);
        assertThat(error(5, "month").reason())
                .isEqualTo(
                        "duplicates row 2: the same metric and org_code and month (GA_OCCUPANCY, RMC, 2024-08) may appear only once");
    }

    private Problem error(int row, String column) {
        Throwable thrown = catchThrowable(() -> reader.read(data.folder()));
        assertThat(thrown).isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown)
                .problems().stream()
                        .filter(p -> p.isError()
                                && p.file().equals("metrics.csv")
                                && p.row() == row
                                && p.column().equals(column))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no error at metrics.csv:" + row + ":" + column + " in "
                                + ((DatasetException) thrown).problems()));
    }
}
