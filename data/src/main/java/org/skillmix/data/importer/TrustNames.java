package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Trust names and head-office addresses: the geocoded ODS trust list (nhs_trust22_points.csv: code, name) for
 * names; for addresses the oldest current ODS trust extract (etr_ods_YYYY-MM.csv, the one on the 42-ICB
 * geography of the other files), then the 2018 etrust extract for trusts it lacks (27 columns, no header, all
 * quoted, CRLF; optionally gzipped). The importer matches an address against the ICB's LA names to guess a
 * trust's home place when the shipped trust_places table has none.
 */
final class TrustNames {

    static final String POINTS = "nhs_trust22_points\\.csv";
    static final String ODS = "etrust.*\\.csv(\\.gz)?";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Address> addresses = new HashMap<>();

    /**
     * A head-office address as ODS writes it (upper case): the trust's name, up to three address lines, the
     * post town, the county (blank in the current extracts) and the postcode, and the extract it is from.
     */
    record Address(String name, List<String> lines, String town, String county, String postcode, String source) {

        /** The whole address as one line, for the import report. */
        String text() {
            List<String> parts = new ArrayList<>(List.of(name));
            parts.addAll(lines);
            for (String part : List.of(town, county, postcode)) if (!part.isBlank()) parts.add(part);
            return String.join(", ", parts);
        }
    }

    static TrustNames read(SourceFolder folder, ImportReport report) throws ImportException {
        TrustNames trusts = new TrustNames();
        for (Path path : folder.find(POINTS, "nhs_trust22_code", "nhs_trust22_name")) {
            SourceCsv csv = SourceCsv.read(path, folder.display(path), "nhs_trust22_code", "nhs_trust22_name");
            csv.forEach(row -> trusts.names.put(row.text("nhs_trust22_code"), row.text("nhs_trust22_name")));
            report.read(csv.name(), csv.rows(), "trust names (ODS, geocoded 2022)");
        }
        TreeMap<String, Path> current = IcbFootprint.odsExtracts(folder);
        if (!current.isEmpty()) {
            int n = trusts.addresses(folder, current.firstEntry().getValue(), "ODS etr " + current.firstKey(), 0);
            report.read(
                    folder.display(current.firstEntry().getValue()),
                    n,
                    "ODS trust extract (" + current.firstKey() + "), head-office addresses of " + n + " trusts");
        }
        List<Path> ods = folder.find(ODS);
        // Prefer the trusts-only extract; the full one also has 29,721 sites.
        Path chosen = ods.stream()
                .filter(p -> p.getFileName().toString().contains("trusts_only"))
                .findFirst()
                .orElse(ods.isEmpty() ? null : ods.get(0));
        if (chosen != null) {
            int n = trusts.addresses(folder, chosen, "ODS etrust 2018", 3);
            report.read(
                    folder.display(chosen),
                    n,
                    "ODS trust extract (Sept 2018), head-office addresses of trusts the current extract lacks");
        }
        return trusts;
    }

    /** Adds the extract's addresses of trusts without one yet (codes of codeLength only, when above 0); rows read. */
    private int addresses(SourceFolder folder, Path file, String source, int codeLength) throws ImportException {
        SourceCsv csv = SourceCsv.readHeaderless(file, folder.display(file));
        csv.forEach(row -> {
            if (row.size() < 10) throw row.error("", "an ODS record has 27 columns; this row has " + row.size());
            String code = row.text(0);
            if (codeLength > 0 && code.length() != codeLength) return;
            List<String> lines = new ArrayList<>();
            for (int i = 4; i <= 6; i++)
                if (!row.text(i).isBlank()) lines.add(row.text(i).strip());
            addresses.putIfAbsent(code, new Address(row.text(1), lines, row.text(7), row.text(8), row.text(9), source));
        });
        return csv.rows();
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** The trust's head office, upper case as ODS writes it. */
    Optional<Address> address(String code) {
        return Optional.ofNullable(addresses.get(code));
    }
}
