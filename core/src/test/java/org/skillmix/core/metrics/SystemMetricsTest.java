package org.skillmix.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemMetricsTest {

    private static MetricPoint p(SystemMetric m, String org, String month, double v) {
        return new MetricPoint(m, org, YearMonth.parse(month), v, "");
    }

    @Test
    void latestIsTheLastMonthOfEachMetricAndOrganisationWhateverTheInputOrder() {
        SystemMetrics metrics = new SystemMetrics(
                "QOP",
                List.of(
                        p(SystemMetric.GA_OCCUPANCY, "RMC", "2024-08", 0.95),
                        p(SystemMetric.GA_OCCUPANCY, "RMC", "2024-07", 0.90),
                        p(SystemMetric.GA_OCCUPANCY, "QOP", "2024-07", 0.91),
                        p(SystemMetric.AE_FOUR_HOUR, "QOP", "2024-07", 0.78),
                        p(SystemMetric.SICKNESS_RATE, "QOP", "2024-07", 0.05)));
        assertThat(metrics.latest())
                .containsExactly(
                        new MetricStatus(SystemMetric.GA_OCCUPANCY, "QOP", YearMonth.of(2024, 7), 0.91),
                        new MetricStatus(SystemMetric.GA_OCCUPANCY, "RMC", YearMonth.of(2024, 8), 0.95),
                        new MetricStatus(SystemMetric.AE_FOUR_HOUR, "QOP", YearMonth.of(2024, 7), 0.78),
                        new MetricStatus(SystemMetric.SICKNESS_RATE, "QOP", YearMonth.of(2024, 7), 0.05));
    }

    @Test
    void verdictFollowsTheDirectionAndTheThresholdIsInclusive() {
        // Occupancy: 92% or below is met; the four-hour share: 78% or above is met.
        assertThat(new MetricStatus(SystemMetric.GA_OCCUPANCY, "QOP", YearMonth.of(2024, 7), 0.92).verdict())
                .isEqualTo(MetricStatus.Verdict.MET);
        assertThat(new MetricStatus(SystemMetric.GA_OCCUPANCY, "QOP", YearMonth.of(2024, 7), 0.9201).verdict())
                .isEqualTo(MetricStatus.Verdict.NOT_MET);
        assertThat(new MetricStatus(SystemMetric.AE_FOUR_HOUR, "QOP", YearMonth.of(2024, 7), 0.78).verdict())
                .isEqualTo(MetricStatus.Verdict.MET);
        assertThat(new MetricStatus(SystemMetric.AE_FOUR_HOUR, "QOP", YearMonth.of(2024, 7), 0.7799).verdict())
                .isEqualTo(MetricStatus.Verdict.NOT_MET);
        assertThat(new MetricStatus(SystemMetric.SICKNESS_RATE, "QOP", YearMonth.of(2024, 7), 0.2)
                        .verdict()
                        .words())
                .isEqualTo("no national threshold");
    }
}
