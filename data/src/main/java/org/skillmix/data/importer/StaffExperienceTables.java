package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * staff_experience.csv and sickness_seasonality.csv (docs/dataset.md, docs/method.md "Staff experience"), from the
 * NHS Staff Survey organisation rates (nhs-staff-survey-trust-wellbeing) and the monthly NHS sickness absence files
 * the trusts are read from. Both tables are optional: without the survey file the import goes on without
 * staff_experience.csv and says so.
 */
final class StaffExperienceTables {

    static final String SURVEY_FILE = "DERIVED_nss_organisation_wellbeing_rates.*\\.csv";
    /** Survey column → the dataset's indicator; each rate has its response base in NAME_base. */
    private static final Map<String, String> INDICATORS = Map.of(
            "Burned_out_rate", "burnout",
            "Stress_rate", "work_stress",
            "Enough_staff_rate", "enough_staff");

    private static final Map<String, String> QUESTIONS = Map.of(
            "burnout", "Q12b % often or always burnt out because of work",
            "work_stress", "Q11c % unwell from work-related stress in the last 12 months",
            "enough_staff", "Q3i % agree there are enough staff to do my job properly");

    private StaffExperienceTables() {}

    /**
     * One row per dataset organisation of a surveyed trust (a mixed trust's parts take the trust's figure), year and
     * indicator, and the ENGLAND rows: each year's mean over every surveyed organisation weighted by the question's
     * responses (which reproduces the published national figures: burnout 29.9 % in 2024).
     */
    static OutputTable staffExperience(ImportContext ctx, Set<String> orgCodes) throws ImportException {
        OutputTable table = new OutputTable("staff_experience.csv", "org_code", "year", "indicator", "value", "source");
        List<Path> files = ctx.folder().find(SURVEY_FILE, "ODS code", "Burned_out_rate");
        if (files.isEmpty()) {
            ctx.report()
                    .skipped(
                            "staff_experience.csv",
                            "0 rows",
                            "no NHS Staff Survey organisation rates file (nhs-staff-survey-trust-wellbeing) in the"
                                    + " sources: leaving and sickness do not respond to the survey");
            return table;
        }
        ctx.step("NHS Staff Survey organisation rates");
        Path file = files.get(0);
        SourceCsv csv = SourceCsv.read(file, ctx.folder().display(file), "ODS code", "Year");
        Map<String, double[]> england = new TreeMap<>(); // year|indicator → {sum value x base, sum base}
        List<Object[]> rows = new ArrayList<>();
        csv.forEach(row -> {
            String code = row.text("ODS code").strip();
            int year = (int) row.number("Year");
            for (Map.Entry<String, String> e : INDICATORS.entrySet()) {
                var value = row.optionalNumber(e.getKey());
                if (value.isEmpty()) continue;
                String baseColumn = e.getKey().replace("_rate", "_base");
                double base = (csv.has(baseColumn) ? row.optionalNumber(baseColumn) : row.optionalNumber("Respondents"))
                        .orElse(0);
                double[] sum = england.computeIfAbsent(year + "|" + e.getValue(), k -> new double[2]);
                sum[0] += value.getAsDouble() * base;
                sum[1] += base;
                for (String org : orgCodes) {
                    if (org.equals(code) || org.startsWith(code + "-"))
                        rows.add(new Object[] {org, year, e.getValue(), value.getAsDouble()});
                }
            }
        });
        String source = "NHS Staff Survey organisation results (" + ctx.folder().display(file) + "): ";
        rows.sort((a, b) -> (a[0] + "|" + a[1] + "|" + a[2]).compareTo(b[0] + "|" + b[1] + "|" + b[2]));
        for (Object[] r : rows)
            table.add(r[0], r[1], r[2], OutputTable.num((Double) r[3], 2), source + QUESTIONS.get((String) r[2]));
        england.forEach((key, sum) -> {
            String[] k = key.split("\\|");
            table.add(
                    "ENGLAND",
                    Integer.parseInt(k[0]),
                    k[1],
                    OutputTable.num(sum[0] / sum[1], 2),
                    source + QUESTIONS.get(k[1]) + "; England = mean of every surveyed organisation weighted by"
                            + " responses to the question");
        });
        ctx.report()
                .read(
                        ctx.folder().display(file),
                        csv.rows(),
                        "staff survey rates: " + rows.size() + " rows for the" + " ICB's organisations, "
                                + england.size() + " England rows");
        return table;
    }

    /**
     * The ICB's trusts' sickness by calendar month over their 12-month average: sum of FTE days lost over sum of FTE
     * days available across the trusts in each month, divided by the mean of the 12 monthly rates; 12 months needed
     * (one year of files), else the table is left out and the report says why.
     */
    static OutputTable sicknessSeasonality(ImportContext ctx, IcbTrusts trusts) {
        OutputTable table = new OutputTable("sickness_seasonality.csv", "month", "factor", "source");
        Map<Integer, double[]> byMonth = new TreeMap<>();
        for (String code : trusts.codes()) {
            SicknessAbsenceFiles.Org org = trusts.sickness().org(code);
            if (org == null) continue;
            for (Map.Entry<YearMonth, double[]> e : org.daysByMonth.entrySet()) {
                double[] sum = byMonth.computeIfAbsent(e.getKey().getMonthValue(), k -> new double[2]);
                sum[0] += e.getValue()[0];
                sum[1] += e.getValue()[1];
            }
        }
        if (byMonth.size() != 12 || byMonth.values().stream().anyMatch(s -> !(s[1] > 0))) {
            ctx.report()
                    .skipped(
                            "sickness_seasonality.csv",
                            "0 rows",
                            "the sickness absence files cover " + byMonth.size()
                                    + " calendar months; a seasonal profile needs all 12");
            return table;
        }
        double mean = byMonth.values().stream().mapToDouble(s -> s[0] / s[1]).sum() / 12;
        String source = "NHS Sickness Absence Rates " + trusts.sickness().range()
                + " (nhs-sickness-absence): the ICB's trusts' FTE days lost / FTE days available in the month over"
                + " the mean of the 12 monthly rates (" + OutputTable.num(100 * mean, 2) + " %)";
        byMonth.forEach((m, s) -> table.add(m, OutputTable.num(s[0] / s[1] / mean, 4), source));
        return table;
    }
}
