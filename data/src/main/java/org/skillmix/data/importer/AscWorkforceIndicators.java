package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adult social care workforce indicators by LA (2019 codes), 2019/20: staff turnover rate, vacancy rate
 * and mean sickness days (Skills for Care data as processed by the British Red Cross). NA cells (LAs
 * Skills for Care did not publish) are no value, and the importer then uses England's mean.
 */
final class AscWorkforceIndicators {

    static final String FILE = ".*adult_social_care_workforce.*\\.csv";

    /** An LA's indicators; any may be missing (NA). */
    record Indicators(String la, Optional<Double> turnover, Optional<Double> vacancy, Optional<Double> sicknessDays) {}

    private final Map<String, Indicators> las = new HashMap<>();
    private String file = "";
    private double[] englandMean = new double[3];

    static AscWorkforceIndicators read(SourceFolder folder, ImportReport report) throws ImportException {
        AscWorkforceIndicators asc = new AscWorkforceIndicators();
        double[] sum = new double[3];
        int[] n = new int[3];
        int[] missing = new int[1];
        for (Path path : folder.find(FILE, "LAD19CD", "Vacancy rate")) {
            SourceCsv csv = SourceCsv.read(
                    path, folder.display(path), "LAD19CD", "Staff turnover rate", "Vacancy rate", "Mean sickness days");
            asc.file = csv.name();
            csv.forEach(row -> {
                String la = row.text("LAD19CD");
                Optional<Double> t = opt(row, "Staff turnover rate");
                Optional<Double> v = opt(row, "Vacancy rate");
                Optional<Double> s = opt(row, "Mean sickness days");
                if (SourceRow.isMissing(la)) {
                    missing[0]++;
                    return;
                }
                asc.las.put(la, new Indicators(la, t, v, s));
                if (la.startsWith("E")) {
                    int i = 0;
                    for (Optional<Double> x : java.util.List.of(t, v, s)) {
                        if (x.isPresent()) {
                            sum[i] += x.get();
                            n[i]++;
                        }
                        i++;
                    }
                }
            });
            report.read(
                    csv.name(),
                    csv.rows(),
                    "adult social care turnover, vacancy and sickness by LA (2019/20)"
                            + (missing[0] > 0 ? "; " + missing[0] + " row(s) without an LA code skipped" : ""));
        }
        for (int i = 0; i < 3; i++) asc.englandMean[i] = n[i] > 0 ? sum[i] / n[i] : Double.NaN;
        return asc;
    }

    private static Optional<Double> opt(SourceRow row, String column) throws ImportException {
        var v = row.optionalNumber(column);
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    String file() {
        return file;
    }

    boolean isEmpty() {
        return las.isEmpty();
    }

    /** Every LA code of the file (2019 codes). */
    java.util.Set<String> codes() {
        return las.keySet();
    }

    Optional<Indicators> of(String la) {
        return Optional.ofNullable(las.get(la));
    }

    /** Unweighted mean over English LAs with a value: turnover, vacancy, sickness days. */
    double englandTurnover() {
        return englandMean[0];
    }

    double englandVacancy() {
        return englandMean[1];
    }

    double englandSicknessDays() {
        return englandMean[2];
    }
}
