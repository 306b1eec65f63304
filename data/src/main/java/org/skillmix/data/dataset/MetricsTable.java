package org.skillmix.data.dataset;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;

/**
 * metrics.csv: one month's value of a system metric for an organisation or the ICS. The value is checked
 * against the metric's unit (a share lies in 0-1); whether org_code names an organisation or the ICB is a
 * cross-table check, since the ICB's code comes from the manifest.
 */
final class MetricsTable implements TableParser<MetricPoint> {

    public DatasetTable table() {
        return DatasetTable.METRICS;
    }

    public List<String> key() {
        return List.of("metric", "org_code", "month");
    }

    public MetricPoint parse(DataRow row, KnownCodes known) {
        SystemMetric metric = metric(row);
        String org = row.code("org_code");
        YearMonth month = row.month("month");
        double value = row.number("value", metric == null ? Bounds.METRIC : Bounds.metric(metric));
        String source = row.optionalText(DatasetTable.SOURCE, "");
        if (!row.ok() || metric == null || month == null) return null;
        return new MetricPoint(metric, org, month, value, source);
    }

    private static SystemMetric metric(DataRow row) {
        String text = row.text("metric");
        if (text.isEmpty()) return null;
        Optional<SystemMetric> metric = SystemMetric.fromCode(text);
        if (metric.isEmpty()) {
            row.error(
                    "metric",
                    DataRow.quote(text) + " is not a system metric; use one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(SystemMetric.values())
                                            .map(Enum::name)
                                            .toList()));
            return null;
        }
        return metric.get();
    }
}
