package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Flow;

final class FlowsTable implements TableParser<Flow> {

    public DatasetTable table() {
        return DatasetTable.FLOWS;
    }

    public List<String> key() {
        return List.of("from_sector", "from_role", "to_sector", "to_role");
    }

    public Flow parse(DataRow row, KnownCodes known) {
        Flow flow = new Flow(
                row.sector("from_sector"),
                row.reference("from_role", DatasetTable.ROLES, known, "role", false),
                row.sector("to_sector"),
                row.reference("to_role", DatasetTable.ROLES, known, "role", false),
                row.interval("annual_rate", null),
                row.optionalNumber("pay_elasticity", 0));
        if (row.ok() && flow.fromSector() == flow.toSector() && flow.fromRole().equals(flow.toRole())) {
            row.error(
                    "to_role",
                    "staff would move from " + flow.fromSector().code() + " " + flow.fromRole()
                            + " to the same sector and role; a flow must change sector or role");
        }
        return row.ok() ? flow : null;
    }
}
