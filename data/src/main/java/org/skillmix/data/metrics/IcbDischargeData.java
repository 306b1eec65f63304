package org.skillmix.data.metrics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.skillmix.core.discharge.NctrSeries;

/**
 * What the published files hold for one ICB's discharge flow: its daily NCTR and discharge series, its
 * acute trusts and their adult G&A beds (available and occupied, monthly means) and NCTR (monthly means).
 */
public record IcbDischargeData(
        String icbOds,
        String icbOns,
        String icbName,
        NctrSeries series,
        List<String> trusts,
        Map<String, Map<YearMonth, double[]>> adultBeds,
        Map<String, Map<YearMonth, Double>> trustNctr) {

    /** The ICB's adult G&A beds available and occupied, summed over its trusts, mean over its last 12 months. */
    public double[] recentAdultBeds() {
        java.util.TreeMap<YearMonth, double[]> sum = new java.util.TreeMap<>();
        adultBeds
                .values()
                .forEach(m -> m.forEach((month, v) -> {
                    double[] s = sum.computeIfAbsent(month, k -> new double[2]);
                    s[0] += v[0];
                    s[1] += v[1];
                }));
        if (sum.isEmpty()) return new double[] {Double.NaN, Double.NaN, 0};
        var last = sum.descendingMap().entrySet().stream().limit(12).toList();
        double avail = last.stream().mapToDouble(e -> e.getValue()[0]).average().orElse(Double.NaN);
        double occ = last.stream().mapToDouble(e -> e.getValue()[1]).average().orElse(Double.NaN);
        return new double[] {avail, occ, last.size()};
    }
}
