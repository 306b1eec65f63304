package org.skillmix.data.importer;

import java.util.Map;

/**
 * capability_hours.csv: hours of each capability per unit of a service's activity, calibrated so each sector's
 * base-year demand equals its funded establishment: h[s,k] = establishment[sector] x share[s] x mix[s,k] x 12 x
 * H[k] / activity[s].
 */
final class CapabilityHoursTable {

    private CapabilityHoursTable() {}

    static OutputTable build(
            ImportContext ctx,
            ServiceCatalogue catalogue,
            Map<String, Double> activity,
            Map<String, Double> establishment)
            throws ImportException {
        ImportReport report = ctx.report();
        double calib = ctx.defaults().number("calibration_factor", "ALL", "capability hours calibration");
        OutputTable ch = new OutputTable(
                "capability_hours.csv", "service_code", "capability_code", "hours_per_activity", "source");
        for (ServiceCatalogue.Service s : catalogue.services()) {
            Double a = activity.get(s.code());
            double est = establishment.getOrDefault(s.sector(), 0.0);
            if (a == null || a <= 0 || est <= 0) {
                report.skipped(
                        "capability hours of " + s.code(),
                        "0 rows",
                        est <= 0 ? "the ICB has no " + s.sector() + " workforce to calibrate against" : "no activity");
                continue;
            }
            for (var k : catalogue.mix().getOrDefault(s.code(), Map.of()).entrySet()) {
                Double h = catalogue.productiveHours().get(k.getKey());
                if (h == null)
                    throw ImportException.file(
                            "mappings/service_capability_mix.csv",
                            "capability " + k.getKey() + " is not in capabilities.csv");
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
                                + "vacancy_fte), x 12 x H[" + k.getKey() + "] / the ICB's mid-2023 activity "
                                + OutputTable.num(a, 0) + " "
                                + s.unit() + "s (population x u x dep)");
            }
        }
        report.mapped(
                "capability hours calibrated",
                ch.size() + " rows",
                "base-year demand of each sector = its funded establishment "
                        + "(calibration_factor); see docs/importers.md");
        return ch;
    }
}
