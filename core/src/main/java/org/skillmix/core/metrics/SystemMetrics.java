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

    /**
     * Every metric (SystemMetric order: the six UEC system metrics first), each with the ICS's latest figure or
     * none, so a page that shows them leaves none out silently; stale figures are marked against the newest
     * month of any metric here.
     */
    public List<MetricHeadline> headlines() {
        java.time.YearMonth asOf = points.stream()
                .map(MetricPoint::month)
                .max(Comparator.naturalOrder())
                .orElse(null);
        List<MetricStatus> latest = latest();
        return java.util.Arrays.stream(SystemMetric.values())
                .map(m -> new MetricHeadline(
                        m,
                        latest.stream()
                                .filter(s -> s.metric() == m && s.orgCode().equals(icb))
                                .findFirst()
                                .orElse(null),
                        (int) latest.stream()
                                .filter(s -> s.metric() == m && !s.orgCode().equals(icb))
                                .count(),
                        asOf))
                .toList();
    }
}
