package org.skillmix.usecase.metrics;

import java.util.List;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.MetricStatusCsvWriter;
import org.skillmix.data.report.MetricsReport;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;

/**
 * The system metrics of the dataset's metrics.csv against their national thresholds (docs/metrics.md):
 * metrics.html, each metric's trend for the ICS and its organisations, and metrics-status.csv, each metric's
 * latest month and whether it meets the threshold.
 */
public final class MetricsUseCase {
    public static final String METRICS_HTML = "metrics.html";
    public static final String METRICS_STATUS_CSV = "metrics-status.csv";

    /**
     * Each metric's latest month for the ICS and each organisation; every metric's standing for the ICS, with
     * a figure or none (the six UEC system metrics first); and the files.
     */
    public record Result(List<MetricStatus> latest, List<MetricHeadline> headlines, Outputs outputs) {}

    public Result run(SystemModel model) {
        SystemMetrics metrics = model.systemMetrics();
        Outputs outputs = Outputs.of(
                Output.text(METRICS_HTML, Output.HTML, new MetricsReport().html(model)),
                Output.csv(METRICS_STATUS_CSV, out -> new MetricStatusCsvWriter().write(model, out)));
        return new Result(metrics.latest(), metrics.headlines(), outputs);
    }
}
