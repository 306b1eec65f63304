package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * norms.csv: published staffing norms that set base-year need where one exists, instead of today's funded posts. A
 * row gives the hours of a group of a service's capabilities per unit of its activity (care hours per patient day
 * for ward nursing, contact hours per homecare hour, minutes per GP appointment); the hours are shared between the
 * capabilities by the service's capability mix. Every row needs its published source; a norm for a service or
 * capability the catalogue does not have, or hours that are not above 0, is an error naming file, row and column.
 */
final class Norms {

    /** A norm: the service, the capabilities it covers, hours per activity, its unit and source. */
    record Norm(String service, List<String> capabilities, double hours, String unit, String source) {}

    private final Map<String, Norm> byService = new LinkedHashMap<>();

    static Norms read(Mappings mappings, ServiceCatalogue catalogue) throws ImportException {
        Norms norms = new Norms();
        mappings.table("norms.csv", "service_code", "capability_codes", "hours_per_activity", "unit", "source")
                .forEach(row -> {
                    String service = row.text("service_code");
                    Map<String, Double> mix = catalogue.mix().get(service);
                    if (mix == null)
                        throw row.error("service_code", "service " + service + " is not in services.csv / its mix");
                    List<String> capabilities = AmbulanceAreas.split(row.text("capability_codes"));
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
                    if (norms.byService.containsKey(service))
                        throw row.error("service_code", "a second norm for " + service + ": one row per service");
                    norms.byService.put(
                            service, new Norm(service, capabilities, hours, row.text("unit"), row.text("source")));
                });
        return norms;
    }

    /** The norm of a service, or null. */
    Norm of(String service) {
        return byService.get(service);
    }
}
