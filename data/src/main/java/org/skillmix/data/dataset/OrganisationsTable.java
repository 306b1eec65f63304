package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.Organisation;

final class OrganisationsTable implements TableParser<Organisation> {

    public DatasetTable table() {
        return DatasetTable.ORGANISATIONS;
    }

    public List<String> key() {
        return List.of("org_code");
    }

    public Optional<String> definesCodes() {
        return Optional.of("org_code");
    }

    public Organisation parse(DataRow row, KnownCodes known) {
        Organisation organisation = new Organisation(
                row.newCode("org_code"),
                row.text("name"),
                row.sector("sector"),
                row.reference("place_code", DatasetTable.PLACES, known, "place", false));
        return row.ok() ? organisation : null;
    }
}
