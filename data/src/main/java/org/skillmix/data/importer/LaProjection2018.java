package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ONS 2018-based subnational population projections, Table 2: persons by 5-year band, every English LA on 2018
 * boundaries, mid-2018 to mid-2043. The LAs are summed into today's (2023) LAs: a district merged since is added
 * into its successor exactly (each merger is a union of whole districts) by la_successors.csv (2019-2021) and the
 * ONS 2022 to 2023 lookup (2023). An LA code that maps to no LA of the geography lookup is an error naming the row.
 */
final class LaProjection2018 {

    static final String FILE = ".*2018based.*projection.*las.*\\.csv";
    private static final Pattern BAND = Pattern.compile("(\\d+)-(\\d+)");

    private final Map<String, TreeMap<Integer, double[]>> las = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    private String file = "";

    static LaProjection2018 read(SourceFolder folder, Mappings mappings, GeographyLookup geo, ImportReport report)
            throws ImportException {
        LaProjection2018 projection = new LaProjection2018();
        List<Path> paths = folder.find(FILE, "CODE", "AGE GROUP", "2018");
        if (paths.isEmpty()) return projection;
        Map<String, String> successor = new HashMap<>();
        mappings.table("la_successors.csv", "la_code", "successor_code", "source")
                .forEach(row -> successor.put(row.text("la_code"), row.text("successor_code")));
        Path path = paths.get(0);
        SourceCsv csv = SourceCsv.read(path, folder.display(path), "CODE", "AREA", "AGE GROUP");
        projection.file = csv.name();
        List<String> years =
                csv.header().stream().filter(c -> c.matches("\\d{4}")).toList();
        if (years.isEmpty()) throw ImportException.at(csv.name(), 1, "", "has no year columns (2018, 2019, ...)");
        int[] merged = new int[1];
        csv.forEach(row -> {
            String code = row.text("CODE");
            if (!code.matches("E0[6-9]\\d{6}")) return; // England, regions, counties: aggregates of the LA rows
            String age = row.text("AGE GROUP");
            if (age.equalsIgnoreCase("All ages")) return;
            int band = band(row, age);
            String la = geo.la23(code);
            if (!geo.isLa(la) && successor.containsKey(code)) la = geo.la23(successor.get(code));
            if (!geo.isLa(la)) {
                throw row.error(
                        "CODE",
                        "LA " + code + " (" + row.text("AREA") + ") is not an LA of the geography lookup and not in "
                                + "mappings/la_successors.csv: add the authority it was merged into");
            }
            List<String> of = projection.parts.computeIfAbsent(la, k -> new ArrayList<>());
            if (!of.contains(code)) {
                of.add(code);
                if (!code.equals(la)) merged[0]++;
            }
            TreeMap<Integer, double[]> byYear = projection.las.computeIfAbsent(la, k -> new TreeMap<>());
            for (String y : years) {
                byYear.computeIfAbsent(Integer.parseInt(y), k -> new double[AgeBands.BANDS.size()])[band] +=
                        row.number(y);
            }
        });
        report.read(
                csv.name(),
                csv.rows(),
                "ONS 2018-based SNPP, persons by 5-year band, " + years.get(0) + "-" + years.get(years.size() - 1)
                        + ", summed into " + projection.las.size() + " LAs of today (" + merged[0]
                        + " districts merged since added into their successors)");
        return projection;
    }

    /** The dataset band of an ONS band: 0-4 ... 80-84 as they are; 85-89 and 90+ into 85+. */
    static int band(SourceRow row, String age) throws ImportException {
        if (age.equals("90+")) return AgeBands.BANDS.size() - 1;
        Matcher m = BAND.matcher(age);
        if (m.matches()) {
            int lo = Integer.parseInt(m.group(1));
            int hi = Integer.parseInt(m.group(2));
            if (lo % 5 == 0 && hi == lo + 4) return AgeBands.bandOfAge(lo);
        }
        throw row.error("AGE GROUP", "expected a 5-year band 0-4 ... 85-89, 90+ or All ages, not " + age);
    }

    String file() {
        return file;
    }

    boolean isEmpty() {
        return las.isEmpty();
    }

    /** Persons by band by mid-year for a 2023 LA; empty when the file does not have it. */
    TreeMap<Integer, double[]> of(String la) {
        return las.getOrDefault(la, new TreeMap<>());
    }

    /** The 2018 codes summed into a 2023 LA (itself when unchanged). */
    List<String> parts(String la) {
        return parts.getOrDefault(la, List.of());
    }

    /** Persons of all ages in a year over the given 2023 LAs (those the file has). */
    double total(Iterable<String> las, int year) {
        double sum = 0;
        for (String la : las) {
            double[] bands = of(la).get(year);
            if (bands != null) for (double v : bands) sum += v;
        }
        return sum;
    }
}
