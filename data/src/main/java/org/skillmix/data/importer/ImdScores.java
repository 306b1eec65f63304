package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * IMD 2019 average score per LA: MHCLG's LAD 2019 summary where the code matches, else the 2022-boundary
 * recalculation (same MHCLG method, by the geographr author). A 2023 LA made of several 2022 LAs (Cumberland,
 * North Yorkshire, Somerset...) gets the mean of its predecessors' scores weighted by their LSOA counts
 * (LSOAs have roughly equal populations), and the report says so.
 */
final class ImdScores {

    static final String LAD19 = "imd2019_england_lad19_summary\\.csv";
    static final String LTLA22 = "imd2019_england_ltla22_derived\\.csv";

    private final Map<String, Double> lad19 = new HashMap<>();
    private final Map<String, Double> ltla22 = new HashMap<>();
    String lad19File = "";
    String ltla22File = "";

    static ImdScores read(SourceFolder folder, ImportReport report) throws ImportException {
        ImdScores imd = new ImdScores();
        Path path = folder.require("IMD 2019 LA summary", LAD19, "lad_code", "Score");
        SourceCsv csv = SourceCsv.read(path, folder.display(path), "lad_code", "Score");
        csv.forEach(row -> imd.lad19.put(row.text("lad_code"), row.number("Score")));
        imd.lad19File = csv.name();
        report.read(csv.name(), csv.rows(), "IMD 2019 average score by LA (2019 codes)");
        for (Path p : folder.find(LTLA22, "ltla22_code", "Score")) {
            SourceCsv derived = SourceCsv.read(p, folder.display(p), "ltla22_code", "Score");
            derived.forEach(row -> imd.ltla22.put(row.text("ltla22_code"), row.number("Score")));
            imd.ltla22File = derived.name();
            report.read(derived.name(), derived.rows(), "IMD 2019 average score recalculated for 2022 LAs");
        }
        return imd;
    }

    /** The LA's 2019 summary score, or the 2022 recalculation. */
    Optional<Double> score(String la) {
        if (lad19.containsKey(la)) return Optional.of(lad19.get(la));
        return Optional.ofNullable(ltla22.get(la));
    }

    boolean inLad19(String la) {
        return lad19.containsKey(la);
    }
}
