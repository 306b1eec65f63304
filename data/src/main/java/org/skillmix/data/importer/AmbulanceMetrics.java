package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;

/**
 * The 999 call answer time and the category 2 mean response of the ambulance services serving the ICB
 * (AmbSYS, {@link AmbulanceIndicators}), for each service and for the ICS.
 *
 * <p>AmbSYS gives a service's figures for its whole area, which spans several ICSs. The ICS's figure
 * apportions each service to the ICB by the ICB's share of the population of the service's area, the same
 * share the importer gives the service's staff (ambulance_services.csv):
 *
 * <pre>
 *   ICS mean = Σ_s share_s × total_s / Σ_s share_s × count_s    over the services s serving the ICB
 * </pre>
 *
 * <p>that is, each service's calls (incidents) counted as if spread over its area in proportion to population.
 * For an ICS served by one service (Greater Manchester: North West Ambulance Service) the share cancels and
 * the ICS's figure is the service's own: AmbSYS publishes nothing finer. A month in which a serving service
 * has no figure has no ICS figure, since the mean of the others would not be the ICS's.
 */
final class AmbulanceMetrics {

    private AmbulanceMetrics() {}

    private record Measure(
            SystemMetric metric,
            ToDoubleFunction<AmbulanceIndicators.Month> mean,
            ToDoubleFunction<AmbulanceIndicators.Month> total,
            ToDoubleFunction<AmbulanceIndicators.Month> count,
            double secondsPerUnit,
            String columns) {}

    private static final List<Measure> MEASURES = List.of(
            new Measure(
                    SystemMetric.CALL_999_ANSWER_MEAN,
                    AmbulanceIndicators.Month::answerMeanSeconds,
                    AmbulanceIndicators.Month::answerSeconds,
                    AmbulanceIndicators.Month::callsAnswered,
                    1,
                    "A2 / A1 (total answer time / 999 calls answered), seconds"),
            new Measure(
                    SystemMetric.CATEGORY_2_MEAN,
                    AmbulanceIndicators.Month::category2MeanMinutes,
                    AmbulanceIndicators.Month::category2Seconds,
                    AmbulanceIndicators.Month::category2Incidents,
                    60,
                    "A30 / A10 / 60 (total C2 response time / C2 incidents), minutes"));

    /**
     * @param ambulance the AmbSYS file, or null when the --from folder has none
     * @param trustShares the ICB's trusts with each one's share in the ICB (an ambulance service's is its population
     *     share)
     */
    static List<MetricPoint> points(
            AmbulanceIndicators ambulance, Map<String, Double> trustShares, String icb, ImportReport report) {
        String what = "system metrics: 999 call answer time, category 2 response";
        if (ambulance == null) {
            report.skipped(what, "0 rows", "no AmbSYS file (ambsys*.csv) in --from");
            return List.of();
        }
        Map<String, Double> services = new LinkedHashMap<>();
        trustShares.forEach((code, share) -> {
            if (!ambulance.service(code).isEmpty()) services.put(code, share);
        });
        if (services.isEmpty()) {
            report.skipped(what, "0 rows", "none of the ICB's trusts is an ambulance service in " + ambulance.file());
            return List.of();
        }
        List<MetricPoint> out = new ArrayList<>();
        for (Measure m : MEASURES) out.addAll(measure(m, ambulance, services, icb, report));
        report.mapped(
                what,
                services.size() + (services.size() == 1 ? " service" : " services"),
                services.entrySet().stream()
                                .map(e ->
                                        e.getKey() + " (share in " + icb + " " + OutputTable.num(e.getValue(), 4) + ")")
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                        + " from " + ambulance.file()
                        + "; the ICS's figure is each service's totals x its share over its counts x its share");
        return out;
    }

    private static List<MetricPoint> measure(
            Measure m, AmbulanceIndicators ambulance, Map<String, Double> services, String icb, ImportReport report) {
        List<MetricPoint> out = new ArrayList<>();
        String source = ambulance.file() + ": " + m.columns();
        TreeSet<YearMonth> months = new TreeSet<>();
        services.keySet().forEach(s -> months.addAll(ambulance.service(s).keySet()));
        Map<YearMonth, String> missing = new TreeMap<>();
        for (YearMonth month : months) {
            double total = 0;
            double count = 0;
            for (Map.Entry<String, Double> service : services.entrySet()) {
                AmbulanceIndicators.Month figures =
                        ambulance.service(service.getKey()).get(month);
                double mean = figures == null ? Double.NaN : m.mean().applyAsDouble(figures);
                if (Double.isNaN(mean)) {
                    missing.merge(month, service.getKey(), (a, b) -> a + ", " + b);
                    continue;
                }
                out.add(new MetricPoint(m.metric(), service.getKey(), month, mean, source));
                total += service.getValue() * m.total().applyAsDouble(figures);
                count += service.getValue() * m.count().applyAsDouble(figures);
            }
            if (!missing.containsKey(month)) {
                out.add(new MetricPoint(
                        m.metric(),
                        icb,
                        month,
                        total / count / m.secondsPerUnit(),
                        source + "; ICS: the services' totals and counts x each one's population share in " + icb));
            }
        }
        missing.forEach((month, codes) -> report.skipped(
                m.metric() + " " + month,
                "no ICS figure",
                "AmbSYS has no figure for " + codes + " that month (\".\" or no row)"));
        return out;
    }
}
