package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.CapabilityHours;

final class CapabilityHoursTable implements TableParser<CapabilityHours> {

    public DatasetTable table() {
        return DatasetTable.CAPABILITY_HOURS;
    }

    public List<String> key() {
        return List.of("service_code", "capability_code");
    }

    public CapabilityHours parse(DataRow row, KnownCodes known) {
        CapabilityHours hours = new CapabilityHours(
                row.reference("service_code", DatasetTable.SERVICES, known, "service", false),
                row.reference("capability_code", DatasetTable.CAPABILITIES, known, "capability", false),
                row.number("hours_per_activity"));
        return row.ok() ? hours : null;
    }
}
