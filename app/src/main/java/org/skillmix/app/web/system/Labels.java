package org.skillmix.app.web.system;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;

/**
 * Names beside codes, as a planner reads them: "Manchester (E08000003)", "Bolton NHS Foundation Trust (RMC)",
 * "Wound care (WOUND)", "Adult social care". One dataset's names, so pages, tooltips and the downloads the pages
 * build say the same. A code the dataset does not name is shown as it is; "ALL", a total, says so in words.
 */
public record Labels(
        Map<String, String> places,
        Map<String, String> organisations,
        Map<String, String> capabilities,
        Map<String, String> roles,
        Map<String, String> services) {

    /** No names at all: every code shown as it is (a page with no dataset to read them from). */
    public static final Labels NONE = new Labels(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public static Labels of(SystemModel model) {
        Map<String, String> places = new HashMap<>();
        model.places().forEach(p -> places.put(p.code(), p.name()));
        Map<String, String> organisations = new HashMap<>();
        model.organisations().forEach(o -> organisations.put(o.code(), o.name()));
        Map<String, String> capabilities = new HashMap<>();
        model.capabilities().forEach(c -> capabilities.put(c.code(), c.name()));
        Map<String, String> roles = new HashMap<>();
        model.roles().forEach(r -> roles.put(r.code(), r.name()));
        Map<String, String> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.code(), s.name()));
        return new Labels(
                Map.copyOf(places),
                Map.copyOf(organisations),
                Map.copyOf(capabilities),
                Map.copyOf(roles),
                Map.copyOf(services));
    }

    public String place(String code) {
        return named(places, code, "All places");
    }

    public String organisation(String code) {
        return named(organisations, code, "All organisations");
    }

    public String capability(String code) {
        return named(capabilities, code, "All capabilities");
    }

    public String role(String code) {
        return named(roles, code, "All roles");
    }

    public String service(String code) {
        return named(services, code, "All services");
    }

    /** A code of a run's dimension (capability, role, sector, organisation, place or service) by name. */
    public String of(String dimension, String code) {
        return switch (dimension) {
            case "capability" -> capability(code);
            case "role" -> role(code);
            case "sector" -> sector(code);
            case "organisation" -> organisation(code);
            case "place" -> place(code);
            case "service" -> service(code);
            default -> code;
        };
    }

    /** A sector in words ("adult_social_care": "Adult social care"); "ALL": the whole system. */
    public String sector(String code) {
        return sectorWords(code);
    }

    /** The organisation's name alone, without its code (for a header line that has the code elsewhere). */
    public String organisationName(String code) {
        return organisations.getOrDefault(code, code);
    }

    public static String sectorWords(String code) {
        if (code == null || code.isBlank()) return "";
        if (code.equals(SeriesKey.ALL)) return "Whole system";
        String words =
                Sector.fromCode(code).map(s -> s.code().replace('_', ' ')).orElse(code.replace('_', ' '));
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Code to "name (code)" for a drop-down, in name order: places, organisations, capabilities, roles. */
    public Map<String, String> placeChoices() {
        return choices(places, this::place);
    }

    public Map<String, String> organisationChoices() {
        return choices(organisations, this::organisation);
    }

    public Map<String, String> capabilityChoices() {
        return choices(capabilities, this::capability);
    }

    public Map<String, String> roleChoices() {
        return choices(roles, this::role);
    }

    /** Every sector, code to words, in the order of the sector list. */
    public static Map<String, String> sectorChoices() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Sector s : Sector.values()) out.put(s.code(), sectorWords(s.code()));
        return out;
    }

    /** The codes to the names a reader sees (by the given label), in name order: a drop-down's options. */
    public static Map<String, String> named(List<String> codes, java.util.function.Function<String, String> label) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        codes.stream()
                .sorted(Comparator.comparing(label, String.CASE_INSENSITIVE_ORDER))
                .forEach(c -> out.put(c, label.apply(c)));
        return out;
    }

    private static Map<String, String> choices(
            Map<String, String> names, java.util.function.Function<String, String> label) {
        return named(List.copyOf(names.keySet()), label);
    }

    private static String named(Map<String, String> names, String code, String all) {
        if (code == null || code.isBlank()) return "";
        if (code.equals(SeriesKey.ALL)) return all;
        String name = names.get(code);
        return name == null || name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
