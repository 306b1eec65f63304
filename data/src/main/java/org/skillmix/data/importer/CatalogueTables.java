package org.skillmix.data.importer;

/**
 * Tables copied from the catalogue as they are: capabilities, roles, what each role can deliver, reserved capabilities
 * and supervision (scope of practice). flows.csv is {@link FlowsTable}'s: some of its rates are calibrated.
 */
final class CatalogueTables {

    private CatalogueTables() {}

    static OutputTable capabilities(ImportContext ctx) throws ImportException {
        return copy(ctx, "capabilities.csv", "capability_code", "name", "productive_hours_per_fte_month", "source");
    }

    static OutputTable roles(ImportContext ctx) throws ImportException {
        return copy(
                ctx,
                "roles.csv",
                "role_code",
                "name",
                "staff_group",
                "pay_band",
                "annual_pay_gbp",
                "annual_cost_gbp",
                "contracted_hours_per_week",
                "training_lead_time_months",
                "source");
    }

    static OutputTable roleCapabilities(ImportContext ctx) throws ImportException {
        return copy(ctx, "role_capabilities.csv", "role_code", "capability_code", "max_share", "source");
    }

    /** Scope of practice for workforce design: national rules, copied as they are (docs/interventions.md). */
    static OutputTable reservedCapabilities(ImportContext ctx) throws ImportException {
        return copy(
                ctx,
                "reserved_capabilities.csv",
                "capability_code",
                "licensed_role_code",
                "min_licensed_share",
                "source");
    }

    static OutputTable supervision(ImportContext ctx) throws ImportException {
        return copy(ctx, "supervision.csv", "role_code", "supervisor_role_code", "max_supervisees_per_fte", "source");
    }

    private static OutputTable copy(ImportContext ctx, String file, String... columns) throws ImportException {
        OutputTable out = new OutputTable(file, columns);
        SourceCsv csv = ctx.mappings().table(file, columns);
        csv.forEach(row -> {
            Object[] cells = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) cells[i] = row.text(columns[i]);
            out.add(cells);
        });
        ctx.report().mapped(file, csv.rows() + " rows", "copied from the catalogue " + csv.name());
        return out;
    }
}
