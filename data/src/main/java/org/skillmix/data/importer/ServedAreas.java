package org.skillmix.data.importer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trusts that serve more than one ICB, as 2023 LAs: ambulance services (ambulance_services.csv: the ICBs and extra LAs
 * each covers) and the mental health and community trusts whose area crosses ICB boundaries (shared_trusts.csv: the
 * LAs each serves). The sickness files place each in one ICB; the importer gives every ICB it serves the share of its
 * staff that the ICB's population is of the population it serves.
 */
final class ServedAreas {

    /**
     * A trust's area: the ICBs and extra LAs it serves (an ambulance service) or its LAs (a shared trust).
     *
     * @param ambulance whether it is an ambulance service (ambulance_services.csv) rather than a shared trust
     */
    record Area(
            String code, List<String> icbs, List<String> extra, Set<String> places, String source, boolean ambulance) {

        /** How the report names it. */
        String kind() {
            return ambulance ? "ambulance service" : "trust";
        }

        /** The mapping file it comes from. */
        String file() {
            return ambulance ? "ambulance_services.csv" : "shared_trusts.csv";
        }
    }

    private ServedAreas() {}

    static Map<String, Area> read(Mappings mappings, GeographyLookup geo) throws ImportException {
        Map<String, Area> areas = new LinkedHashMap<>();
        SourceCsv csv = mappings.table("ambulance_services.csv", "org_code", "serves_icbs", "extra_places", "source");
        csv.forEach(row -> {
            List<String> icbs = split(row.text("serves_icbs"));
            List<String> extra = split(row.text("extra_places"));
            Set<String> places = new LinkedHashSet<>();
            for (String i : icbs) places.addAll(geo.lasOf(i));
            places.addAll(extra);
            areas.put(
                    row.text("org_code"),
                    new Area(row.text("org_code"), icbs, extra, places, row.text("source"), true));
        });
        SourceCsv shared = mappings.table("shared_trusts.csv", "org_code", "serves_places", "source");
        shared.forEach(row -> {
            // LAs the lookup lacks are none of the ICB's places (SharedTrustsTest checks the shipped rows' codes).
            Set<String> places = new LinkedHashSet<>(split(row.text("serves_places")));
            List<String> icbs = places.stream()
                    .map(la -> geo.icbOf(la).orElse(""))
                    .filter(i -> !i.isEmpty())
                    .distinct()
                    .toList();
            areas.put(
                    row.text("org_code"),
                    new Area(row.text("org_code"), icbs, List.of(), places, row.text("source"), false));
        });
        return areas;
    }

    /** A `;`-separated list of codes, blanks dropped. */
    static List<String> split(String list) {
        return Arrays.stream(list.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
