package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.WorkforceEquality;

/** workforce_equality.csv: WRES/WDES staff-survey measures by organisation, year and group of staff (docs/dataset.md). */
final class WorkforceEqualityTable implements TableParser<WorkforceEquality> {

    public DatasetTable table() {
        return DatasetTable.WORKFORCE_EQUALITY;
    }

    public List<String> key() {
        return List.of("org_code", "year", "indicator", "staff_group");
    }

    public WorkforceEquality parse(DataRow row, KnownCodes known) {
        String org = row.text("org_code");
        // ENGLAND is the national reference; any other code must be an organisation of the dataset.
        if (!org.equals(StaffExperience.ENGLAND))
            org = row.reference("org_code", DatasetTable.ORGANISATIONS, known, "organisation", false);
        String indicator = oneOf(row, "indicator", WorkforceEquality.Indicators.ALL, "a measure Skillmix reads");
        String group = oneOf(row, "staff_group", WorkforceEquality.Groups.ALL, "a group of staff Skillmix knows");
        WorkforceEquality equality = new WorkforceEquality(
                org,
                row.integer("year"),
                indicator,
                group,
                row.number("value"),
                row.optionalText(DatasetTable.SOURCE, ""));
        return row.ok() ? equality : null;
    }

    private static String oneOf(DataRow row, String column, List<String> allowed, String what) {
        String value = row.text(column);
        if (!value.isEmpty() && !allowed.contains(value))
            row.error(column, DataRow.quote(value) + " is not " + what + " (" + String.join(", ", allowed) + ")");
        return value;
    }
}
