package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICBs a national run covers, from the published files: every ICB of the LSOA -> ICB lookup (the 42 of
 * 2022), or the ICBs after the April 2026 mergers, with each one's name and NHS England region (the
 * sickness-absence files give each ICS's region: the newest month that names it).
 */
public final class NationalIcbs {

    /**
     * One ICB: ODS code, name and NHS England region ("not stated" where no sickness file names it). A merged ICB
     * of 2026 has its code as its name until its import names it, and the region of the ICBs it was made from.
     */
    public record Icb(String code, String name, String region) {}

    /** Which ICBs: the 42 of the 2022 lookup, or those after the April 2026 mergers. */
    public enum Geography {
        ICB_2022,
        ICB_2026
    }

    private NationalIcbs() {}

    public static List<Icb> list(Path from) throws ImportException {
        return list(from, Geography.ICB_2022);
    }

    /**
     * For 2026: every ICB of 2022 that no merger took, in the lookup's order, then each merged ICB (the importer
     * resolves it to the ICBs it was made from, IcbFootprint).
     */
    public static List<Icb> list(Path from, Geography geography) throws ImportException {
        SourceFolder folder = SourceFolder.open(from);
        ImportReport report = new ImportReport("national");
        GeographyLookup geo = GeographyLookup.read(folder, report);
        Map<String, String> regionOf = new HashMap<>();
        // name order is month order (nhs_sickness_absence_YYYY-MM.csv): later months overwrite earlier ones
        for (Path file : folder.find(SicknessAbsenceFiles.FILE, "ICS_CODE", "NHSE_REGION_NAME")) {
            SourceCsv csv = SourceCsv.read(file, folder.display(file), "ICS_CODE", "NHSE_REGION_NAME");
            csv.forEach(row -> regionOf.put(row.text("ICS_CODE"), row.text("NHSE_REGION_NAME")));
        }
        Map<String, List<String>> merged =
                geography == Geography.ICB_2026 ? IcbFootprint.merged(geo, folder, report) : Map.of();
        java.util.Set<String> taken = new java.util.HashSet<>();
        merged.values().forEach(taken::addAll);
        List<Icb> icbs = new ArrayList<>();
        for (String code : geo.icbCodes()) {
            if (taken.contains(code)) continue;
            GeographyLookup.Icb icb = geo.icb(code).orElseThrow();
            icbs.add(new Icb(code, icb.name(), regionOf.getOrDefault(code, "not stated")));
        }
        merged.forEach(
                (code, parts) -> icbs.add(new Icb(code, code, regionOf.getOrDefault(parts.get(0), "not stated"))));
        return icbs;
    }
}
