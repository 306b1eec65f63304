package org.skillmix.core.metrics;

import java.time.YearMonth;

/** One month's value of a metric for an organisation (ODS code) or the whole ICS (its ICB code). */
public record MetricPoint(SystemMetric metric, String orgCode, YearMonth month, double value, String source) {}
