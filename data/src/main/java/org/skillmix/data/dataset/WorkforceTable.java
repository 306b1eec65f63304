package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.WorkforceLine;

final class WorkforceTable implements TableParser<WorkforceLine> {

    /** A blank headcount is "not known", which a number can only say as NaN. */
    static final double UNKNOWN_HEADCOUNT = Double.NaN;

    public DatasetTable table() {
        return DatasetTable.WORKFORCE;
    }

    public List<String> key() {
        return List.of("org_code", "role_code");
    }

    public WorkforceLine parse(DataRow row, KnownCodes known) {
        WorkforceLine line = new WorkforceLine(
                row.reference("org_code", DatasetTable.ORGANISATIONS, known, "organisation", false),
                row.reference("role_code", DatasetTable.ROLES, known, "role", false),
                row.optionalNumber("headcount", UNKNOWN_HEADCOUNT),
                row.number("fte_in_post"),
                row.number("vacancy_fte"),
                row.optionalNumber("bank_fte", 0),
                row.optionalNumber("agency_fte", 0),
                row.number("sickness_rate"),
                row.interval("leaver_rate", null),
                row.interval("fill_rate", null),
                basis(row, "sickness_rate_basis"),
                basis(row, "leaver_rate_basis"));
        return row.ok() ? line : null;
    }

    /** Blank is national: a dataset that does not say is taken to use national rates, as before the column. */
    private static WorkforceLine.RateBasis basis(DataRow row, String column) {
        return row.oneOf(column, BASES, "national").equals("organisation")
                ? WorkforceLine.RateBasis.ORGANISATION
                : WorkforceLine.RateBasis.NATIONAL;
    }

    private static final List<String> BASES = List.of("national", "organisation");
}
