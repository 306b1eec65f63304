package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * staff_experience.csv, workforce_equality.csv and sickness_seasonality.csv (docs/dataset.md, docs/method.md "Staff
 * experience"), from the
 * NHS Staff Survey organisation rates (nhs-staff-survey-trust-wellbeing) and the monthly NHS sickness absence files
 * the trusts are read from. Both tables are optional: without the survey file the import goes on without
 * staff_experience.csv and says so.
 */
final class StaffExperienceTables {

    static final String SURVEY_FILE = "DERIVED_nss_organisation_wellbeing_rates.*\\.csv";

    /** A survey column (each rate has its response base in NAME_base), the dataset's indicator and the question. */
    private record Question(String column, String indicator, String words) {}

    private static final List<Question> EXPERIENCE = List.of(
            new Question("Burned_out_rate", "burnout", "Q12b % often or always burnt out because of work"),
            new Question("Stress_rate", "work_stress", "Q11c % unwell from work-related stress in the last 12 months"),
            new Question(
                    "Enough_staff_rate", "enough_staff", "Q3i % agree there are enough staff to do my job properly"));

    private static final List<Question> EQUALITY = List.of(
            new Question(
                    "Emotional_public_rate",
                    "harassment_public",
                    "Q14a % harassment, bullying or abuse from patients, relatives or the public (100 - % never;"
                            + " WRES 5, WDES 4a)"),
            new Question(
                    "Emotional_manager_rate",
                    "harassment_managers",
                    "Q14b % harassment, bullying or abuse from managers (100 - % never; WRES 6, WDES 4a)"),
            new Question(
                    "Emotional_colleagues_rate",
                    "harassment_colleagues",
                    "Q14c % harassment, bullying or abuse from other colleagues (100 - % never; WRES 6, WDES 4a)"),
            new Question(
                    "Discrimination_internal_rate",
                    "discrimination_colleagues",
                    "Q16b % discrimination at work from a manager, team leader or other colleagues (WRES 8)"),
            new Question(
                    "Discrimination_public_rate",
                    "discrimination_public",
                    "Q16a % discrimination at work from patients, service users, relatives or the public"));

    private StaffExperienceTables() {}

    /**
     * One row per dataset organisation of a surveyed trust (a mixed trust's parts take the trust's figure), year and
     * indicator, and the ENGLAND rows: each year's mean over every surveyed organisation weighted by the question's
     * responses (which reproduces the published national figures: burnout 29.9 % in 2024).
     */
    static OutputTable staffExperience(ImportContext ctx, Set<String> orgCodes) throws ImportException {
        return survey(
                ctx,
                orgCodes,
                new OutputTable("staff_experience.csv", "org_code", "year", "indicator", "value", "source"),
                EXPERIENCE,
                null,
                "leaving and sickness do not respond to the survey");
    }

    /**
     * workforce_equality.csv: the survey questions the WRES and WDES report, for the whole workforce of each
     * organisation (staff group all_staff; the split by ethnicity or disability is in trusts' own returns, not in the
     * published organisation results), and England's, as {@link #staffExperience}.
     */
    static OutputTable workforceEquality(ImportContext ctx, Set<String> orgCodes) throws ImportException {
        return survey(
                ctx,
                orgCodes,
                new OutputTable(
                        "workforce_equality.csv", "org_code", "year", "indicator", "staff_group", "value", "source"),
                EQUALITY,
                "all_staff",
                "the plan shows no workforce equality measures");
    }

    private static OutputTable survey(
            ImportContext ctx,
            Set<String> orgCodes,
            OutputTable table,
            List<Question> questions,
            String group,
            String withoutIt)
            throws ImportException {
        List<Path> files = ctx.folder().find(SURVEY_FILE, "ODS code", "Burned_out_rate");
        if (files.isEmpty()) {
            ctx.report()
                    .skipped(
                            table.file(),
                            "0 rows",
                            "no NHS Staff Survey organisation rates file (nhs-staff-survey-trust-wellbeing) in the"
                                    + " sources: " + withoutIt);
            return table;
        }
        ctx.step("NHS Staff Survey organisation rates for " + table.file());
        Path file = files.get(0);
        SourceCsv csv = SourceCsv.read(file, ctx.folder().display(file), "ODS code", "Year");
        Map<String, double[]> england = new TreeMap<>(); // year|indicator → {sum value x base, sum base}
        Map<String, String> words = new TreeMap<>();
        questions.forEach(q -> words.put(q.indicator(), q.words()));
        List<Object[]> rows = new ArrayList<>();
        csv.forEach(row -> {
            String code = row.text("ODS code").strip();
            int year = (int) row.number("Year");
            for (Question q : questions) {
                var value = row.optionalNumber(q.column());
                if (value.isEmpty()) continue;
                String baseColumn = q.column().replace("_rate", "_base");
                double base = (csv.has(baseColumn) ? row.optionalNumber(baseColumn) : row.optionalNumber("Respondents"))
                        .orElse(0);
                double[] sum = england.computeIfAbsent(year + "|" + q.indicator(), k -> new double[2]);
                sum[0] += value.getAsDouble() * base;
                sum[1] += base;
                for (String org : orgCodes) {
                    if (org.equals(code) || org.startsWith(code + "-"))
                        rows.add(new Object[] {org, year, q.indicator(), value.getAsDouble()});
                }
            }
        });
        String source = "NHS Staff Survey organisation results (" + ctx.folder().display(file) + "): ";
        rows.sort((a, b) -> (a[0] + "|" + a[1] + "|" + a[2]).compareTo(b[0] + "|" + b[1] + "|" + b[2]));
        for (Object[] r : rows)
            table.add(cells(group, r[0], r[1], r[2], OutputTable.num((Double) r[3], 2), source + words.get(r[2])));
        england.forEach((key, sum) -> {
            String[] k = key.split("\\|");
            table.add(cells(
                    group,
                    "ENGLAND",
                    Integer.parseInt(k[0]),
                    k[1],
                    OutputTable.num(sum[0] / sum[1], 2),
                    source + words.get(k[1]) + "; England = mean of every surveyed organisation weighted by"
                            + " responses to the question"));
        });
        ctx.report()
                .read(
                        ctx.folder().display(file),
                        csv.rows(),
                        table.file() + ": " + rows.size() + " rows for the ICB's organisations, " + england.size()
                                + " England rows");
        return table;
    }

    /** org, year, indicator, [group,] value, source: the group column only in a table that has one. */
    private static Object[] cells(
            String group, Object org, Object year, Object indicator, String value, String source) {
        return group == null
                ? new Object[] {org, year, indicator, value, source}
                : new Object[] {org, year, indicator, group, value, source};
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
