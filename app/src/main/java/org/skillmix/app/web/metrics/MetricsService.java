package org.skillmix.app.web.metrics;

import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.metrics.MetricsUseCase;
import org.springframework.stereotype.Service;

/**
 * A stored system's metrics: {@link MetricsUseCase} run on the stored dataset's model, as the command line's
 * {@code skillmix metrics} runs it on the files, so the dashboard, the API and the downloads show what the
 * command writes. Whoever may see the system sees every organisation's metrics, an organisation lead included:
 * they are published figures about organisations, not about staff, so the organisation-level rule that guards
 * projected staff figures does not apply.
 */
@Service
public class MetricsService {
    private final DatasetService datasets;
    private final MetricsUseCase useCase = new MetricsUseCase();

    public MetricsService(DatasetService datasets) {
        this.datasets = datasets;
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

    /** The use case on a stored dataset, whose model the dataset service reads once and keeps. */
    private MetricsUseCase.Result run(StoredDataset dataset) {
        return useCase.run(datasets.model(dataset.id()));
    }

    /**
     * A stored system's metric points, in metric, organisation and month order.
     *
     * @param metric a SystemMetric name or blank for all; @param org an organisation's or the ICB's code, or blank
     */
    public List<MetricPoint> points(Account account, long datasetId, String metric, String org) {
        StoredDataset dataset = datasets.get(account, datasetId);
        SystemMetric m = null;
        if (metric != null && !metric.isBlank()) {
            m = SystemMetric.fromCode(metric)
                    .orElseThrow(() -> new Invalid(
                            "metric",
                            "\"" + metric + "\" is not a system metric; use one of " + List.of(SystemMetric.values())));
        }
        SystemMetric only = m;
        String orgCode = org == null || org.isBlank() ? null : org.strip();
        return run(dataset).metrics().points().stream()
                .filter(p -> only == null || p.metric() == only)
                .filter(p -> orgCode == null || p.orgCode().equals(orgCode))
                .toList();
    }

    public Dashboard dashboard(Account account, long datasetId) {
        StoredDataset dataset = datasets.get(account, datasetId);
        MetricsUseCase.Result result = run(dataset);
        return new Dashboard(dataset, result.metrics(), result.latest(), result.names());
    }

    /** One of the use case's files (metrics.html or metrics-status.csv), as the command line writes it. */
    public Output file(Account account, long datasetId, String name) {
        return run(datasets.get(account, datasetId)).outputs().get(name);
    }
}
