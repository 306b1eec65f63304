package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.StaffExperience;

/** staff_experience.csv: staff-survey indicators by organisation and year (docs/dataset.md). */
final class StaffExperienceTable implements TableParser<StaffExperience> {

    public DatasetTable table() {
        return DatasetTable.STAFF_EXPERIENCE;
    }

    public List<String> key() {
        return List.of("org_code", "year", "indicator");
    }

    public StaffExperience parse(DataRow row, KnownCodes known) {
        String org = row.text("org_code");
        // ENGLAND is the national reference each organisation is compared with; any other code must be an organisation.
        if (!org.equals(StaffExperience.ENGLAND))
            org = row.reference("org_code", DatasetTable.ORGANISATIONS, known, "organisation", false);
        String indicator = row.text("indicator");
        if (!indicator.isEmpty() && !INDICATORS.contains(indicator))
            row.error(
                    "indicator",
                    DataRow.quote(indicator) + " is not an indicator Skillmix reads (" + String.join(", ", INDICATORS)
                            + ")");
        StaffExperience experience = new StaffExperience(
                org, row.integer("year"), indicator, row.number("value"), row.optionalText(DatasetTable.SOURCE, ""));
        return row.ok() ? experience : null;
    }

    static final List<String> INDICATORS = List.of(
            StaffExperience.Indicators.BURNOUT,
            StaffExperience.Indicators.WORK_STRESS,
            StaffExperience.Indicators.ENOUGH_STAFF);
}
