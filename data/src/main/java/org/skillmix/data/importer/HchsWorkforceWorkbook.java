package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * NHS Digital's HCHS staff by staff group, nationality and organisation (September 2017, June 2018):
 * FTE by organisation and staff group, summed over nationality, for one month. Old (pre-ICB codes) but the
 * only organisation x staff group file here: it gives each trust's staff-group MIX; current totals come
 * from the sickness files.
 */
final class HchsWorkforceWorkbook {

    static final String FILE = "hchs-staff-by-staff-group.*\\.xlsx";

    /** Month names as the file writes them (2017-SEP, 2018-JUN); not a locale's, which vary (Sept). */
    static final java.util.List<String> MONTHS =
            java.util.List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private final Map<String, Map<String, Double>> fte = new HashMap<>();
    private String file = "";
    private String month = "";

    static HchsWorkforceWorkbook read(SourceFolder folder, String month, ImportReport report) throws ImportException {
        HchsWorkforceWorkbook hchs = new HchsWorkforceWorkbook();
        hchs.month = month;
        for (Path path : folder.find(FILE)) {
            SourceWorkbook.Table table =
                    SourceWorkbook.read(path, folder.display(path), "Month", "Organisation code", "Staff group", "FTE");
            hchs.file = table.name();
            int used = 0;
            for (SourceWorkbook.SheetRow row : table.rows()) {
                if (!month.equalsIgnoreCase(table.text(row, "Month"))) continue;
                String org = table.text(row, "Organisation code");
                String group = table.text(row, "Staff group");
                if (org.isEmpty() || group.isEmpty()) {
                    throw ImportException.at(
                            table.name(),
                            row.number(),
                            org.isEmpty() ? "Organisation code" : "Staff group",
                            "is blank");
                }
                double value = table.number(row, "FTE");
                hchs.fte.computeIfAbsent(org, k -> new TreeMap<>()).merge(group, value, Double::sum);
                used++;
            }
            report.read(
                    table.name(),
                    table.rows().size(),
                    "HCHS FTE by organisation x staff group x nationality; " + used + " rows of " + month
                            + " summed over nationality for " + hchs.fte.size() + " organisations");
            break;
        }
        return hchs;
    }

    String file() {
        return file;
    }

    String month() {
        return month;
    }

    /** The file's month (2018-JUN) as a year and month. */
    java.time.YearMonth yearMonth() {
        String[] parts = month.split("-");
        return java.time.YearMonth.of(
                Integer.parseInt(parts[0]), MONTHS.indexOf(parts[1].toUpperCase(java.util.Locale.ROOT)) + 1);
    }

    /** A month as the file writes it (2018-JUN). */
    static String label(java.time.YearMonth month) {
        return month.getYear() + "-" + MONTHS.get(month.getMonthValue() - 1);
    }

    boolean isEmpty() {
        return fte.isEmpty();
    }

    /** Every organisation's FTE by staff group. */
    Map<String, Map<String, Double>> all() {
        return fte;
    }

    /** FTE by staff group of an organisation, or empty when the file has no row for it. */
    Optional<Map<String, Double>> of(String org) {
        return Optional.ofNullable(fte.get(org));
    }
}
