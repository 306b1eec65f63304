package org.skillmix.data.export;

import java.io.IOException;
import java.io.Writer;
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
            w.write(HEADER + "\n");
            for (MetricStatus s : statuses) {
                double t = s.metric().threshold();
                String met = switch (s.verdict()) {
                    case MET -> "yes";
                    case NOT_MET -> "no";
                    case NO_THRESHOLD -> "";
                };
                // Codes are letters, digits, _ and - (the dataset checks them), so no cell needs quoting.
                w.write(String.join(
                        ",",
                        s.metric().name(),
                        s.orgCode(),
                        s.month().toString(),
                        number(s.value()),
                        "\"" + s.metric().unit() + "\"",
                        Double.isNaN(t) ? "" : number(t),
                        met));
                w.write('\n');
            }
        }
    }

    private static String number(double v) {
        // Six significant figures: the published files carry no more.
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
