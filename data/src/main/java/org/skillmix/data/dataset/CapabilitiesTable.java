package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.Capability;

final class CapabilitiesTable implements TableParser<Capability> {

    /** 179 productive days x 8 hours / 12 months: the WISN manual's worked example. */
    static final double DEFAULT_PRODUCTIVE_HOURS = 119.33;

    public DatasetTable table() {
        return DatasetTable.CAPABILITIES;
    }

    public List<String> key() {
        return List.of("capability_code");
    }

    public Optional<String> definesCodes() {
        return Optional.of("capability_code");
    }

    public Capability parse(DataRow row, KnownCodes known) {
        Capability capability = new Capability(
                row.newCode("capability_code"),
                row.text("name"),
                row.optionalNumber("productive_hours_per_fte_month", DEFAULT_PRODUCTIVE_HOURS));
        return row.ok() ? capability : null;
    }
}
