package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.Service;

final class ServicesTable implements TableParser<Service> {

    static final List<String> CRITICALITIES = List.of("standard", "high", "critical");

    public DatasetTable table() {
        return DatasetTable.SERVICES;
    }

    public List<String> key() {
        return List.of("service_code");
    }

    public Optional<String> definesCodes() {
        return Optional.of("service_code");
    }

    public Service parse(DataRow row, KnownCodes known) {
        Service service = new Service(
                row.newCode("service_code"),
                row.text("name"),
                row.sector("sector"),
                row.oneOf("criticality", CRITICALITIES, "standard"),
                row.interval("growth", 1.0),
                row.interval("unmet_need", 1.0),
                row.optionalNumber("deprivation_elasticity", 0));
        return row.ok() ? service : null;
    }
}
