package org.skillmix.app.web.metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.metrics.MetricsUseCase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "System metrics",
        description = "A stored system's metrics (metrics.csv) by organisation and for the ICS, by month, and the files"
                + " skillmix metrics writes of them")
public class MetricsController {
    private final MetricsService metrics;
    private final CurrentAccount current;

    public MetricsController(MetricsService metrics, CurrentAccount current) {
        this.metrics = metrics;
        this.current = current;
    }

    /** One month's figure, with the metric's unit and national threshold (null where there is none). */
    public record MetricValue(
            String metric,
            String label,
            String orgCode,
            String month,
            double value,
            String unit,
            Double threshold,
            boolean higherIsBetter,
            String source) {
        static MetricValue of(MetricPoint p) {
            double t = p.metric().threshold();
            return new MetricValue(
                    p.metric().name(),
                    p.metric().label(),
                    p.orgCode(),
                    p.month().toString(),
                    p.value(),
                    p.metric().unit(),
                    Double.isNaN(t) ? null : t,
                    p.metric().higherIsBetter(),
                    p.source());
        }
    }

    @GetMapping("/api/systems/{id}/metrics")
    @Operation(
            summary = "A stored system's metrics by month, in metric, organisation and month order",
            description =
                    "id is the dataset id. The ICS's own figures have orgCode = the ICB's code (ratios of sums over its"
                            + " organisations). 400 for an unknown metric; 403 for another ICS's system.")
    public List<MetricValue> list(
            @PathVariable long id,
            @Parameter(description = "a metric, e.g. GA_OCCUPANCY (blank: all)") @RequestParam(required = false)
                    String metric,
            @Parameter(description = "an organisation's code, or the ICB's for the ICS (blank: all)")
                    @RequestParam(required = false)
                    String org) {
        return metrics.points(current.get(), id, metric, org).stream()
                .map(MetricValue::of)
                .toList();
    }

    @GetMapping("/api/systems/{id}/metrics/" + MetricsUseCase.METRICS_HTML)
    @Operation(
            summary = "The metrics.html page of skillmix metrics for a stored system: each metric's trend for the ICS"
                    + " and its organisations, self-contained",
            description = "The same bytes the command line writes for the stored files. 403 for another ICS's system.")
    public ResponseEntity<byte[]> page(@PathVariable long id) {
        return attachment(metrics.file(current.get(), id, MetricsUseCase.METRICS_HTML));
    }

    @GetMapping("/api/systems/{id}/metrics/" + MetricsUseCase.METRICS_STATUS_CSV)
    @Operation(
            summary = "The metrics-status.csv of skillmix metrics for a stored system: each metric's latest month for"
                    + " the ICS and each organisation, and whether it meets the national threshold",
            description = "The same bytes the command line writes for the stored files. 403 for another ICS's system.")
    public ResponseEntity<byte[]> status(@PathVariable long id) {
        return attachment(metrics.file(current.get(), id, MetricsUseCase.METRICS_STATUS_CSV));
    }

    private static ResponseEntity<byte[]> attachment(Output file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.bytes());
    }
}
