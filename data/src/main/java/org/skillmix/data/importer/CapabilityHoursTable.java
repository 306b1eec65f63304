package org.skillmix.data.importer;

import java.util.Locale;
import java.util.Map;

/**
 * capability_hours.csv: hours of each capability per unit of a service's activity. Where norms.csv has a norm for
 * the service, the capabilities it covers take it, shared by the capability mix: h[s,k] = N[s] x mix[s,k] / (sum of
 * mix over the covered k) (base-year need, not funded posts). The other capabilities are calibrated so the
 * sector's base-year demand equals its funded establishment: h[s,k] = establishment[sector] x share[s] x mix[s,k]
 * x 12 x H[k] / activity[s], activity of the base month's financial year. The source column says which (Norm: / Calibrated:) and the report counts each.
 */
final class CapabilityHoursTable {

    private CapabilityHoursTable() {}

    static OutputTable build(
            ImportContext ctx,
            ServiceCatalogue catalogue,
            Norms norms,
            Map<String, Double> activity,
            Map<String, Double> establishment)
            throws ImportException {
        ImportReport report = ctx.report();
        double calib = ctx.defaults().number("calibration_factor", "ALL", "capability hours calibration");
        OutputTable ch = new OutputTable(
                "capability_hours.csv", "service_code", "capability_code", "hours_per_activity", "source");
        int fromNorm = 0;
        int calibrated = 0;
        // The base month's financial year: base-month demand of a calibrated sector is then its establishment.
        String year = PopulationByYear.label(ctx.baseYear());
        for (ServiceCatalogue.Service s : catalogue.services()) {
            Double a = activity.get(s.code());
            double est = establishment.getOrDefault(s.sector(), 0.0);
            Norms.Norm norm = norms.of(s.code());
            if (a == null || a <= 0 || (est <= 0 && norm == null)) {
                report.skipped(
                        "capability hours of " + s.code(),
                        "0 rows",
                        a == null || a <= 0
                                ? "no activity"
                                : "the ICB has no " + s.sector() + " workforce to calibrate against");
                continue;
            }
            Map<String, Double> mix = catalogue.mix().getOrDefault(s.code(), Map.of());
            double covered = norm == null
                    ? 0
                    : norm.capabilities().stream().mapToDouble(mix::get).sum();
            double normFte = 0;
            double establishmentFte = 0;
            for (var k : mix.entrySet()) {
                Double h = catalogue.productiveHours().get(k.getKey());
                if (h == null)
                    throw ImportException.file(
                            "mappings/service_capability_mix.csv",
                            "capability " + k.getKey() + " is not in capabilities.csv");
                if (norm != null && norm.capabilities().contains(k.getKey())) {
                    double hours = norm.hours() * k.getValue() / covered;
                    normFte += hours * a / (12 * h);
                    establishmentFte += est * s.share() * calib * k.getValue();
                    ch.add(
                            s.code(),
                            k.getKey(),
                            OutputTable.num(hours, 4),
                            "Norm: " + OutputTable.num(norm.hours(), 4) + " " + norm.unit() + " x "
                                    + IcbTrusts.pct(k.getValue()) + " / " + IcbTrusts.pct(covered)
                                    + " (this capability's share of the mix the norm covers); " + norm.source()
                                    + " (norms.csv)");
                    fromNorm++;
                    continue;
                }
                if (est <= 0) continue;
                double fte = est * s.share() * calib * k.getValue();
                ch.add(
                        s.code(),
                        k.getKey(),
                        OutputTable.num(fte * 12 * h / a, 4),
                        "Calibrated: " + IcbTrusts.pct(k.getValue())
                                + " (assumed capability mix) of " + IcbTrusts.pct(s.share())
                                + " (assumed share of the " + s.sector()
                                + " sector) of the sector's funded establishment " + OutputTable.num(est, 0)
                                + " FTE (workforce.csv fte_in_post + "
                                + "vacancy_fte), x 12 x H[" + k.getKey() + "] / the ICB's activity in " + year + ", "
                                + OutputTable.num(a, 0) + " "
                                + s.unit() + "s (population x u x dep, the population the engine uses for "
                                + year + "); no norm in norms.csv");
                calibrated++;
            }
            if (norm != null) {
                flagFarFromPosts(report, s.code(), normFte, establishmentFte);
                report.mapped(
                        "base-year need of " + s.code() + " from a norm",
                        String.format(Locale.ROOT, "%,.0f FTE", normFte),
                        String.format(
                                Locale.ROOT,
                                "%s for %s; the establishment calibration would give %,.0f FTE (%+.0f%%): %s",
                                OutputTable.num(norm.hours(), 4) + " " + norm.unit(),
                                String.join(", ", norm.capabilities()),
                                establishmentFte,
                                establishmentFte > 0 ? (normFte / establishmentFte - 1) * 100 : 0,
                                norm.source()));
            }
        }
        report.mapped(
                "capability hours from norms",
                fromNorm + " rows",
                "base-year need from a published norm (norms.csv; source column starts with Norm:)");
        report.defaulted(
                "capability hours calibrated to the establishment",
                calibrated + " rows",
                "no norm for these: base-year demand of the sector = its funded establishment (calibration_factor; "
                        + "source column starts with Calibrated:); see docs/importers.md");
        return ch;
    }

    /**
     * A norm's need more than 20% below or 25% above the funded posts of what it covers is kept and flagged: either
     * the norm or the activity per head leaves work out (the shipped norms are floors), or the posts are short.
     */
    static void flagFarFromPosts(ImportReport report, String service, double normFte, double establishmentFte) {
        if (!(establishmentFte > 0)) return;
        double ratio = normFte / establishmentFte;
        if (ratio >= 0.8 && ratio <= 1.25) return;
        report.flagged(
                "base-year need of " + service + " from a norm",
                String.format(
                        Locale.ROOT,
                        "%,.0f FTE against %,.0f funded (%+.0f%%)",
                        normFte,
                        establishmentFte,
                        (ratio - 1) * 100),
                "outside 80-125% of the funded posts it covers: the norm or the activity per head may leave work"
                        + " out (the shipped norms are floors), or the posts may be short; the base gap's norm part"
                        + " carries the difference");
    }
}
