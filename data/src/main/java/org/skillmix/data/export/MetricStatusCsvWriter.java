package org.skillmix.data.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.skillmix.core.metrics.MetricStatus;

/**
 * metrics-status.csv (docs/metrics.md): each metric's latest month for each organisation and the ICS, its value
 * in the metric's unit, the national threshold (blank where there is none) and whether it is met (yes, no, or
 * blank where there is no threshold to meet).
 */
public final class MetricStatusCsvWriter {

    public static final String HEADER = "metric,org_code,month,value,unit,threshold,met";

    public void write(List<MetricStatus> statuses, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(statuses, w);
        }
    }

    /** Writes to w, which stays open. */
    public void write(List<MetricStatus> statuses, Writer w) {
        CsvOutput csv = CsvOutput.withHeader(w, HEADER);
        for (MetricStatus s : statuses) {
            double t = s.metric().threshold();
            csv.text(s.metric().name())
                    .text(s.orgCode())
                    .text(s.month().toString())
                    .number(sixFigures(s.value()))
                    .quoted(s.metric().unit());
            // NaN is the metric's way of saying it has no national threshold: a blank, as "met" is then.
            if (Double.isNaN(t)) csv.blank();
            else csv.number(sixFigures(t));
            switch (s.verdict()) {
                case MET -> csv.text("yes");
                case NOT_MET -> csv.text("no");
                case NO_THRESHOLD -> csv.blank();
            }
            csv.endRow();
        }
        csv.flush();
    }

    /** Six significant figures: the published files carry no more. */
    private static BigDecimal sixFigures(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("metric value " + v + " is not a figure");
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
    }
}
