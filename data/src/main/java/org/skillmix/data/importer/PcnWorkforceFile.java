package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary Care Network workforce, individual level (NHS Digital, September 2022): one row per person and
 * role with FTE, by PCN, sub-ICB location and ICB. Published in Windows-1252 with CRLF line ends. The
 * England file is preferred (any ICB); a one-ICB slice is used when it is the only file.
 */
final class PcnWorkforceFile {

    static final String FILE = "pcn_workforce_individual_level.*\\.csv";

    /** One person-role row of the ICB. */
    record PcnRow(String pcn, String subIcb, String staffRole, double fte) {}

    private final List<PcnRow> rows = new ArrayList<>();
    private double england;
    private boolean englandKnown;
    private String file = "";

    static PcnWorkforceFile read(SourceFolder folder, List<String> icbs, ImportReport report) throws ImportException {
        String icb = String.join("+", icbs);
        PcnWorkforceFile pcn = new PcnWorkforceFile();
        List<Path> files = folder.find(FILE, "PCN_CODE", "STAFF_ROLE", "FTE");
        Path chosen = files.stream()
                .filter(p -> p.getFileName().toString().contains("England"))
                .findFirst()
                .orElse(files.stream()
                        .filter(p ->
                                icbs.size() == 1 && p.getFileName().toString().contains("_" + icb + "_"))
                        .findFirst()
                        .orElse(null));
        if (chosen == null) return pcn;
        SourceCsv csv = SourceCsv.read(
                chosen, folder.display(chosen), "PCN_CODE", "SUB_ICB_CODE", "ICB_CODE", "STAFF_ROLE", "FTE");
        pcn.file = csv.name();
        pcn.englandKnown = chosen.getFileName().toString().contains("England");
        csv.forEach(row -> {
            double fte = row.number("FTE");
            pcn.england += fte;
            if (icbs.contains(row.text("ICB_CODE"))) {
                pcn.rows.add(new PcnRow(row.text("PCN_CODE"), row.text("SUB_ICB_CODE"), row.text("STAFF_ROLE"), fte));
            }
        });
        report.read(
                csv.name(),
                csv.rows(),
                "PCN staff (individual level, Sept 2022), decoded as "
                        + csv.charset().displayName() + "; " + pcn.rows.size() + " rows for " + icb);
        return pcn;
    }

    String file() {
        return file;
    }

    List<PcnRow> rows() {
        return rows;
    }

    /** England's PCN FTE, when the England file was read. */
    double england() {
        return englandKnown ? england : Double.NaN;
    }
}
