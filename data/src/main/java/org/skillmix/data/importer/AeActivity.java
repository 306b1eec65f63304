package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Monthly A&E attendances by provider (NHS England A&E Attendances and Emergency Admissions): for the
 * ICB's trusts, attendances of all types (Type 1 + 2 + other departments) and Type 1 alone, per month.
 * They scale the urgent and emergency care age profile to the ICB's real total and give its seasonality.
 */
final class AeActivity {

    static final String FILE = "ae_activity_.*\\.csv";
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    static final String T1 = "A&E attendances Type 1";
    static final String T2 = "A&E attendances Type 2";
    static final String OTHER = "A&E attendances Other A&E Department";

    final Map<YearMonth, Double> all = new TreeMap<>();
    final Map<YearMonth, Double> type1 = new TreeMap<>();
    final Map<String, Double> byTrust = new TreeMap<>();
    int files;

    static AeActivity read(SourceFolder folder, Set<String> trusts, TrustLineage lineage, ImportReport report)
            throws ImportException {
        AeActivity ae = new AeActivity();
        for (Path path : folder.find(FILE, "Org Code", T1)) {
            SourceCsv csv = SourceCsv.read(path, folder.display(path), "Org Code", T1, T2, OTHER);
            Matcher m = MONTH.matcher(path.getFileName().toString());
            YearMonth month;
            if (m.find()) {
                month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else if (csv.has("Period")) {
                month = null;
            } else {
                throw ImportException.file(
                        csv.name(), "the month is neither in the file name (YYYY-MM) nor in a Period column");
            }
            YearMonth[] fileMonth = {month};
            int[] rows = new int[1];
            csv.forEach(row -> {
                String org = lineage.heirOf(row.text("Org Code"));
                if (!trusts.contains(org)) return;
                if (fileMonth[0] == null) fileMonth[0] = period(row);
                double t1 = row.optionalNumber(T1).orElse(0);
                double sum = t1
                        + row.optionalNumber(T2).orElse(0)
                        + row.optionalNumber(OTHER).orElse(0);
                ae.all.merge(fileMonth[0], sum, Double::sum);
                ae.type1.merge(fileMonth[0], t1, Double::sum);
                ae.byTrust.merge(org, sum, Double::sum);
                rows[0]++;
            });
            ae.files++;
            report.read(csv.name(), csv.rows(), "A&E attendances; " + rows[0] + " rows of the ICB's trusts");
        }
        return ae;
    }

    private static YearMonth period(SourceRow row) throws ImportException {
        String text = row.text("Period");
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(text);
        if (m.find()) return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        Matcher named = Pattern.compile("MSitAE-([A-Z]+)-(\\d{4})", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (named.find()) {
            for (java.time.Month month : java.time.Month.values()) {
                if (month.name().startsWith(named.group(1).toUpperCase()))
                    return YearMonth.of(Integer.parseInt(named.group(2)), month);
            }
        }
        throw row.error("Period", "cannot tell the month from \"" + text + "\"");
    }

    /** The middle month of the months read (the later of two): the year the attendances stand for. */
    YearMonth middleMonth() {
        List<YearMonth> months = List.copyOf(all.keySet());
        return months.get(months.size() / 2);
    }

    double total() {
        return all.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    boolean isEmpty() {
        return all.isEmpty() || total() <= 0;
    }

    static boolean fullYear(Map<YearMonth, Double> months) {
        List<YearMonth> keys = List.copyOf(months.keySet());
        return keys.size() == 12 && keys.get(0).plusMonths(11).equals(keys.get(11));
    }
}
