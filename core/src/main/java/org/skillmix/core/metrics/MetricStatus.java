package org.skillmix.core.metrics;

import java.time.YearMonth;

/** Where a metric stands for an organisation or the ICS: its latest month's value against the national threshold. */
public record MetricStatus(SystemMetric metric, String orgCode, YearMonth month, double value) {

    /** Said in words on every page, so status is never shown by colour alone. */
    public enum Verdict {
        MET("met"),
        NOT_MET("not met"),
        NO_THRESHOLD("no national threshold");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static MetricStatus of(MetricPoint latest) {
        return new MetricStatus(latest.metric(), latest.orgCode(), latest.month(), latest.value());
    }

    public Verdict verdict() {
        if (Double.isNaN(metric.threshold())) return Verdict.NO_THRESHOLD;
        return metric.meets(value) ? Verdict.MET : Verdict.NOT_MET;
    }
}
