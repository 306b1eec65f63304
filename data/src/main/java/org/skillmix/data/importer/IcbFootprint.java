package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What --icb names: one ICB of the 42 (QOP), a list for a combined footprint (QOP,QYG), or an ICB of the April 2026
 * mergers (D7T5G). The published files here are on the 42-ICB geography, so a merged ICB is resolved to the ICBs it
 * was made from: the ODS trust lists before and after (etr, 2025 and 2026: column 4 is a trust's ICB) say which
 * ICB each trust moved to; an old ICB belongs to the merged one that took most of its trusts' FTE (sickness files).
 * An old ICB split between two merged ICBs goes whole to the one with most of it, and the report says so (the
 * LA-level boundaries of the mergers are not in the files).
 */
public record IcbFootprint(String label, List<String> codes) {

    static final String ODS = "etr_ods_(\\d{4}-\\d{2})\\.csv";

    /**
     * What a code names (one ICB, a list, an ICB of the April 2026 mergers) in the 42-ICB geography of the files
     * under a folder, for commands that read the published files without importing (the discharge study).
     */
    public static IcbFootprint of(Path from, String given) throws ImportException {
        SourceFolder folder = SourceFolder.open(from);
        ImportReport report = new ImportReport(given);
        return resolve(given, GeographyLookup.read(folder, report), folder, report);
    }

    static IcbFootprint resolve(String given, GeographyLookup geo, SourceFolder folder, ImportReport report)
            throws ImportException {
        List<String> tokens = ServedAreas.split(given.replace(',', ';').toUpperCase(Locale.ROOT));
        if (tokens.isEmpty()) throw ImportException.file("--icb", "names no ICB");
        Set<String> codes = new LinkedHashSet<>();
        Map<String, List<String>> merged = null;
        // The mergers' lines are gathered apart: only those about the ICBs of this footprint are its report's.
        ImportReport mergers = new ImportReport("");
        for (String token : tokens) {
            if (geo.icb(token).isPresent()) {
                codes.add(token);
                continue;
            }
            if (merged == null) merged = merged(geo, folder, mergers);
            List<String> parts = merged.get(token);
            if (parts == null)
                throw ImportException.file(
                        GeographyLookup.LSOA_FILE.replace("\\", ""),
                        "has no ICB with ODS code " + token
                                + "; ICB codes are like QOP (Greater Manchester), QKK (South East London)"
                                + (merged.isEmpty()
                                        ? ""
                                        : ", or an ICB of the April 2026 mergers: "
                                                + String.join(", ", merged.keySet())));
            codes.addAll(parts);
        }
        for (ImportReport.Line line : mergers.lines()) {
            boolean another = line.section() == ImportReport.Section.MAPPED
                    && codes.stream().noneMatch(code -> line.what().startsWith("ICB " + code + " "));
            if (!another) report.add(line);
        }
        // A code of the dataset (letters, digits, -): the one ICB, the merged ICB's code, or the list joined by -.
        String label = codes.size() == 1 ? codes.iterator().next() : String.join("-", tokens);
        if (codes.size() == 1 && !label.equals(tokens.get(0)))
            report.mapped("ICB " + tokens.get(0), "1 ICB", "is " + label + " of the published files' geography");
        if (codes.size() > 1)
            report.mapped(
                    "footprint " + label,
                    codes.size() + " ICBs",
                    String.join(" + ", codes) + " together (the published files are on the 42-ICB geography)");
        return new IcbFootprint(label, List.copyOf(codes));
    }

    /** The current ODS trust extracts under the folder (etr_ods_YYYY-MM.csv) by their month, oldest first. */
    static TreeMap<String, Path> odsExtracts(SourceFolder folder) throws ImportException {
        java.util.regex.Pattern dated = java.util.regex.Pattern.compile(ODS);
        TreeMap<String, Path> files = new TreeMap<>();
        for (Path p : folder.find(ODS)) {
            var m = dated.matcher(p.getFileName().toString());
            if (m.matches()) files.put(m.group(1), p);
        }
        return files;
    }

    /** Merged ICB code -> the old ICBs most of whose trusts' FTE it took. */
    static Map<String, List<String>> merged(GeographyLookup geo, SourceFolder folder, ImportReport report)
            throws ImportException {
        TreeMap<String, Path> files = odsExtracts(folder);
        Map<String, List<String>> out = new TreeMap<>();
        if (files.size() < 2) return out;
        SicknessAbsenceFiles sickness = SicknessAbsenceFiles.read(folder, new ImportReport(""));
        Map<String, String> before = icbOfTrust(folder, files.firstEntry().getValue(), report);
        Map<String, String> after = icbOfTrust(folder, files.lastEntry().getValue(), report);
        // old ICB -> new ICB -> FTE of the trusts that moved there
        Map<String, Map<String, Double>> moved = new TreeMap<>();
        before.forEach((trust, old) -> {
            String now = after.get(trust);
            if (now == null || geo.icb(old).isEmpty()) return;
            SicknessAbsenceFiles.Org org = sickness.org(trust);
            double fte = org == null ? 0 : org.meanFte();
            moved.computeIfAbsent(old, k -> new TreeMap<>()).merge(now, fte, Double::sum);
        });
        moved.forEach((old, to) -> {
            String most = to.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            if (!most.equals(old))
                out.computeIfAbsent(most, k -> new ArrayList<>()).add(old);
            if (to.size() > 1 && !most.equals(old)) {
                Set<String> others = new TreeSet<>(to.keySet());
                others.remove(most);
                report.mapped(
                        "ICB " + old + " in the April 2026 mergers",
                        "whole to " + most,
                        "most of its trusts' FTE went to " + most + "; some to " + String.join(", ", others)
                                + " (the mergers' LA boundaries are not in the files)");
            }
        });
        return out;
    }

    private static Map<String, String> icbOfTrust(SourceFolder folder, Path path, ImportReport report)
            throws ImportException {
        SourceCsv csv = SourceCsv.readHeaderless(path, folder.display(path));
        Map<String, String> icb = new HashMap<>();
        csv.forEach(row -> {
            if (row.size() > 11 && row.text(11).isEmpty()) icb.put(row.text(0), row.text(3));
        });
        report.read(csv.name(), csv.rows(), "ODS NHS trusts and their ICB (for the April 2026 ICB mergers)");
        return icb;
    }
}
