package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.RoleCapability;

final class RoleCapabilitiesTable implements TableParser<RoleCapability> {

    public DatasetTable table() {
        return DatasetTable.ROLE_CAPABILITIES;
    }

    public List<String> key() {
        return List.of("role_code", "capability_code");
    }

    public RoleCapability parse(DataRow row, KnownCodes known) {
        RoleCapability roleCapability = new RoleCapability(
                row.reference("role_code", DatasetTable.ROLES, known, "role", false),
                row.reference("capability_code", DatasetTable.CAPABILITIES, known, "capability", false),
                row.number("max_share"));
        return row.ok() ? roleCapability : null;
    }
}
