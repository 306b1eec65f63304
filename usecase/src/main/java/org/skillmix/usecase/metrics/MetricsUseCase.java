package org.skillmix.usecase.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
     * What the files are made of, for a front end that shows it in its own form (the web's dashboard and metrics
     * API): every metric point, in metric, organisation and month order; organisation names by code, the ICS's
     * under the ICB's code; each metric's latest month for the ICS and each organisation; every metric's standing
     * for the ICS, with a figure or none (the six UEC system metrics first); and the files.
     */
    public record Result(
            SystemMetrics metrics,
            Map<String, String> names,
            List<MetricStatus> latest,
            List<MetricHeadline> headlines,
            Outputs outputs) {}

    public Result run(SystemModel model) {
        SystemMetrics metrics = model.systemMetrics();
        // The page (1.1 MB for Greater Manchester) is made when it is written, so a front end that answers
        // from the figures alone (the web's metrics API) does not build it.
        Outputs outputs = Outputs.of(
                new Output(
                        METRICS_HTML,
                        Output.HTML,
                        out -> out.write(new MetricsReport().html(model).getBytes(StandardCharsets.UTF_8))),
                Output.csv(METRICS_STATUS_CSV, out -> new MetricStatusCsvWriter().write(model, out)));
        return new Result(
                metrics,
                Collections.unmodifiableMap(MetricsReport.names(model)),
                metrics.latest(),
                metrics.headlines(),
                outputs);
    }
}
