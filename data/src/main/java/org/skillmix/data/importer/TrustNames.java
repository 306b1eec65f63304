package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trust names and 2018 head-office addresses: the geocoded ODS trust list (nhs_trust22_points.csv: code,
 * name) for names, and the ODS etrust extract (27 columns, no header, all quoted, CRLF; optionally
 * gzipped) for addresses, which the importer matches against the ICB's LA names to find a trust's home
 * place when the shipped trust_places table has none.
 */
final class TrustNames {

    static final String POINTS = "nhs_trust22_points\\.csv";
    static final String ODS = "etrust.*\\.csv(\\.gz)?";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();

    static TrustNames read(SourceFolder folder, ImportReport report) throws ImportException {
        TrustNames trusts = new TrustNames();
        for (Path path : folder.find(POINTS, "nhs_trust22_code", "nhs_trust22_name")) {
            SourceCsv csv = SourceCsv.read(path, folder.display(path), "nhs_trust22_code", "nhs_trust22_name");
            csv.forEach(row -> trusts.names.put(row.text("nhs_trust22_code"), row.text("nhs_trust22_name")));
            report.read(csv.name(), csv.rows(), "trust names (ODS, geocoded 2022)");
        }
        List<Path> ods = folder.find(ODS);
        // Prefer the trusts-only extract; the full one also has 29,721 sites.
        Path chosen = ods.stream()
                .filter(p -> p.getFileName().toString().contains("trusts_only"))
                .findFirst()
                .orElse(ods.isEmpty() ? null : ods.get(0));
        if (chosen != null) {
            SourceCsv csv = SourceCsv.readHeaderless(chosen, folder.display(chosen));
            csv.forEach(row -> {
                if (row.size() < 10) throw row.error("", "an ODS record has 27 columns; this row has " + row.size());
                String code = row.text(0);
                if (code.length() != 3) return;
                StringBuilder address = new StringBuilder(row.text(1));
                for (int i = 4; i <= 9; i++) address.append(", ").append(row.text(i));
                trusts.addresses.put(code, address.toString());
            });
            report.read(
                    csv.name(),
                    csv.rows(),
                    "ODS trust extract (Sept 2018), head-office addresses of " + trusts.addresses.size() + " trusts");
        }
        return trusts;
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** Name and address lines of the trust's 2018 head office, upper case as ODS writes them. */
    Optional<String> address(String code) {
        return Optional.ofNullable(addresses.get(code));
    }
}
