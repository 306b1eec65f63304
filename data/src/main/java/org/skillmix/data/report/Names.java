package org.skillmix.data.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.CodeNames;

/** Display names for the codes in series keys; unescaped, as the dataset gives them. */
public final class Names implements CodeNames {
    private final Map<String, String> places;
    private final Map<String, String> capabilities;
    private final Map<String, String> roles;
    private final Map<String, String> organisations;
    private final Map<String, String> services;

    /** No names: every code stands for itself (a printout with no dataset beside it). */
    public static final Names CODES = new Names();

    private Names() {
        places = Map.of();
        capabilities = Map.of();
        roles = Map.of();
        organisations = Map.of();
        services = Map.of();
    }

    public Names(SystemModel system) {
        places = index(system.places(), p -> p.code(), p -> p.name());
        capabilities = index(system.capabilities(), c -> c.code(), c -> c.name());
        roles = index(system.roles(), r -> r.code(), r -> r.name());
        organisations = index(system.organisations(), o -> o.code(), o -> o.name());
        services = index(system.services(), s -> s.code(), s -> s.name());
    }

    public String place(String code) {
        return "ALL".equals(code) ? "Whole system" : named(places, code);
    }

    public String capability(String code) {
        return named(capabilities, code);
    }

    @Override
    public String role(String code) {
        return named(roles, code);
    }

    @Override
    public String organisation(String code) {
        return named(organisations, code);
    }

    public String service(String code) {
        return named(services, code);
    }

    /** A comparison slice's name: "Whole system", or its capability's, sector's or place's. */
    @Override
    public String slice(String dimension, String code) {
        return switch (dimension) {
            case "capability" -> capability(code);
            case "sector" -> sector(code);
            case "place" -> place(code);
            default -> place("ALL");
        };
    }

    /** "Bolton NHS Foundation Trust (RMC)": the name a reader knows, the code the CSV files and the dataset use. */
    public static String withCode(String name, String code) {
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    /** "adult_social_care" as "Adult social care". */
    static String sector(Sector sector) {
        String words = sector.code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String sector(String code) {
        return Sector.fromCode(code).map(Names::sector).orElse(code);
    }

    private static String named(Map<String, String> names, String code) {
        String name = names.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    private static <T> Map<String, String> index(List<T> items, Function<T, String> code, Function<T, String> name) {
        Map<String, String> map = new HashMap<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n != null) map.putIfAbsent(code.apply(item), n);
        }
        return map;
    }
}
