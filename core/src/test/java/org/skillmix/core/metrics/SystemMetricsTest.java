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

    @Test
    void headlinesGiveEveryMetricTheSixFirstWithAFigureOrNoData() {
        SystemMetrics metrics = new SystemMetrics(
                "QOP",
                List.of(
                        p(SystemMetric.CATEGORY_2_MEAN, "QOP", "2026-03", 26.3),
                        p(SystemMetric.CATEGORY_2_MEAN, "RX7", "2026-03", 26.3),
                        p(SystemMetric.GA_OCCUPANCY, "QOP", "2025-12", 0.93),
                        p(SystemMetric.NCTR_SHARE_OF_BEDS, "QOP", "2025-11", 0.12),
                        p(SystemMetric.HANDOVER_HOURS_LOST, "R0A", "2026-02", 40)));
        List<MetricHeadline> headlines = metrics.headlines();
        assertThat(headlines).extracting(MetricHeadline::metric).containsExactly(SystemMetric.values());
        assertThat(headlines.subList(0, 6))
                .extracting(MetricHeadline::metric)
                .containsExactlyElementsOf(SystemMetric.uecSystemMetrics());
        assertThat(headlines.subList(0, 6))
                .extracting(MetricHeadline::when)
                .containsExactly(
                        "no data",
                        "no data",
                        "Mar 2026",
                        "no ICS figure (1 organisation has figures)",
                        // 2025-12 is three months before the newest month, 2026-03: not yet stale.
                        "Dec 2025",
                        "Nov 2025, stale: 4 months before Mar 2026");
        assertThat(headlines.get(2).organisations()).isEqualTo(1);
        assertThat(headlines.get(4).stale()).isFalse();
        assertThat(headlines.get(5).stale()).isTrue();
        assertThat(headlines.get(5).monthsBehind()).isEqualTo(4);
    }

    @Test
    void aDatasetWithoutMetricsHasNoDataForEveryMetric() {
        assertThat(new SystemMetrics("QOP", List.of()).headlines())
                .hasSize(SystemMetric.values().length)
                .allSatisfy(h -> {
                    assertThat(h.hasData()).isFalse();
                    assertThat(h.when()).isEqualTo("no data");
                });
    }
}
