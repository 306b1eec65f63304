package org.skillmix.app.web.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.data.report.MetricsJson;
import org.skillmix.data.report.MetricsReport;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The system dashboard page, and the chart script it shares with the metrics.html report. */
@Controller
public class MetricsPages {
    private static final String CHARTS = "/org/skillmix/data/report/metrics-charts.js";
    private final MetricsService metrics;
    private final CurrentAccount current;
    private final byte[] charts = read(CHARTS);

    public MetricsPages(MetricsService metrics, CurrentAccount current) {
        this.metrics = metrics;
        this.current = current;
    }

    @GetMapping("/systems/{id}/metrics")
    String dashboard(@PathVariable long id, Model model) {
        MetricsService.Dashboard d = metrics.dashboard(current.get(), id);
        model.addAttribute("d", d);
        model.addAttribute("chartData", MetricsJson.of(d.metrics(), d.names()));
        model.addAttribute("format", new Format());
        return "metrics";
    }

    /** The same file the report inlines, so the page and the report draw alike. */
    @GetMapping("/js/metrics-charts.js")
    ResponseEntity<byte[]> chartScript() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaType.parseMediaType("application/javascript"))
                .body(charts);
    }

    /** Value and threshold texts for the template, as the report writes them. */
    public static final class Format {
        public String value(org.skillmix.core.metrics.SystemMetric m, double v) {
            return MetricsReport.value(m, v);
        }

        public String threshold(org.skillmix.core.metrics.SystemMetric m) {
            return MetricsReport.threshold(m);
        }

        public String figure(MetricHeadline h) {
            return MetricsReport.figure(h);
        }

        public String status(MetricHeadline h) {
            return MetricsReport.status(h);
        }

        public String asOf(List<MetricHeadline> headlines) {
            return MetricsReport.asOf(headlines);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = MetricsPages.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
