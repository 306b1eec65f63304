package org.skillmix.data.metrics;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.published.CsvTable;
import org.skillmix.data.published.MetricsImportException;

/**
 * The ICS's system metrics by organisation and for the ICS, monthly: adult G&A occupancy and the share of
 * adult G&A beds occupied by NCTR patients (beds and criteria-to-reside files), the A&E four-hour share
 * (A&E attendances files); and the reader of the local metrics.csv layout (docs/metrics.md) for what no
 * published file covers (111, handovers, workforce indicators), which the importer adds to these.
 */
public final class SystemMetricsReader {

    static final String AE = "ae_activity_.*\\.csv";
    static final String LOCAL = "metrics\\.csv";
    private static final String[] AE_ALL = {
        "A&E attendances Type 1", "A&E attendances Type 2", "A&E attendances Other A&E Department"
    };
    private static final String[] AE_OVER = {
        "Attendances over 4hrs Type 1", "Attendances over 4hrs Type 2", "Attendances over 4hrs Other Department"
    };

    public SystemMetrics read(Path folder, IcbDischargeData icb) throws MetricsImportException {
        List<MetricPoint> points = new ArrayList<>();
        String ics = icb.icbOds();
        // Occupancy and NCTR share, per trust and summed for the ICS (ratios of sums, not means of ratios).
        Map<YearMonth, double[]> icsBeds = new TreeMap<>();
        icb.adultBeds()
                .forEach((trust, months) -> months.forEach((month, v) -> {
                    points.add(new MetricPoint(
                            SystemMetric.GA_OCCUPANCY, trust, month, v.occupied() / v.available(), "G&A beds sitrep"));
                    double nctr = icb.trustNctr().getOrDefault(trust, Map.of()).getOrDefault(month, Double.NaN);
                    if (!Double.isNaN(nctr)) {
                        points.add(new MetricPoint(
                                SystemMetric.NCTR_SHARE_OF_BEDS,
                                trust,
                                month,
                                nctr / v.occupied(),
                                "discharge sitrep / G&A beds"));
                    }
                    double[] s = icsBeds.computeIfAbsent(month, k -> new double[4]);
                    s[0] += v.available();
                    s[1] += v.occupied();
                    if (!Double.isNaN(nctr)) {
                        s[2] += nctr;
                        s[3] += v.occupied();
                    }
                }));
        icsBeds.forEach((month, s) -> {
            points.add(
                    new MetricPoint(SystemMetric.GA_OCCUPANCY, ics, month, s[1] / s[0], "G&A beds sitrep, ICB trusts"));
            if (s[3] > 0)
                points.add(new MetricPoint(
                        SystemMetric.NCTR_SHARE_OF_BEDS,
                        ics,
                        month,
                        s[2] / s[3],
                        "discharge sitrep / G&A beds, ICB trusts"));
        });
        points.addAll(fourHour(folder, icb.trusts(), ics));
        return new SystemMetrics(ics, points);
    }

    private static List<MetricPoint> fourHour(Path folder, List<String> trusts, String ics)
            throws MetricsImportException {
        List<MetricPoint> out = new ArrayList<>();
        Map<YearMonth, double[]> icsSum = new TreeMap<>();
        Pattern monthInName = Pattern.compile("(\\d{4})-(\\d{2})");
        for (Path file : CsvTable.find(folder, AE)) {
            Matcher m = monthInName.matcher(file.getFileName().toString());
            if (!m.find()) continue;
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            List<String> required = new ArrayList<>(List.of("Org Code"));
            required.addAll(List.of(AE_ALL));
            required.addAll(List.of(AE_OVER));
            CsvTable.read(file, required, (row, line) -> {
                String org = row.field("Org Code").strip();
                if (!trusts.contains(org)) return;
                double all = 0;
                double over = 0;
                for (String c : AE_ALL) all += CsvTable.number(row, c, file).orElse(0);
                for (String c : AE_OVER) over += CsvTable.number(row, c, file).orElse(0);
                if (all <= 0) return;
                out.add(new MetricPoint(SystemMetric.AE_FOUR_HOUR, org, month, 1 - over / all, "A&E attendances"));
                double[] s = icsSum.computeIfAbsent(month, k -> new double[2]);
                s[0] += all;
                s[1] += over;
            });
        }
        icsSum.forEach((month, s) -> out.add(new MetricPoint(
                SystemMetric.AE_FOUR_HOUR, ics, month, 1 - s[1] / s[0], "A&E attendances, ICB trusts")));
        return out;
    }

    /** The local metrics.csv: metric, org_code, month (YYYY-MM), value, source; see docs/metrics.md. */
    public static List<MetricPoint> local(Path file) throws MetricsImportException {
        List<MetricPoint> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvTable.read(file, List.of("metric", "org_code", "month", "value", "source"), (row, line) -> {
            String where = file.getFileName() + ":" + line + ": ";
            SystemMetric metric = SystemMetric.fromCode(row.field("metric"))
                    .orElseThrow(() -> new MetricsImportException(where + "unknown metric \"" + row.field("metric")
                            + "\"; one of " + List.of(SystemMetric.values())));
            String org = row.field("org_code").strip();
            if (org.isEmpty()) throw new MetricsImportException(where + "org_code is empty");
            YearMonth month;
            try {
                month = YearMonth.parse(row.field("month").strip());
            } catch (RuntimeException e) {
                throw new MetricsImportException(where + "month must be YYYY-MM, not \"" + row.field("month") + "\"");
            }
            double value = CsvTable.number(row, "value", file)
                    .orElseThrow(() -> new MetricsImportException(where + "value is empty"));
            if (metric.unit().equals("share") && (value < 0 || value > 1)) {
                throw new MetricsImportException(where + metric + " is a share between 0 and 1, not " + value);
            }
            if (value < 0) throw new MetricsImportException(where + "value must not be negative");
            String key = metric + "|" + org + "|" + month;
            Long before = seen.putIfAbsent(key, line);
            if (before != null)
                throw new MetricsImportException(
                        where + "repeats " + metric + " for " + org + " " + month + " (first on line " + before + ")");
            out.add(new MetricPoint(metric, org, month, value, row.field("source")));
        });
        return out;
    }
}
