package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * utilisation.csv: the national age (and sex) profiles, with urgent and emergency care scaled so the ICB's
 * population gives its trusts' A&E attendances of the year and acute hospital care scaled to their occupied G&A
 * bed-days; and each service's base-year activity A[s] = sum over LAs of population x u x (IMD / reference)^e. The
 * population is the one the engine uses for the year in question ({@link PopulationByYear}): the activity's
 * financial year for a scale factor, the base month's for A[s].
 */
final class UtilisationTable {

    /** The table and each service's base-year activity over the ICB. */
    record Built(OutputTable table, Map<String, Double> activity) {}

    private UtilisationTable() {}

    static Built build(
            ImportContext ctx,
            ServiceCatalogue catalogue,
            TrustActivity trusts,
            DeprivationTable.Built deprivation,
            PopulationByYear population) {
        ImportReport report = ctx.report();
        YearMonth base = ctx.baseMonth();
        List<String> las = ctx.places().codes();
        AeActivity ae = trusts.ae();
        GeneralAcuteBeds beds = trusts.beds();
        String aeSrc = "the sum of Type 1+2+Other attendances of the ICB's " + ae.byTrust.size()
                + " trusts with A&E returns in " + "nhs-ae-attendances-monthly (" + ae.files + " months)";
        String bdSrc = "occupied G&A bed-days = general_acute_beds_occupied x days, the ICB's " + beds.byTrust.size()
                + " trusts, " + base.minusMonths(12) + ".." + base.minusMonths(1) + " (nhs-beds-ga-critical-care)";
        OutputTable util = new OutputTable(
                "utilisation.csv", "service_code", "age_band", "sex", "activity_per_person_year", "source");
        Map<String, Double> activity = new LinkedHashMap<>();
        for (ServiceCatalogue.Service s : catalogue.services()) {
            Map<String, double[]> prof = catalogue.profiles().get(s.code());
            if (prof == null) {
                report.skipped("service " + s.code(), "0 rows", "no utilisation profile in utilisation_profiles.csv");
                continue;
            }
            double k = 1;
            String src = catalogue.profileSources().get(s.code());
            if (!s.scaleTo().isEmpty()) {
                double target = s.scaleTo().equals("ae_attendances")
                        ? (ae.isEmpty() ? 0 : ae.total())
                        : s.scaleTo().equals("ga_bed_days") ? (beds.isEmpty() ? 0 : beds.total()) : 0;
                if (target > 0) {
                    // The A&E files are their own months; the bed-days are the 12 months before the base month.
                    int fy = PopulationByYear.financialYear(
                            s.scaleTo().equals("ae_attendances") ? ae.middleMonth() : base.minusMonths(6));
                    k = target / rawActivity(population, las, fy, prof);
                    src += ", so the ICB's mid-" + population.year(las.get(0), fy) + " population (the engine's for "
                            + PopulationByYear.label(fy) + ", the year of the activity) x u = "
                            + String.format(Locale.ROOT, "%,.0f", target)
                            + " " + (s.scaleTo().equals("ae_attendances") ? aeSrc : bdSrc);
                    report.mapped(
                            "utilisation of " + s.code() + " scaled to the ICB's "
                                    + s.scaleTo().replace('_', ' '),
                            String.format(Locale.ROOT, "%,.0f", target),
                            "scale factor " + OutputTable.num(k, 3));
                } else {
                    src += " (no figure for the ICB's trusts in --from: the national age shape is used unscaled)";
                    report.skipped(
                            "scaling of " + s.code() + " to the ICB's "
                                    + s.scaleTo().replace('_', ' '),
                            "0",
                            "no figures for the ICB's trusts; the national age shape is used unscaled");
                }
            }
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                for (var sex : prof.entrySet()) {
                    util.add(
                            s.code(),
                            AgeBands.BANDS.get(b),
                            sex.getKey(),
                            OutputTable.num(sex.getValue()[b] * k, s.code().equals("GP") ? 4 : 5),
                            src);
                }
            }
            Map<String, double[]> scaled = new LinkedHashMap<>();
            for (var sex : prof.entrySet()) {
                double[] v = sex.getValue().clone();
                for (int b = 0; b < v.length; b++) v[b] *= k;
                scaled.put(sex.getKey(), v);
            }
            activity.put(
                    s.code(),
                    activity(
                            population,
                            las,
                            ctx.baseYear(),
                            scaled,
                            deprivation.scores(),
                            deprivation.referenceImd(),
                            s.elasticity()));
        }
        return new Built(util, activity);
    }

    /** Population x u over the ICB in financial year fy (no deprivation): the base of a scale factor. */
    static double rawActivity(PopulationByYear population, List<String> las, int fy, Map<String, double[]> profile) {
        double total = 0;
        for (String la : las) {
            double[][] p = population.persons(la, fy);
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                if (profile.containsKey("ALL")) total += (p[0][b] + p[1][b]) * profile.get("ALL")[b];
                if (profile.containsKey("F")) total += p[0][b] * profile.get("F")[b];
                if (profile.containsKey("M")) total += p[1][b] * profile.get("M")[b];
            }
        }
        return total;
    }

    /**
     * Population x u x (IMD / reference)^e summed over the ICB's LAs in financial year fy: the base-year activity
     * A[s] (an LA without a score has no deprivation adjustment).
     */
    static double activity(
            PopulationByYear population,
            List<String> las,
            int fy,
            Map<String, double[]> profile,
            Map<String, Double> imd,
            double referenceImd,
            double elasticity) {
        double total = 0;
        for (String la : las) {
            double dep = imd.containsKey(la) ? Math.pow(imd.get(la) / referenceImd, elasticity) : 1;
            double[][] p = population.persons(la, fy);
            double a = 0;
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                if (profile.containsKey("ALL")) a += (p[0][b] + p[1][b]) * profile.get("ALL")[b];
                if (profile.containsKey("F")) a += p[0][b] * profile.get("F")[b];
                if (profile.containsKey("M")) a += p[1][b] * profile.get("M")[b];
            }
            total += a * dep;
        }
        return total;
    }
}
