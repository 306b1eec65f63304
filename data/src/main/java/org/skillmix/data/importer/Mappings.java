package org.skillmix.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editable mapping and default tables: the shipped CSV files in this package's resources, each of
 * which a file of the same name in the --mappings folder replaces. A table is read the same way as a
 * published file, so a mistake in an edited copy is reported by file, row and column.
 */
final class Mappings {

    static final List<String> FILES = List.of(
            "roles.csv",
            "capabilities.csv",
            "role_capabilities.csv",
            "reserved_capabilities.csv",
            "supervision.csv",
            "services.csv",
            "service_capability_mix.csv",
            "utilisation_profiles.csv",
            "staff_group_roles.csv",
            "pcn_roles.csv",
            "trust_places.csv",
            "trust_predecessors.csv",
            "trust_footprints.csv",
            "community_hosts.csv",
            "ambulance_services.csv",
            "shared_trusts.csv",
            "flows.csv",
            "pipeline.csv",
            "assumptions.csv",
            "defaults.csv",
            "norms.csv",
            "la_successors.csv",
            "former_counties.csv");

    private final Path overrides;
    private final Map<String, SourceCsv> tables = new HashMap<>();
    private final List<String> overridden = new ArrayList<>();

    Mappings(Path overrides) {
        this.overrides = overrides;
    }

    /** The table, from the override folder when it has one of that name, else the shipped one. */
    SourceCsv table(String file, String... required) throws ImportException {
        SourceCsv cached = tables.get(file);
        if (cached != null) {
            cached.require(required);
            return cached;
        }
        SourceCsv csv;
        Path local = overrides == null ? null : overrides.resolve(file);
        if (local != null && Files.isRegularFile(local)) {
            csv = SourceCsv.read(local, "mappings/" + file, required);
            overridden.add(file);
        } else {
            try (InputStream in = Mappings.class.getResourceAsStream(file)) {
                if (in == null) throw ImportException.file("mappings/" + file, "is not shipped with Skillmix");
                csv = SourceCsv.read(in.readAllBytes(), "mappings/" + file, required);
            } catch (IOException e) {
                throw ImportException.file("mappings/" + file, "cannot be read: " + e.getMessage());
            }
        }
        tables.put(file, csv);
        return csv;
    }

    List<String> overridden() {
        return List.copyOf(overridden);
    }

    Optional<Path> overrideFolder() {
        return Optional.ofNullable(overrides);
    }
}
