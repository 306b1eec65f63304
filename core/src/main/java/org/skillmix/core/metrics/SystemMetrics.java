package org.skillmix.core.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every metric point of an ICS, by organisation and for the ICS itself (orgCode = the ICB's code). */
public record SystemMetrics(String icb, List<MetricPoint> points) {

    public SystemMetrics {
        points = points.stream()
                .sorted(Comparator.comparing((MetricPoint p) -> p.metric())
                        .thenComparing(MetricPoint::orgCode)
                        .thenComparing(MetricPoint::month))
                .toList();
    }

    /** One organisation's (or the ICS's) monthly series of a metric, in month order. */
    public List<MetricPoint> series(SystemMetric metric, String orgCode) {
        return points.stream()
                .filter(p -> p.metric() == metric && p.orgCode().equals(orgCode))
                .toList();
    }

    public Set<SystemMetric> metrics() {
        return new TreeSet<>(points.stream().map(MetricPoint::metric).toList());
    }

    public Set<String> organisations(SystemMetric metric) {
        return new TreeSet<>(points.stream()
                .filter(p -> p.metric() == metric)
                .map(MetricPoint::orgCode)
                .toList());
    }

    public SystemMetrics plus(List<MetricPoint> more) {
        return new SystemMetrics(
                icb,
                java.util.stream.Stream.concat(points.stream(), more.stream()).toList());
    }

    /** Each metric's latest month for each organisation and the ICS, in metric then organisation order. */
    public List<MetricStatus> latest() {
        java.util.Map<String, MetricPoint> last = new java.util.LinkedHashMap<>();
        for (MetricPoint p : points)
            last.put(p.metric() + "|" + p.orgCode(), p); // points are in month order within each
        return last.values().stream().map(MetricStatus::of).toList();
    }
}
