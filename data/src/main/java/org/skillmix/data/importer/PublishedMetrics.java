package org.skillmix.data.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.data.discharge.DischargeSources;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.metrics.SystemMetricsReader;
import org.skillmix.data.published.MetricsImportException;

/**
 * The dataset's metrics.csv from the published files: adult G&A occupancy, the NCTR share of occupied beds
 * and the A&E four-hour share of the ICB's trusts (SystemMetricsReader), each trust's monthly sickness rate,
 * the social care vacancy and turnover rates of each LA (2019/20, as the model uses them: a county's for its
 * districts, whose own rows are population shares of it), the 999 answer time and category 2 response
 * of the ambulance services serving the ICB (AmbSYS, AmbulanceMetrics), and any rows of a metrics.csv in the
 * --from folder (docs/metrics.md), which replace a published figure for the same metric, organisation and month. The ICS figures are ratios of sums over the trusts, never means of the trusts'
 * ratios; social care has no ICS figure, since the indicators file gives no filled posts to weight by.
 */
final class PublishedMetrics {

    /** The Skills for Care indicators describe 2019/20; they are dated at its last month. */
    static final YearMonth ASC_MONTH = YearMonth.of(2020, 3);

    private final Path from;
    private final String icb;
    private final List<String> icbCodes;
    private final ImportReport report;

    /** icb: the dataset's code; icbCodes: the ICBs of the files' 42-ICB geography it covers (several when combined). */
    PublishedMetrics(Path from, String icb, List<String> icbCodes, ImportReport report) {
        this.from = from;
        this.icb = icb;
        this.icbCodes = icbCodes;
        this.report = report;
    }

    /**
     * @param trustShares the dataset's trusts with the share of each in the ICB (below 1 for an ambulance service)
     * @param ascRates    the social care vacancy and turnover rates the model uses, as rows (AdultSocialCare)
     * @param orgCodes    every organisation of the dataset: a figure for any other is left out
     * @param withFlow    whether the criteria-to-reside files are there (the flow metrics need them)
     */
    List<MetricPoint> build(
            Map<String, Double> trustShares,
            SicknessAbsenceFiles sickness,
            List<MetricPoint> ascRates,
            Set<String> orgCodes,
            AmbulanceIndicators ambulance,
            boolean withFlow)
            throws ImportException {
        List<MetricPoint> points = new ArrayList<>(local());
        if (withFlow) points.addAll(flow(trustShares.keySet()).points());
        else
            report.skipped(
                    "system metrics: beds, criteria to reside, A&E",
                    "0 rows",
                    "no criteria-to-reside file in --from: occupancy, NCTR share and A&E four-hour are left out");
        points.addAll(sickness(trustShares, sickness));
        points.addAll(ascRates);
        points.addAll(AmbulanceMetrics.points(ambulance, trustShares, icb, report));
        List<MetricPoint> kept = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>();
        Set<String> given = new HashSet<>();
        int replaced = 0;
        for (MetricPoint p : points) {
            // The local file's rows come first: a figure the ICS keeps itself replaces the published one.
            if (!given.add(p.metric() + "|" + p.orgCode() + "|" + p.month())) replaced++;
            else if (orgCodes.contains(p.orgCode()) || p.orgCode().equals(icb)) kept.add(p);
            else dropped.merge(p.orgCode(), 1, Integer::sum);
        }
        if (replaced > 0)
            report.mapped(
                    "system metrics: local metrics.csv",
                    replaced + " rows",
                    "published figures replaced by the local metrics.csv's rows for the same metric, organisation and"
                            + " month");
        dropped.forEach((org, n) -> report.skipped(
                "system metrics of " + org,
                n + " rows",
                "not an organisation of the dataset (from the metrics.csv in the --from folder)"));
        Map<SystemMetric, Long> counts =
                kept.stream().collect(Collectors.groupingBy(MetricPoint::metric, TreeMap::new, Collectors.counting()));
        report.total(
                "system metrics",
                kept.size() + " rows",
                counts.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")) + "; ICS figures (org " + icb
                        + ") are ratios of sums over the ICB's trusts");
        return new SystemMetrics(icb, kept).points();
    }

    /** The rows of a local metrics.csv in the --from folder (docs/metrics.md), or none. */
    private List<MetricPoint> local() throws ImportException {
        Path file = from.resolve("metrics.csv");
        if (!Files.isRegularFile(file)) return List.of();
        try {
            List<MetricPoint> rows = SystemMetricsReader.local(file);
            report.read(file.toString(), rows.size(), "system metrics kept locally (docs/metrics.md)");
            return rows;
        } catch (MetricsImportException e) {
            throw ImportException.file(file.toString(), e.getMessage());
        }
    }

    /** Occupancy, NCTR share and A&E four-hour for the dataset's trusts among those the catchment file gives the ICB. */
    private SystemMetrics flow(Set<String> datasetTrusts) throws ImportException {
        try {
            IcbDischargeData all = new DischargeSources().read(from, icbCodes, icb, true);
            List<String> trusts =
                    all.trusts().stream().filter(datasetTrusts::contains).toList();
            Map<String, Map<YearMonth, IcbDischargeData.Beds>> beds = new TreeMap<>(all.adultBeds());
            beds.keySet().retainAll(trusts);
            Map<String, Map<YearMonth, Double>> nctr = new TreeMap<>(all.trustNctr());
            nctr.keySet().retainAll(trusts);
            IcbDischargeData ours =
                    new IcbDischargeData(all.icbOds(), all.icbOns(), all.icbName(), all.series(), trusts, beds, nctr);
            report.mapped(
                    "system metrics: beds, criteria to reside, A&E",
                    trusts.size() + " trusts",
                    String.join(", ", trusts) + " (the dataset's trusts whose largest catchment share is in " + icb
                            + ")");
            return new SystemMetricsReader().read(from, ours);
        } catch (MetricsImportException e) {
            throw ImportException.file(from.toString(), e.getMessage());
        }
    }

    /** Each trust's own monthly rate; the ICS's weights each trust's days by its share in the ICB. */
    private List<MetricPoint> sickness(Map<String, Double> trustShares, SicknessAbsenceFiles sickness) {
        List<MetricPoint> out = new ArrayList<>();
        Map<YearMonth, double[]> ics = new TreeMap<>();
        trustShares.forEach((code, share) -> {
            SicknessAbsenceFiles.Org org = sickness.org(code);
            if (org == null) return;
            org.daysByMonth.forEach((month, days) -> {
                out.add(new MetricPoint(
                        SystemMetric.SICKNESS_RATE,
                        code,
                        month,
                        days[0] / days[1],
                        "nhs-sickness-absence: FTE_DAYS_LOST / FTE_DAYS_AVAILABLE"));
                double[] s = ics.computeIfAbsent(month, k -> new double[2]);
                s[0] += days[0] * share;
                s[1] += days[1] * share;
            });
        });
        ics.forEach(
                (month, s) -> out.add(
                        new MetricPoint(
                                SystemMetric.SICKNESS_RATE,
                                icb,
                                month,
                                s[0] / s[1],
                                "nhs-sickness-absence: sum FTE_DAYS_LOST / sum FTE_DAYS_AVAILABLE over the ICB's trusts (ambulance x its ICB share)")));
        return out;
    }
}
