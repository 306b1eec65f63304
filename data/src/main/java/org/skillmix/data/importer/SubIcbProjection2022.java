package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ONS 2022-based subnational population projections, Table 3: persons of all ages by sub-ICB location (2023
 * boundaries), mid-2022 to mid-2047, summed to ICBs through the geography lookup (by the E38 code, or by the ODS
 * code at the end of the area name for the two sub-ICB locations whose code changed in 2023).
 */
final class SubIcbProjection2022 {

    static final String FILE = ".*2022based.*projection.*subicb.*\\.csv";
    private static final Pattern ODS_SUFFIX = Pattern.compile(" - ([A-Z0-9]+)$");

    private final Map<String, TreeMap<Integer, Double>> icbs = new HashMap<>();
    private String file = "";

    static SubIcbProjection2022 read(SourceFolder folder, GeographyLookup geo, ImportReport report)
            throws ImportException {
        SubIcbProjection2022 projection = new SubIcbProjection2022();
        List<Path> paths = folder.find(FILE, "CODE", "SEX", "AGE GROUP", "2022");
        if (paths.isEmpty()) return projection;
        Path path = paths.get(0);
        SourceCsv csv = SourceCsv.read(path, folder.display(path), "CODE", "AREA", "SEX", "AGE GROUP");
        projection.file = csv.name();
        List<String> years =
                csv.header().stream().filter(c -> c.matches("\\d{4}")).toList();
        TreeSet<String> unmapped = new TreeSet<>();
        csv.forEach(row -> {
            if (!row.text("CODE").startsWith("E38")
                    || !row.text("SEX").equalsIgnoreCase("Persons")
                    || !row.text("AGE GROUP").equalsIgnoreCase("All ages")) return;
            String icb = geo.icbOfSubIcb(row.text("CODE")).orElse(null);
            if (icb == null) {
                Matcher m = ODS_SUFFIX.matcher(row.text("AREA").strip());
                if (m.find()) icb = geo.icbOfSubIcb(m.group(1)).orElse(null);
            }
            if (icb == null) {
                unmapped.add(row.text("CODE"));
                return;
            }
            TreeMap<Integer, Double> byYear = projection.icbs.computeIfAbsent(icb, k -> new TreeMap<>());
            for (String y : years) byYear.merge(Integer.parseInt(y), row.number(y), Double::sum);
        });
        report.read(
                csv.name(),
                csv.rows(),
                "ONS 2022-based projections by sub-ICB location, persons, summed to " + projection.icbs.size() + " ICBs"
                        + (unmapped.isEmpty() ? "" : "; not in the geography lookup: " + unmapped));
        return projection;
    }

    String file() {
        return file;
    }

    boolean isEmpty() {
        return icbs.isEmpty();
    }

    /** The ICB's persons of all ages by mid-year; empty when the file does not have it. */
    TreeMap<Integer, Double> of(String icb) {
        return icbs.getOrDefault(icb, new TreeMap<>());
    }
}
