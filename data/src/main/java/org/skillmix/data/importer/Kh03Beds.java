package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.Set;

/**
 * KH03 beds open overnight, quarterly, by trust and sector (NHS England): a workbook with a metadata block
 * above two header rows ("Available" / "Occupied" over the sector names). Read for the report (the ICB's
 * trusts' general and acute beds available and occupied); the quarters here are from 2020, during COVID,
 * so they do not drive the model (the monthly G&A sitrep figures do).
 */
final class Kh03Beds {

    static final String FILE = "KH03.*\\.xlsx";

    private Kh03Beds() {}

    static void read(SourceFolder folder, Set<String> trusts, TrustLineage lineage, ImportReport report)
            throws ImportException {
        for (Path path : folder.find(FILE)) {
            SourceWorkbook.Table table = SourceWorkbook.read(
                    path,
                    folder.display(path),
                    "Org Code",
                    "available / general & acute",
                    "occupied / general & acute");
            double available = 0;
            double occupied = 0;
            int rows = 0;
            for (SourceWorkbook.SheetRow row : table.rows()) {
                if (!trusts.contains(lineage.heirOf(table.text(row, "Org Code")))) continue;
                available += table.number(row, "available / general & acute");
                occupied += table.number(row, "occupied / general & acute");
                rows++;
            }
            report.read(
                    table.name(),
                    table.rows().size(),
                    "KH03 beds open overnight (metadata rows and two header rows); "
                            + rows + " of the ICB's trusts: G&A beds available " + ImportReport.figure(available, 0)
                            + ", occupied "
                            + ImportReport.figure(occupied, 0) + " (2020, COVID-era: for the report only)");
        }
    }
}
