package org.skillmix.data.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.data.discharge.DischargeCalibrationTest;
import org.skillmix.data.discharge.DischargeSources;
import org.skillmix.data.discharge.IcbDischargeData;

class SystemMetricsReaderTest {

    @Test
    void readsTheLocalMetricsLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metrics.csv");
        Files.writeString(file, """
                metric,org_code,month,value,source
                category_2_mean,RX7,2024-12,41.5,AQI
                CALL_111_ABANDONMENT,QOP,2024-12,0.081,IUC ADC
                """);
        var points = SystemMetricsReader.local(file);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).metric()).isEqualTo(SystemMetric.CATEGORY_2_MEAN);
        assertThat(points.get(0).month()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(SystemMetric.CATEGORY_2_MEAN.meets(41.5)).isFalse();
        assertThat(SystemMetric.AE_FOUR_HOUR.meets(0.78)).isTrue();
    }

    @Test
    void namesTheLineOfABadRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metrics.csv");
        Files.writeString(file, "metric,org_code,month,value,source\nGA_OCCUPANCY,RM3,2024-13,0.9,x\n");
        assertThatThrownBy(() -> SystemMetricsReader.local(file))
                .hasMessageContaining("metrics.csv:2")
                .hasMessageContaining("YYYY-MM");
        Files.writeString(file, "metric,org_code,month,value,source\nGA_OCCUPANCY,RM3,2024-11,93,x\n");
        assertThatThrownBy(() -> SystemMetricsReader.local(file)).hasMessageContaining("share between 0 and 1");
    }

    @Test
    void readsOccupancyNctrShareAndFourHoursForAnIcb() throws Exception {
        Path data = DischargeCalibrationTest.shared();
        IcbDischargeData d = new DischargeSources().read(data, "QOP", true);
        var metrics = new SystemMetricsReader().read(data, d);
        var occupancy = metrics.series(SystemMetric.GA_OCCUPANCY, "QOP");
        assertThat(occupancy).isNotEmpty();
        assertThat(occupancy).allSatisfy(p -> assertThat(p.value()).isBetween(0.7, 1.05));
        assertThat(metrics.series(SystemMetric.NCTR_SHARE_OF_BEDS, "QOP"))
                .allSatisfy(p -> assertThat(p.value()).isBetween(0.05, 0.4));
        assertThat(metrics.series(SystemMetric.AE_FOUR_HOUR, "QOP")).hasSize(12);
    }
}
