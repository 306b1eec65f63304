package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MetricsJsonTest {

    private static final SystemMetrics METRICS = new SystemMetrics(
            "QOP",
            List.of(
                    new MetricPoint(SystemMetric.GA_OCCUPANCY, "R0A", YearMonth.of(2025, 1), 0.9512345678, "sitrep"),
                    new MetricPoint(SystemMetric.GA_OCCUPANCY, "R0A", YearMonth.of(2025, 2), 0.95, "sitrep"),
                    new MetricPoint(SystemMetric.VACANCY_RATE, "QOP", YearMonth.of(2024, 3), 1234567.0, "x")));

    @Test
    void figuresToSixSignificantDigitsWrittenPlainlyAndNoThresholdAsNull() throws Exception {
        JsonNode chart = JsonMapper.shared().readTree(MetricsJson.of(METRICS, Map.of("R0A", "Manchester FT")));
        assertThat(chart.get("ics").asString()).isEqualTo("QOP");
        assertThat(chart.get("names").get("R0A").asString()).isEqualTo("Manchester FT");
        JsonNode occupancy = chart.get("metrics").get(0);
        assertThat(occupancy.get("code").asString()).isEqualTo("GA_OCCUPANCY");
        assertThat(occupancy.get("series").get("R0A").toString())
                .isEqualTo("[[\"2025-01\",0.951235],[\"2025-02\",0.95]]");
        JsonNode vacancy = chart.get("metrics").get(1);
        assertThat(vacancy.get("threshold").isNull())
                .as("VACANCY_RATE has no national threshold")
                .isTrue();
        assertThat(vacancy.get("series").get("QOP").toString()).isEqualTo("[[\"2024-03\",1234570]]");
    }

    /** The JSON sits in a script element on the page and the dashboard: a name must not be able to end it. */
    @Test
    void aNameCannotEndTheScriptElement() {
        String json = MetricsJson.of(METRICS, Map.of("R0A", "</script><img src=x onerror=alert(1)> & co"));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(json).contains("\\u003c/script\\u003e");
    }
}
