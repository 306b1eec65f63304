package org.skillmix.data.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.system.ReservedCapability;

final class ReservedCapabilitiesTable implements TableParser<ReservedCapability> {
    /** The share the first row of each capability gave, with that row's number: every row of it must agree. */
    private final Map<String, Map.Entry<Double, Integer>> shares = new HashMap<>();

    public DatasetTable table() {
        return DatasetTable.RESERVED_CAPABILITIES;
    }

    public List<String> key() {
        return List.of("capability_code", "licensed_role_code");
    }

    public ReservedCapability parse(DataRow row, KnownCodes known) {
        ReservedCapability reserved = new ReservedCapability(
                row.reference("capability_code", DatasetTable.CAPABILITIES, known, "capability", false),
                row.reference("licensed_role_code", DatasetTable.ROLES, known, "role", false),
                row.number("min_licensed_share"),
                row.optionalText("source", ""));
        if (row.ok()) {
            var first =
                    shares.putIfAbsent(reserved.capabilityCode(), Map.entry(reserved.minLicensedShare(), row.number()));
            if (first != null && first.getKey() != reserved.minLicensedShare())
                row.error(
                        "min_licensed_share",
                        DataRow.format(reserved.minLicensedShare()) + " differs from "
                                + DataRow.format(first.getKey()) + " on row " + first.getValue() + " for "
                                + reserved.capabilityCode() + ": the licensed roles share one minimum");
        }
        return row.ok() ? reserved : null;
    }
}
