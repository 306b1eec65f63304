package org.skillmix.data.report;

import java.util.Locale;
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

    private MetricsJson() {}

    public static String of(SystemMetrics metrics, Map<String, String> names) {
        StringBuilder out =
                new StringBuilder("{\"ics\":").append(string(metrics.icb())).append(",\"names\":{");
        boolean first = true;
        for (var e : new TreeMap<>(names).entrySet()) {
            if (!first) out.append(',');
            first = false;
            out.append(string(e.getKey())).append(':').append(string(e.getValue()));
        }
        out.append("},\"metrics\":[");
        first = true;
        for (SystemMetric m : metrics.metrics()) {
            if (!first) out.append(',');
            first = false;
            out.append("{\"code\":")
                    .append(string(m.name()))
                    .append(",\"label\":")
                    .append(string(m.label()))
                    .append(",\"unit\":")
                    .append(string(m.unit()))
                    .append(",\"threshold\":")
                    .append(Double.isNaN(m.threshold()) ? "null" : number(m.threshold()))
                    .append(",\"higherIsBetter\":")
                    .append(m.higherIsBetter())
                    .append(",\"series\":{");
            boolean firstOrg = true;
            for (String org : metrics.organisations(m)) {
                if (!firstOrg) out.append(',');
                firstOrg = false;
                out.append(string(org)).append(":[");
                boolean firstPoint = true;
                for (MetricPoint p : metrics.series(m, org)) {
                    if (!firstPoint) out.append(',');
                    firstPoint = false;
                    out.append("[\"")
                            .append(p.month())
                            .append("\",")
                            .append(number(p.value()))
                            .append(']');
                }
                out.append(']');
            }
            out.append("}}");
        }
        return out.append("]}").toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                // Escaped so the JSON can sit inside a script element whatever a dataset's names hold.
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
