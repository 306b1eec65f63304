package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ONS lookups: LSOA (2011) to sub-ICB location, ICB and lower-tier LA (July 2022), LA 2022 to 2023 codes
 * (the Cumbria, North Yorkshire and Somerset reorganisations) and LA to upper-tier LA. An ICB's places
 * are the 2023 LAs most of whose LSOAs are in it: an LA split across ICBs goes whole to the ICB with
 * most of its LSOAs, and the report names it.
 */
final class GeographyLookup {

    static final String LSOA_FILE = "lsoa11_sicbl22_icb22_ltla22\\.csv";

    /** An ICB as the lookup names it. */
    record Icb(String odsCode, String onsCode, String name) {}

    /** An LA of which an ICB has only part (by LSOA count). */
    record SplitLa(String laCode, String name, String majorityIcb, int lsoasInIcb, int lsoas) {}

    private final Map<String, Icb> icbs = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> laIcbLsoas = new TreeMap<>();
    private final Map<String, Map<String, Integer>> subIcbLaLsoas = new HashMap<>();
    private final Map<String, String> laNames = new HashMap<>();
    private final Map<String, String> utlaOf = new HashMap<>();
    private final Map<String, String> utlaNames = new HashMap<>();
    private final Map<String, List<String>> predecessors22 = new HashMap<>();
    private final Map<String, Integer> la22Lsoas = new HashMap<>();
    private final Map<String, String> to23 = new HashMap<>();
    private final Map<String, String> icbOfSubIcb = new HashMap<>();

    static GeographyLookup read(SourceFolder folder, ImportReport report) throws ImportException {
        GeographyLookup geo = new GeographyLookup();
        Map<String, String> to23 = geo.to23;
        for (Path file : folder.find("ltla22_ltla23\\.csv", "ltla22_code", "ltla23_code")) {
            SourceCsv csv = SourceCsv.read(file, folder.display(file), "ltla22_code", "ltla23_code", "ltla23_name");
            csv.forEach(row -> {
                to23.put(row.text("ltla22_code"), row.text("ltla23_code"));
                geo.laNames.put(row.text("ltla23_code"), row.text("ltla23_name"));
                geo.predecessors22
                        .computeIfAbsent(row.text("ltla23_code"), k -> new ArrayList<>())
                        .add(row.text("ltla22_code"));
            });
            report.read(csv.name(), csv.rows(), "LA 2022 -> 2023 codes");
        }
        Path lsoa = folder.require(
                "LSOA -> sub-ICB -> ICB -> LA lookup", LSOA_FILE, "lsoa11_code", "icb22_code_h", "ltla22_code");
        SourceCsv csv = SourceCsv.read(
                lsoa,
                folder.display(lsoa),
                "lsoa11_code",
                "sicbl22_code_h",
                "icb22_code",
                "icb22_code_h",
                "icb22_name",
                "ltla22_name",
                "ltla22_code");
        csv.forEach(row -> {
            String ods = row.text("icb22_code_h");
            if (!geo.icbs.containsKey(ods))
                geo.icbs.put(ods, new Icb(ods, row.text("icb22_code"), row.text("icb22_name")));
            String la22 = row.text("ltla22_code");
            String la = to23.getOrDefault(la22, la22);
            geo.la22Lsoas.merge(la22, 1, Integer::sum);
            geo.laNames.putIfAbsent(la, row.text("ltla22_name"));
            geo.laIcbLsoas.computeIfAbsent(la, k -> new TreeMap<>()).merge(ods, 1, Integer::sum);
            geo.subIcbLaLsoas
                    .computeIfAbsent(row.text("sicbl22_code_h"), k -> new TreeMap<>())
                    .merge(la, 1, Integer::sum);
            geo.icbOfSubIcb.put(row.text("sicbl22_code_h"), ods);
            if (csv.has("sicbl22_code")) geo.icbOfSubIcb.put(row.text("sicbl22_code"), ods);
        });
        report.read(
                csv.name(),
                csv.rows(),
                "LSOA -> sub-ICB -> ICB -> LA (July 2022): " + geo.icbs.size() + " ICBs, " + geo.laIcbLsoas.size()
                        + " LAs (2023 codes)");
        for (Path file : folder.find("ltla23_utla23\\.csv", "ltla23_code", "utla23_code")) {
            SourceCsv utla = SourceCsv.read(file, folder.display(file), "ltla23_code", "utla23_code", "utla23_name");
            utla.forEach(row -> {
                geo.utlaOf.put(row.text("ltla23_code"), row.text("utla23_code"));
                geo.utlaNames.put(row.text("utla23_code"), row.text("utla23_name"));
            });
            report.read(utla.name(), utla.rows(), "LA -> upper-tier LA (for matching trust names to places)");
        }
        return geo;
    }

