package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.system.Assumption;
import org.skillmix.data.dataset.Bound;

/**
 * norms.csv: published staffing norms that set base-year need where one exists, instead of today's funded posts. A
 * row gives the hours of a group of a service's capabilities per unit of its activity (care hours per patient day
 * for ward nursing, contact hours per homecare hour, minutes per GP appointment); the hours are shared between the
 * capabilities by the service's capability mix. Every row needs its published source; a norm for a service or
 * capability the catalogue does not have, or hours that are not above 0, is an error naming file, row and column.
 *
 * <p>A norm is uncertain too: factor_low and factor_high say how far the true hours may be from it, as a ratio (the
 * norm itself the most likely value), with range_source saying why. The import writes them to assumptions.csv as the
 * service's workload_norm_factor, which the engine samples, so the spread of every result covers the norm.
 */
final class Norms {

    /**
     * A norm: the service, the capabilities it covers, hours per activity, its unit and source, and the range of the
     * true hours as ratios to it (low at most 1, high at least 1) with the range's source.
     */
    record Norm(
            String service,
            List<String> capabilities,
            double hours,
            String unit,
            String source,
            double low,
            double high,
            String rangeSource) {}

    private final Map<String, Norm> byService = new LinkedHashMap<>();

    static Norms read(Mappings mappings, ServiceCatalogue catalogue) throws ImportException {
        Norms norms = new Norms();
        mappings.table(
                        "norms.csv",
                        "service_code",
                        "capability_codes",
                        "hours_per_activity",
                        "unit",
                        "source",
                        "factor_low",
                        "factor_high",
                        "range_source")
                .forEach(row -> {
                    String service = row.text("service_code");
                    Map<String, Double> mix = catalogue.mix().get(service);
                    if (mix == null)
                        throw row.error("service_code", "service " + service + " is not in services.csv / its mix");
                    List<String> capabilities = ServedAreas.split(row.text("capability_codes"));
                    if (capabilities.isEmpty())
                        throw row.error("capability_codes", "name the capabilities the norm covers, separated by ;");
                    for (String k : capabilities) {
                        if (!mix.containsKey(k))
                            throw row.error(
                                    "capability_codes",
                                    k + " is not in the capability mix of " + service + " (" + mix.keySet() + ")");
                    }
                    double hours = row.number("hours_per_activity");
                    if (!(hours > 0))
                        throw row.error("hours_per_activity", "hours per activity must be above 0, not " + hours);
                    if (row.text("source").isBlank())
                        throw row.error("source", "every norm needs its published source");
                    double low = row.number("factor_low"), high = row.number("factor_high");
                    // the reader's bound on workload_norm_factor (docs/dataset.md), with the norm as its mode
                    Bound bound = Bound.ofAssumption(Assumption.Parameters.WORKLOAD_NORM_FACTOR);
                    if (!(low >= bound.min() && low <= 1))
                        throw row.error(
                                "factor_low",
                                "must be between " + OutputTable.num(bound.min(), 4) + " and 1 (the norm is the"
                                        + " mode), not " + low);
                    if (!(high >= 1 && high <= bound.max()))
                        throw row.error(
                                "factor_high",
                                "must be between 1 and " + OutputTable.num(bound.max(), 4) + " (the norm is the"
                                        + " mode), not " + high);
                    if (row.text("range_source").isBlank())
                        throw row.error("range_source", "say where the norm's range comes from");
                    if (norms.byService.containsKey(service))
                        throw row.error("service_code", "a second norm for " + service + ": one row per service");
                    norms.byService.put(
                            service,
                            new Norm(
                                    service,
                                    capabilities,
                                    hours,
                                    row.text("unit"),
                                    row.text("source"),
                                    low,
                                    high,
                                    row.text("range_source")));
                });
        return norms;
    }

    /** The norm of a service, or null. */
    Norm of(String service) {
        return byService.get(service);
    }

    /**
     * Adds each norm's range to assumptions.csv as its service's workload_norm_factor (low, 1, high), and reports
     * it as a default where its source is a judgement. The factor scales the service's whole demand, so a norm
     * covering only part of the service's capability mix gets no row (the rest of the mix is calibrated to posts,
     * which no norm error moves): it is reported as skipped.
     */
    void addRanges(OutputTable assumptions, ServiceCatalogue catalogue, ImportReport report) {
        for (Norm norm : byService.values()) {
            String what =
                    "range of the " + norm.service() + " norm (" + Assumption.Parameters.WORKLOAD_NORM_FACTOR + ")";
            if (!norm.capabilities()
                    .containsAll(catalogue.mix().get(norm.service()).keySet())) {
                report.skipped(what, "0 rows", "the norm covers part of the service's capability mix only");
                continue;
            }
            String low = OutputTable.num(norm.low(), 4), high = OutputTable.num(norm.high(), 4);
            assumptions.add(
                    Assumption.Parameters.WORKLOAD_NORM_FACTOR,
                    norm.service(),
                    low,
                    "1",
                    high,
                    "ratio to the norm",
                    norm.rangeSource());
            String range = low + "-" + high + " x " + OutputTable.num(norm.hours(), 4) + " " + norm.unit();
            if (norm.rangeSource().startsWith("Documented judgement"))
                report.defaulted(what, range, norm.rangeSource());
            else report.mapped(what, range, norm.rangeSource());
        }
    }
}
