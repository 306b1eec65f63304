package org.skillmix.data.importer;

/** services.csv: the catalogue's services with the dataset's columns (the importer's own columns dropped). */
final class ServicesTable {

    private ServicesTable() {}

    static OutputTable build(Mappings mappings) throws ImportException {
        // The catalogue's columns less the importer's own (activity unit, share of sector, scaling, seasonality).
        OutputTable out = new OutputTable(
                "services.csv",
                java.util.Arrays.stream(ServiceCatalogue.SERVICE_COLUMNS)
                        .filter(c -> !ServiceCatalogue.IMPORTER_COLUMNS.contains(c))
                        .toArray(String[]::new));
        mappings.table("services.csv", ServiceCatalogue.SERVICE_COLUMNS)
                .forEach(row -> out.add(
                        row.text("service_code"),
                        row.text("name"),
                        row.text("sector"),
                        row.text("criticality"),
                        number(row, "growth_low"),
                        number(row, "growth_mode"),
                        number(row, "growth_high"),
                        number(row, "unmet_need_low"),
                        number(row, "unmet_need_mode"),
                        number(row, "unmet_need_high"),
                        number(row, "deprivation_elasticity"),
                        row.text("source")));
        return out;
    }

    /** An optional number cell as written (4 decimals), blank when blank. */
    static String number(SourceRow row, String column) throws ImportException {
        return row.text(column).isEmpty() ? "" : OutputTable.num(row.number(column), 4);
    }
}
