package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * ONS 2022-based subnational population projections (persons, single year of age, mid-years 2022-2047)
 * for the LAs the file has (Warrington only here). Ages are summed to the dataset's bands.
 */
final class SnppProjection {

    static final String FILE = ".*SNPP.*\\.csv";

    private final Map<String, TreeMap<Integer, double[]>> las = new HashMap<>();
    private String file = "";

    static SnppProjection read(SourceFolder folder, ImportReport report) throws ImportException {
        SnppProjection snpp = new SnppProjection();
        for (Path path : folder.find(FILE, "AREA_CODE", "AGE_GROUP")) {
            SourceCsv csv = SourceCsv.read(path, folder.display(path), "AREA_CODE", "AGE_GROUP", "SEX");
            snpp.file = csv.name();
            csv.forEach(row -> {
                String age = row.text("AGE_GROUP");
                if (age.equalsIgnoreCase("All ages") || !row.text("SEX").equalsIgnoreCase("persons")) return;
                int a = age.toLowerCase().startsWith("90") ? 90 : parseAge(row, age);
                TreeMap<Integer, double[]> years =
                        snpp.las.computeIfAbsent(row.text("AREA_CODE"), k -> new TreeMap<>());
                for (String column : csv.header()) {
                    if (!column.matches("\\d{4}")) continue;
                    years.computeIfAbsent(Integer.parseInt(column), k -> new double[AgeBands.BANDS.size()])[
                                    AgeBands.bandOfAge(a)] +=
                            row.number(column);
                }
            });
            report.read(
                    csv.name(),
                    csv.rows(),
                    "ONS 2022-based SNPP, persons, " + snpp.las.size() + " LA(s): "
                            + String.join(", ", snpp.las.keySet()));
        }
        return snpp;
    }

    private static int parseAge(SourceRow row, String age) throws ImportException {
        try {
            return Integer.parseInt(age);
        } catch (NumberFormatException e) {
            throw row.error("AGE_GROUP", "expected an age 0-89, \"90 and over\" or \"All ages\", not " + age);
        }
    }

    String file() {
        return file;
    }

    /** Projected persons by band, by mid-year, for an LA; empty when the file does not have it. */
    TreeMap<Integer, double[]> of(String la) {
        return las.getOrDefault(la, new TreeMap<>());
    }
}
