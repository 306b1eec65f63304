package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.Role;

final class RolesTable implements TableParser<Role> {

    public DatasetTable table() {
        return DatasetTable.ROLES;
    }

    public List<String> key() {
        return List.of("role_code");
    }

    public Optional<String> definesCodes() {
        return Optional.of("role_code");
    }

    public Role parse(DataRow row, KnownCodes known) {
        Role role = new Role(
                row.newCode("role_code"),
                row.text("name"),
                row.optionalText("staff_group", ""),
                row.optionalText("pay_band", ""),
                row.number("annual_pay_gbp"),
                row.number("annual_cost_gbp"),
                row.optionalNumber("contracted_hours_per_week", 37.5),
                row.optionalInteger("training_lead_time_months", 0));
        if (row.ok() && role.annualCost() < role.annualPay()) {
            row.error(
                    "annual_cost_gbp",
                    "is " + DataRow.format(role.annualCost()) + ", less than annual_pay_gbp "
                            + DataRow.format(role.annualPay()) + "; the full cost includes pay plus on-costs");
        }
        return row.ok() ? role : null;
    }
}
