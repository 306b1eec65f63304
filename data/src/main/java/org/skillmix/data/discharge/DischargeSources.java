package org.skillmix.data.discharge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.discharge.NctrSeries;
import org.skillmix.data.published.CsvTable;
import org.skillmix.data.published.MetricsImportException;

/**
 * Reads one ICB's discharge data from the published files under a folder (the layouts described in each
 * source's SOURCE.md): the daily ICB criteria-to-reside and discharge series, the ICB's trusts (those whose
 * largest catchment share is in the ICB), the trusts' adult G&A beds and their daily NCTR by month.
 */
public final class DischargeSources {

    static final String ICB_NCTR = ".*icb_criteria_to_reside\\.csv";
    static final String ICB_DISCHARGES = ".*icb_discharged_patients\\.csv";
    static final String TRUST_NCTR = ".*trust_criteria_to_reside\\.csv";
    static final String BEDS = ".*general_acute_beds.*\\.csv";
    static final String ICB_LOOKUP = "DERIVED_ltla22_icb22_by_lsoa_count\\.csv";
    static final String CATCHMENT = "nhs_trust22_icb22_catchment_share\\.csv";

    /** ICB ODS code (QOP) or ONS code (E54000057); trusts and beds are read only with the trust files. */
    public IcbDischargeData read(Path folder, String icb, boolean withTrusts) throws MetricsImportException {
        String code = icb.strip().toUpperCase(Locale.ROOT);
        String[] ids = icbIds(folder, code);
        String ons = ids[1];
        Path nctrFile = require(folder, ICB_NCTR, "ICB criteria-to-reside file (england_icb_criteria_to_reside.csv)");
        Path dischargeFile =
                require(folder, ICB_DISCHARGES, "ICB discharges file (england_icb_discharged_patients.csv)");
        TreeMap<LocalDate, Double> nctr = daily(nctrFile, "icb22_code", ons, "do_not_meet_criteria_to_reside");
        TreeMap<LocalDate, Double> discharged = daily(dischargeFile, "icb22_code", ons, "discharged_total");
        if (nctr.isEmpty())
            throw new MetricsImportException(nctrFile.getFileName() + ": no rows for ICB " + ons + " (" + code + ")");
        LocalDate start = nctr.firstKey();
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, nctr.lastKey()) + 1;
        double[] b = new double[days];
        double[] d = new double[days];
        for (int t = 0; t < days; t++) {
            // A day missing from the file reads as 0: no submission, filled from the day before when fitting.
            b[t] = nctr.getOrDefault(start.plusDays(t), 0.0);
            d[t] = discharged.getOrDefault(start.plusDays(t), 0.0);
        }
        NctrSeries series = new NctrSeries(ids[0], start, b, d);
        List<String> trusts = new ArrayList<>();
        Map<String, Map<YearMonth, IcbDischargeData.Beds>> beds = new TreeMap<>();
        Map<String, Map<YearMonth, Double>> trustNctr = new TreeMap<>();
        if (withTrusts) {
            trusts.addAll(trustsOf(folder, ons));
            readBeds(folder, trusts, beds);
            readTrustNctr(folder, trusts, trustNctr);
        }
        return new IcbDischargeData(ids[0], ons, ids[2], series, trusts, beds, trustNctr);
    }

    /** Several ICBs' data as one system's ({@link IcbDischargeData#combined}); one ICB's as {@link #read}. */
    public IcbDischargeData read(Path folder, List<String> icbs, String label, boolean withTrusts)
            throws MetricsImportException {
        List<IcbDischargeData> parts = new ArrayList<>();
        for (String icb : icbs) parts.add(read(folder, icb, withTrusts));
        try {
            return IcbDischargeData.combined(label, parts);
        } catch (IllegalArgumentException e) {
            throw new MetricsImportException(String.join(" + ", icbs) + ": " + e.getMessage());
        }
    }

    private static Path require(Path folder, String pattern, String what) throws MetricsImportException {
        return CsvTable.findOne(folder, pattern)
                .orElseThrow(() -> new MetricsImportException("no " + what + " under " + folder));
    }

    /** ODS code, ONS code and name of the ICB. */
    static String[] icbIds(Path folder, String code) throws MetricsImportException {
        var lookup = CsvTable.findOne(folder, ICB_LOOKUP);
        if (lookup.isEmpty()) {
            if (code.startsWith("E54")) return new String[] {code, code, code};
            throw new MetricsImportException("no ICB lookup (" + ICB_LOOKUP.replace("\\", "") + ") under " + folder
                    + " to turn " + code + " into an ONS code; give the ONS code (E54...) instead");
        }
        String[][] found = new String[1][];
        CsvTable.read(lookup.get(), List.of("icb22_code", "icb22_code_h", "icb22_name"), (row, line) -> {
            if (found[0] == null
                    && (row.field("icb22_code_h").equals(code)
                            || row.field("icb22_code").equals(code))) {
                found[0] = new String[] {row.field("icb22_code_h"), row.field("icb22_code"), row.field("icb22_name")};
            }
        });
        if (found[0] == null)
            throw new MetricsImportException(lookup.get().getFileName() + " has no ICB " + code
                    + "; ICB codes are like QOP (Greater Manchester), QKK (South East London)");
        return found[0];
    }

    private static TreeMap<LocalDate, Double> daily(Path file, String key, String code, String value)
            throws MetricsImportException {
        TreeMap<LocalDate, Double> out = new TreeMap<>();
        CsvTable.read(file, List.of(key, "date", value), (row, line) -> {
            if (!row.field(key).equals(code)) return;
            LocalDate day;
            try {
                day = LocalDate.parse(row.field("date"));
            } catch (DateTimeParseException e) {
                throw new MetricsImportException(
                        file.getFileName() + ":" + line + ": date is not yyyy-mm-dd: " + row.field("date"));
            }
            out.merge(day, CsvTable.number(row, value, file).orElse(0), Double::sum);
        });
        return out;
    }

    /** Trusts whose largest share of patients comes from the ICB. */
    static List<String> trustsOf(Path folder, String ons) throws MetricsImportException {
        Path file = require(folder, CATCHMENT, "trust catchment file (" + CATCHMENT.replace("\\", "") + ")");
        Map<String, String> bestIcb = new HashMap<>();
        Map<String, Double> bestShare = new HashMap<>();
        CsvTable.read(
                file, List.of("nhs_trust22_code", "icb22_code", "proportion_trust_came_from_icb"), (row, line) -> {
                    String trust = row.field("nhs_trust22_code");
                    double share = CsvTable.number(row, "proportion_trust_came_from_icb", file)
                            .orElse(0);
                    if (share > bestShare.getOrDefault(trust, -1.0)) {
                        bestShare.put(trust, share);
                        bestIcb.put(trust, row.field("icb22_code"));
                    }
                });
        return bestIcb.entrySet().stream()
                .filter(e -> e.getValue().equals(ons))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static void readBeds(
            Path folder, List<String> trusts, Map<String, Map<YearMonth, IcbDischargeData.Beds>> beds)
            throws MetricsImportException {
        var file = CsvTable.findOne(folder, BEDS);
        if (file.isEmpty()) return;
        CsvTable.read(
                file.get(),
                List.of(
                        "nhs_trust22_code",
                        "date",
                        "adult_general_acute_beds_available",
                        "adult_general_acute_beds_occupied"),
                (row, line) -> {
                    String trust = row.field("nhs_trust22_code");
                    if (!trusts.contains(trust)) return;
                    var avail = CsvTable.number(row, "adult_general_acute_beds_available", file.get());
                    var occ = CsvTable.number(row, "adult_general_acute_beds_occupied", file.get());
                    if (avail.isEmpty() || occ.isEmpty() || avail.getAsDouble() <= 0) return;
                    beds.computeIfAbsent(trust, k -> new TreeMap<>())
                            .put(
                                    month(row.field("date"), file.get(), line),
                                    new IcbDischargeData.Beds(avail.getAsDouble(), occ.getAsDouble()));
                });
    }

    private static void readTrustNctr(Path folder, List<String> trusts, Map<String, Map<YearMonth, Double>> out)
            throws MetricsImportException {
        var file = CsvTable.findOne(folder, TRUST_NCTR);
        if (file.isEmpty()) return;
        Map<String, Map<YearMonth, double[]>> sums = new HashMap<>();
        CsvTable.read(
                file.get(), List.of("nhs_trust22_code", "date", "do_not_meet_criteria_to_reside"), (row, line) -> {
                    String trust = row.field("nhs_trust22_code");
                    if (!trusts.contains(trust)) return;
                    double v = CsvTable.number(row, "do_not_meet_criteria_to_reside", file.get())
                            .orElse(0);
                    if (v <= 0) return; // no submission that day
                    double[] s = sums.computeIfAbsent(trust, k -> new HashMap<>())
                            .computeIfAbsent(YearMonth.from(LocalDate.parse(row.field("date"))), k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                });
        sums.forEach((trust, months) -> {
            Map<YearMonth, Double> m = new TreeMap<>();
            months.forEach((month, s) -> m.put(month, s[0] / s[1]));
            out.put(trust, m);
        });
    }

    /** "April 2022" (the beds file) or "2022-04". */
    static YearMonth month(String text, Path file, long line) throws MetricsImportException {
        String[] parts = text.strip().split("\\s+");
        try {
            if (parts.length == 2)
                return YearMonth.of(Integer.parseInt(parts[1]), Month.valueOf(parts[0].toUpperCase(Locale.ROOT)));
            return YearMonth.parse(text.strip().substring(0, 7));
        } catch (RuntimeException e) {
            throw new MetricsImportException(file.getFileName() + ":" + line + ": not a month: \"" + text + "\"");
        }
    }
}
