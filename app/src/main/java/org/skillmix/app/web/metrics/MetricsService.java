package org.skillmix.app.web.metrics;

import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.data.report.MetricsReport;
import org.springframework.stereotype.Service;

/**
 * A stored system's metrics, read from system_metrics. Whoever may see the system sees every organisation's
 * metrics, an organisation lead included: they are published figures about organisations, not about staff, so
 * the organisation-level rule that guards projected staff figures does not apply.
 */
@Service
public class MetricsService {
    private final DatasetService datasets;
    private final SystemMetricStore store;

    public MetricsService(DatasetService datasets, SystemMetricStore store) {
        this.datasets = datasets;
        this.store = store;
    }

    /** What the dashboard shows: the system, its metrics, the latest status of each, and organisation names. */
    public record Dashboard(
            StoredDataset dataset, SystemMetrics metrics, List<MetricStatus> latest, Map<String, String> names) {
        /** One small multiple per metric with figures, with the ICS's latest status (null: organisations only). */
        public List<Card> cards() {
            return metrics.metrics().stream()
                    .map(m -> new Card(
                            m,
                            latest.stream()
                                    .filter(s -> s.metric() == m && s.orgCode().equals(metrics.icb()))
                                    .findFirst()
                                    .orElse(null)))
                    .toList();
        }

        /** Every metric, the six UEC system metrics first, with the ICS's latest figure or none. */
        public List<MetricHeadline> headlines() {
            return metrics.headlines();
        }

        /** The headlines of the six UEC system metrics (uec) or of the others. */
        public List<MetricHeadline> headlines(boolean uec) {
            return headlines().stream()
                    .filter(h -> h.metric().uecSystemMetric() == uec)
                    .toList();
        }

        /** The organisations with figures, other than the ICS, in code order. */
        public List<String> organisations() {
            return metrics.points().stream()
                    .map(p -> p.orgCode())
                    .filter(o -> !o.equals(metrics.icb()))
                    .distinct()
                    .sorted()
                    .toList();
        }

        public String name(String org) {
            return names.containsKey(org) ? org + " " + names.get(org) : org;
        }
    }

    public record Card(SystemMetric metric, MetricStatus ics) {}

    /** @param metric a SystemMetric name or blank for all; @param org an organisation's or the ICB's code, or blank */
    public SystemMetrics metrics(Account account, long datasetId, String metric, String org) {
        StoredDataset dataset = datasets.get(account, datasetId);
        SystemMetric m = null;
        if (metric != null && !metric.isBlank()) {
            m = SystemMetric.fromCode(metric)
                    .orElseThrow(() -> new Invalid(
                            "metric",
                            "\"" + metric + "\" is not a system metric; use one of " + List.of(SystemMetric.values())));
        }
        String orgCode = org == null || org.isBlank() ? null : org.strip();
        return new SystemMetrics(dataset.icbCode(), store.find(datasetId, m, orgCode));
    }

    public Dashboard dashboard(Account account, long datasetId) {
        SystemMetrics metrics = metrics(account, datasetId, null, null);
        StoredDataset dataset = datasets.get(account, datasetId);
        return new Dashboard(dataset, metrics, metrics.latest(), MetricsReport.names(datasets.model(datasetId)));
    }
}
