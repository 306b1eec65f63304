package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * General and acute beds occupied, monthly by trust (NHS England UEC sitrep, as processed into one row
 * per trust and month): occupied G&A bed-days (beds occupied x days in month) of the ICB's trusts in the
 * 12 months before the base month. They scale the acute hospital care age profile to the ICB's real total
 * and give its seasonality. NA cells (no beds) count as none.
 */
final class GeneralAcuteBeds {

    static final String FILE = ".*general_acute_beds.*\\.csv";

    final Map<YearMonth, Double> bedDays = new TreeMap<>();
    final Map<String, Double> byTrust = new TreeMap<>();
    int missing;

    static GeneralAcuteBeds read(
            SourceFolder folder,
            Set<String> trusts,
            TrustLineage lineage,
            YearMonth from,
            YearMonth to,
            ImportReport report)
            throws ImportException {
        GeneralAcuteBeds beds = new GeneralAcuteBeds();
        for (Path path : folder.find(FILE, "nhs_trust22_code", "general_acute_beds_occupied")) {
            SourceCsv csv = SourceCsv.read(
                    path, folder.display(path), "nhs_trust22_code", "date", "general_acute_beds_occupied");
            int[] rows = new int[1];
            csv.forEach(row -> {
                String org = lineage.heirOf(row.text("nhs_trust22_code"));
                if (!trusts.contains(org)) return;
                YearMonth month = month(row);
                if (month.isBefore(from) || month.isAfter(to)) return;
                var occupied = row.optionalNumber("general_acute_beds_occupied");
                if (occupied.isEmpty()) {
                    beds.missing++;
                    return;
                }
                double days = occupied.getAsDouble() * month.lengthOfMonth();
                beds.bedDays.merge(month, days, Double::sum);
                beds.byTrust.merge(org, days, Double::sum);
                rows[0]++;
            });
            report.read(
                    csv.name(),
                    csv.rows(),
                    "G&A beds occupied by trust and month; " + rows[0] + " rows of the ICB's trusts in " + from + ".."
                            + to + (beds.missing > 0 ? ", " + beds.missing + " NA cells taken as no beds" : ""));
        }
        return beds;
    }

    private static YearMonth month(SourceRow row) throws ImportException {
        String text = row.text("date");
        String[] parts = text.split("\\s+");
        try {
            if (parts.length == 2) {
                return YearMonth.of(Integer.parseInt(parts[1]), Month.valueOf(parts[0].toUpperCase(Locale.ROOT)));
            }
            return YearMonth.parse(text.substring(0, 7));
        } catch (RuntimeException e) {
            throw row.error("date", "expected a month such as \"April 2024\", not \"" + text + "\"");
        }
    }

    double total() {
        return bedDays.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    boolean isEmpty() {
        return bedDays.isEmpty() || total() <= 0;
    }
}
