package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CQC care home lists (Trafford Data Lab's GM extract): care homes per LA. The published area codes are
 * mistyped (E0800005 for E08000005): a code of the right prefix with a digit missing is repaired by
 * zero-padding it to nine characters, and the report counts the repairs. Used for the report only (the
 * lists carry no bed counts).
 */
final class CareHomeList {

    static final String FILE = ".*care_homes.*\\.csv";

    private final Map<String, Integer> homes = new TreeMap<>();
    private int repaired;
    private String file = "";

    static CareHomeList read(SourceFolder folder, ImportReport report) throws ImportException {
        CareHomeList list = new CareHomeList();
        for (Path path : folder.find(FILE, "name", "area_code")) {
            // The 2026 Trafford list repeats the Trafford homes of the 2019 GM list: use the GM-wide one for counts.
            if (!path.getFileName().toString().toLowerCase().startsWith("gm_")) {
                SourceCsv other = SourceCsv.read(path, folder.display(path), "name", "area_code");
                report.read(
                        other.name(),
                        other.rows(),
                        "care homes (one LA, newer list; not counted, to avoid double counting)");
                continue;
            }
            SourceCsv csv = SourceCsv.read(path, folder.display(path), "name", "area_code");
            list.file = csv.name();
            csv.forEach(row -> {
                String code = row.text("area_code");
                String fixed = repair(code);
                if (!fixed.equals(code)) list.repaired++;
                list.homes.merge(fixed, 1, Integer::sum);
            });
            report.read(csv.name(), csv.rows(), "CQC care homes; " + list.repaired + " mistyped area codes repaired");
        }
        return list;
    }

    /** E0800005 -> E08000005: the GSS prefix (letter + 2 digits) and a 6-digit number. */
    static String repair(String code) {
        if (code.matches("[EWSN]\\d{2}\\d{1,5}") && code.length() < 9) {
            return code.substring(0, 3) + "0".repeat(9 - code.length()) + code.substring(3);
        }
        return code;
    }

    String file() {
        return file;
    }

    int repaired() {
        return repaired;
    }

    /** Care homes listed in the LA, or -1 when no list covers it. */
    int homesIn(String la) {
        return homes.getOrDefault(la, -1);
    }
}
