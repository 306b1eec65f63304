package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Supervision;

final class SupervisionTable implements TableParser<Supervision> {
    public DatasetTable table() {
        return DatasetTable.SUPERVISION;
    }

    public List<String> key() {
        return List.of("role_code", "supervisor_role_code");
    }

    public Supervision parse(DataRow row, KnownCodes known) {
        Supervision supervision = new Supervision(
                row.reference("role_code", DatasetTable.ROLES, known, "role", false),
                row.reference("supervisor_role_code", DatasetTable.ROLES, known, "role", false),
                row.number("max_supervisees_per_fte"),
                row.optionalText("source", ""));
        if (row.ok() && supervision.roleCode().equals(supervision.supervisorRoleCode()))
            row.error("supervisor_role_code", "a role cannot supervise itself");
        return row.ok() ? supervision : null;
    }
}
