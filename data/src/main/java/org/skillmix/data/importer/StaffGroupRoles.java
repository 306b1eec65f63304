package org.skillmix.data.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** staff_group_roles.csv: the shares of each HCHS staff group that go to each role, per sector. */
final class StaffGroupRoles {

    private final Map<String, Map<String, Map<String, Double>>> split;
    private final Map<String, String> notes;

    private StaffGroupRoles(Map<String, Map<String, Map<String, Double>>> split, Map<String, String> notes) {
        this.split = split;
        this.notes = notes;
    }

    static StaffGroupRoles read(Mappings mappings) throws ImportException {
        Map<String, Map<String, Map<String, Double>>> split = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        SourceCsv csv =
                mappings.table("staff_group_roles.csv", "sector", "staff_group", "role_code", "share", "source");
        csv.forEach(row -> {
            double share = row.number("share");
            if (share < 0 || share > 1) throw row.error("share", "a share is between 0 and 1, not " + share);
            split.computeIfAbsent(row.text("sector"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.text("staff_group"), k -> new LinkedHashMap<>())
                    .put(row.text("role_code"), share);
            notes.putIfAbsent(row.text("sector"), row.text("source").replaceFirst("^Documented default: ", ""));
        });
        for (var sector : split.entrySet()) {
            for (var group : sector.getValue().entrySet()) {
                double sum = group.getValue().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                if (sum > 1.0001)
                    throw ImportException.file(
                            csv.name(),
                            "shares of " + sector.getKey() + " / " + group.getKey() + " add up to " + sum
                                    + ", more than 1");
            }
        }
        return new StaffGroupRoles(split, notes);
    }

    /** staff group -> role -> share for a sector, in file order; null when the table has no row for it. */
    Map<String, Map<String, Double>> of(String sector) {
        return split.get(sector);
    }

    /** The source of the sector's first row, for the workforce source column. */
    String note(String sector) {
        return notes.get(sector);
    }
}
