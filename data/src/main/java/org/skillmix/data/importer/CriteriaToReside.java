package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Patients who no longer meet the criteria to reside, daily, by ICB and by trust, and discharges by ICB
 * (NHS England discharge sitrep). Kept for later use (delayed discharge as demand on social care): the
 * import reports the ICB's daily means over the 12 months before the base month; the dataset format has
 * no table for them yet. Zero rows (days a trust did not submit) are left out of the means.
 */
final class CriteriaToReside {

    static final String ICB_FILE = ".*icb_criteria_to_reside\\.csv";
    static final String TRUST_FILE = ".*trust_criteria_to_reside\\.csv";
    static final String DISCHARGE_FILE = ".*icb_discharged_patients\\.csv";

    /** A daily mean over days with a submission, with the counts. */
    record DailyMean(double mean, int days, int zeroDays) {
        static DailyMean of(double sum, int days, int zeros) {
            return new DailyMean(days == 0 ? Double.NaN : sum / days, days, zeros);
        }
    }

    DailyMean icbNctr = DailyMean.of(0, 0, 0);
    DailyMean trustNctr = DailyMean.of(0, 0, 0);
    DailyMean icbDischarges = DailyMean.of(0, 0, 0);

    static CriteriaToReside read(
            SourceFolder folder,
            Set<String> icbOns,
            Set<String> trusts,
            LocalDate from,
            LocalDate to,
            ImportReport report)
            throws ImportException {
        CriteriaToReside ctr = new CriteriaToReside();
        for (Path path : folder.find(ICB_FILE, "icb22_code", "do_not_meet_criteria_to_reside")) {
            ctr.icbNctr = mean(
                    folder,
                    path,
                    "icb22_code",
                    icbOns,
                    "do_not_meet_criteria_to_reside",
                    from,
                    to,
                    report,
                    "patients not meeting the criteria to reside, daily by ICB",
                    true);
        }
        for (Path path : folder.find(TRUST_FILE, "nhs_trust22_code", "do_not_meet_criteria_to_reside")) {
            ctr.trustNctr = mean(
                    folder,
                    path,
                    "nhs_trust22_code",
                    trusts,
                    "do_not_meet_criteria_to_reside",
                    from,
                    to,
                    report,
                    "patients not meeting the criteria to reside, daily by trust (summed over the ICB's trusts)",
                    false);
        }
        for (Path path : folder.find(DISCHARGE_FILE, "icb22_code", "discharged_total")) {
            ctr.icbDischarges = mean(
                    folder,
                    path,
                    "icb22_code",
                    icbOns,
                    "discharged_total",
                    from,
                    to,
                    report,
                    "patients discharged, daily by ICB",
                    true);
        }
        return ctr;
    }

    /**
     * The daily mean of the codes' values over the days with a submission. With byCode (ICBs), each code's mean over
     * its own submitted days, added: several ICBs as one footprint, so a day one ICB did not submit does not count
     * the others alone as the footprint's day. Otherwise the codes' values are added day by day (an ICB's trusts).
     */
    private static DailyMean mean(
            SourceFolder folder,
            Path path,
            String key,
            Set<String> codes,
            String value,
            LocalDate from,
            LocalDate to,
            ImportReport report,
            String what,
            boolean byCode)
            throws ImportException {
        SourceCsv csv = SourceCsv.read(path, folder.display(path), key, "date", value);
        java.util.Map<String, java.util.Map<LocalDate, Double>> byDay = new java.util.TreeMap<>();
        csv.forEach(row -> {
            if (!codes.contains(row.text(key))) return;
            LocalDate day;
            try {
                day = LocalDate.parse(row.text("date"));
            } catch (DateTimeParseException e) {
                throw row.error("date", "expected a date yyyy-mm-dd, not \"" + row.text("date") + "\"");
            }
            if (day.isBefore(from) || day.isAfter(to)) return;
            byDay.computeIfAbsent(byCode ? row.text(key) : "", k -> new java.util.TreeMap<>())
                    .merge(day, row.optionalNumber(value).orElse(0), Double::sum);
        });
        double mean = 0;
        int days = Integer.MAX_VALUE;
        int zeros = 0;
        for (java.util.Map<LocalDate, Double> series : byDay.values()) {
            DailyMean m = of(series);
            mean += m.mean();
            days = Math.min(days, m.days());
            zeros = Math.max(zeros, m.zeroDays());
        }
        if (byDay.isEmpty() || (byCode && byDay.size() < codes.size())) {
            mean = Double.NaN;
            days = 0;
        }
        report.read(csv.name(), csv.rows(), what + "; " + days + " days in " + from + ".." + to);
        return new DailyMean(mean, days, zeros);
    }

    private static DailyMean of(java.util.Map<LocalDate, Double> byDay) {
        double sum = 0;
        int days = 0;
        int zeros = 0;
        for (double v : byDay.values()) {
            if (v <= 0) zeros++;
            else {
                sum += v;
                days++;
            }
        }
        return DailyMean.of(sum, days, zeros);
    }
}
