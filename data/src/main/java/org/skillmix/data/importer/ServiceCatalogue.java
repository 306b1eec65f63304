package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of services (services.csv with its importer columns), each service's capability mix, the national
 * utilisation profiles by age band (and sex) and each capability's productive hours per FTE month.
 */
record ServiceCatalogue(
        List<Service> services,
        Map<String, Map<String, Double>> mix,
        Map<String, Map<String, double[]>> profiles,
        Map<String, String> profileSources,
        Map<String, Double> productiveHours) {

    /**
     * One service: its code, sector, deprivation elasticity, activity unit, share of its sector's establishment,
     * what its activity is scaled to and where its seasonality comes from.
     */
    record Service(
            String code,
            String sector,
            double elasticity,
            String unit,
            double share,
            String scaleTo,
            String seasonalityFrom) {}

    static final String[] SERVICE_COLUMNS = {
        "service_code",
        "name",
        "sector",
        "criticality",
        "growth_low",
        "growth_mode",
        "growth_high",
        "unmet_need_low",
        "unmet_need_mode",
        "unmet_need_high",
        "deprivation_elasticity",
        "activity_unit",
        "share_of_sector",
        "scale_to",
        "seasonality_from",
        "source"
    };

    /** The columns of the catalogue's services.csv that the dataset's services.csv does not have. */
    static final java.util.List<String> IMPORTER_COLUMNS =
            java.util.List.of("activity_unit", "share_of_sector", "scale_to", "seasonality_from");

    static ServiceCatalogue read(Mappings mappings) throws ImportException {
        List<Service> services = new ArrayList<>();
        mappings.table("services.csv", SERVICE_COLUMNS)
                .forEach(row -> services.add(new Service(
                        row.text("service_code"),
                        row.text("sector"),
                        row.number("deprivation_elasticity"),
                        row.text("activity_unit"),
                        row.number("share_of_sector"),
                        row.text("scale_to"),
                        row.text("seasonality_from"))));
        Map<String, Map<String, Double>> mix = new LinkedHashMap<>();
        mappings.table("service_capability_mix.csv", "service_code", "capability_code", "share")
                .forEach(row -> mix.computeIfAbsent(row.text("service_code"), k -> new LinkedHashMap<>())
                        .put(row.text("capability_code"), row.number("share")));
        // Utilisation profiles: service -> sex (ALL/F/M) -> band values.
        Map<String, Map<String, double[]>> profiles = new LinkedHashMap<>();
        Map<String, String> profileSource = new HashMap<>();
        mappings.table(
                        "utilisation_profiles.csv",
                        "service_code",
                        "age_band",
                        "sex",
                        "activity_per_person_year",
                        "source")
                .forEach(row -> {
                    int b = AgeBands.BANDS.indexOf(row.text("age_band"));
                    if (b < 0)
                        throw row.error(
                                "age_band", "expected one of " + AgeBands.BANDS + ", not " + row.text("age_band"));
                    profiles.computeIfAbsent(row.text("service_code"), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(
                                            row.text("sex").toUpperCase(Locale.ROOT),
                                            k -> new double[AgeBands.BANDS.size()])[b] =
                            row.number("activity_per_person_year");
                    profileSource.put(row.text("service_code"), row.text("source"));
                });
        Map<String, Double> hours = new HashMap<>();
        mappings.table("capabilities.csv")
                .forEach(row -> hours.put(row.text("capability_code"), row.number("productive_hours_per_fte_month")));
        return new ServiceCatalogue(services, mix, profiles, profileSource, hours);
    }
}
