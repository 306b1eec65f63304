package org.skillmix.data.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;

/**
 * The figures metrics-charts.js draws, as JSON: the ICS's code, organisation names, and for each metric with
 * figures its label, unit, threshold (null where there is no national one) and monthly series by organisation.
 * The report embeds it; the web dashboard embeds the same.
 */
public final class MetricsJson {

    /** What the charts read: the ICS, organisation names by code (sorted) and the metrics with figures. */
    record Chart(String ics, Map<String, String> names, List<Metric> metrics) {}

    /** One metric: its series by organisation, each point a [month, value] pair. */
    record Metric(
            String code,
            String label,
            String unit,
            BigDecimal threshold,
            boolean higherIsBetter,
            Map<String, List<List<Object>>> series) {}

    private MetricsJson() {}

    /** The JSON, safe inside a script element whatever a dataset's names hold ({@code <}, {@code >}, {@code &} escaped). */
    public static String of(SystemMetrics metrics, Map<String, String> names) {
        List<Metric> out = new ArrayList<>();
        for (SystemMetric m : metrics.metrics()) {
            Map<String, List<List<Object>>> series = new LinkedHashMap<>();
            for (String org : metrics.organisations(m)) {
                List<List<Object>> points = new ArrayList<>();
                for (MetricPoint p : metrics.series(m, org))
                    points.add(Arrays.asList(p.month().toString(), number(p.value())));
                series.put(org, points);
            }
            out.add(new Metric(m.name(), m.label(), m.unit(), number(m.threshold()), m.higherIsBetter(), series));
        }
        return ChartFigures.json(new Chart(metrics.icb(), new TreeMap<>(names), out));
    }

    /** Six significant digits: more than any published metric carries, and a stable file. */
    private static BigDecimal number(double v) {
        return ChartFigures.significant(v, 6);
    }
}
