package org.skillmix.data.importer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ambulance_services.csv: the ICBs (and extra LAs) each ambulance service covers, as 2023 LAs. */
final class AmbulanceAreas {

    /** An ambulance service's area: the ICBs and extra LAs it serves. */
    record Area(String code, List<String> icbs, List<String> extra, Set<String> places, String source) {}

    private AmbulanceAreas() {}

    static Map<String, Area> read(Mappings mappings, GeographyLookup geo) throws ImportException {
        Map<String, Area> areas = new LinkedHashMap<>();
        SourceCsv csv = mappings.table("ambulance_services.csv", "org_code", "serves_icbs", "extra_places", "source");
        csv.forEach(row -> {
            List<String> icbs = split(row.text("serves_icbs"));
            List<String> extra = split(row.text("extra_places"));
            Set<String> places = new LinkedHashSet<>();
            for (String i : icbs) places.addAll(geo.lasOf(i));
            places.addAll(extra);
            areas.put(row.text("org_code"), new Area(row.text("org_code"), icbs, extra, places, row.text("source")));
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
