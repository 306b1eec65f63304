package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICBs a national run covers, from the published files: every ICB of the LSOA -> ICB lookup (the 42 of
 * 2022), with its name and its NHS England region (the sickness-absence files give each ICS's region: the
 * newest month that names it).
 */
public final class NationalIcbs {

    /** One ICB: ODS code, name and NHS England region ("not stated" where no sickness file names it). */
    public record Icb(String code, String name, String region) {}

    private NationalIcbs() {}

    public static List<Icb> list(Path from) throws ImportException {
        SourceFolder folder = SourceFolder.open(from);
        ImportReport report = new ImportReport("national");
        GeographyLookup geo = GeographyLookup.read(folder, report);
        Map<String, String> regionOf = new HashMap<>();
        // name order is month order (nhs_sickness_absence_YYYY-MM.csv): later months overwrite earlier ones
        for (Path file : folder.find(SicknessAbsenceFiles.FILE, "ICS_CODE", "NHSE_REGION_NAME")) {
            SourceCsv csv = SourceCsv.read(file, folder.display(file), "ICS_CODE", "NHSE_REGION_NAME");
            csv.forEach(row -> regionOf.put(row.text("ICS_CODE"), row.text("NHSE_REGION_NAME")));
        }
        List<Icb> icbs = new ArrayList<>();
        for (String code : geo.icbCodes()) {
            GeographyLookup.Icb icb = geo.icb(code).orElseThrow();
            icbs.add(new Icb(code, icb.name(), regionOf.getOrDefault(code, "not stated")));
        }
        return icbs;
    }
}