    Optional<Icb> icb(String odsCode) {
        return Optional.ofNullable(icbs.get(odsCode));
    }

    /** The ICB (ODS) with most of the LA's LSOAs; ties go to the first code in order. */
    Optional<String> icbOf(String laCode) {
        Map<String, Integer> counts = laIcbLsoas.get(laCode);
        if (counts == null) return Optional.empty();
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey);
    }

    /** The ICB's LAs in code order. */
    List<String> lasOf(String icbOds) {
        return laIcbLsoas.keySet().stream()
                .filter(la -> icbOf(la).filter(icbOds::equals).isPresent())
                .toList();
    }

    /** LAs with LSOAs in the ICB that are not wholly in it. */
    List<SplitLa> splitLas(String icbOds) {
        List<SplitLa> split = new ArrayList<>();
        laIcbLsoas.forEach((la, counts) -> {
            if (counts.containsKey(icbOds) && counts.size() > 1) {
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                split.add(new SplitLa(la, laName(la), icbOf(la).orElse(""), counts.get(icbOds), total));
            }
        });
        return split;
    }

    String laName(String laCode) {
        return laNames.getOrDefault(laCode, laCode);
    }

    /** The 2022 LA codes a 2023 LA was made from (itself when unchanged). */
    List<String> predecessors(String laCode) {
        return predecessors22.getOrDefault(laCode, List.of(laCode));
    }

    /** LSOAs (2011) in a 2022 LA. */
    int lsoas22(String la22) {
        return la22Lsoas.getOrDefault(la22, 0);
    }

    /** Code of the LA's upper-tier authority (a county E10... for a district), or empty. */
    Optional<String> upperTier(String laCode) {
        return Optional.ofNullable(utlaOf.get(laCode));
    }

    /** Name of the LA's upper-tier authority (a county for a district), or empty. */
    Optional<String> upperTierName(String laCode) {
        return Optional.ofNullable(utlaOf.get(laCode)).map(utlaNames::get);
    }

    /** Every ICB's ODS code, in the lookup's order. */
    List<String> icbCodes() {
        return List.copyOf(icbs.keySet());
    }

    /** Whether the code is a 2023 LA of the lookup. */
    boolean isLa(String laCode) {
        return laIcbLsoas.containsKey(laCode);
    }

    /** The 2023 LA a 2022 LA became (itself when unchanged). */
    String la23(String la22) {
        return to23.getOrDefault(la22, la22);
    }

    /** The ICB (ODS) of a sub-ICB location, by its ODS (e.g. 00T) or ONS (E38...) code. */
    Optional<String> icbOfSubIcb(String subIcb) {
        return Optional.ofNullable(icbOfSubIcb.get(subIcb));
    }

    /** Shares of a sub-ICB location's LSOAs in each LA (to place sub-ICB figures such as PCN staff). */
    Map<String, Double> subIcbShares(String subIcb) {
        Map<String, Integer> counts = subIcbLaLsoas.getOrDefault(subIcb, Map.of());
        double total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        counts.forEach((la, n) -> shares.put(la, n / total));
        return shares;
    }
}
