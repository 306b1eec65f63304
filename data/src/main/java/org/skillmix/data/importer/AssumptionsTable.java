package org.skillmix.data.importer;

/**
 * assumptions.csv: the catalogue's assumptions (cost factors, labour pools, establishment growth), labour pools
 * (scaling population_vs_gm) scaled by the ICB's population over Greater Manchester's; and the population error
 * the engine samples, as measured by {@link PopulationRevision}.
 */
final class AssumptionsTable {

    private AssumptionsTable() {}

    static OutputTable build(ImportContext ctx, PopulationRevision revision) throws ImportException {
        double icbPopulation = ctx.places().total();
        double reference = ctx.defaults().number("gm_reference_population", "ALL", "labour pools scaled by population");
        OutputTable assumptions = new OutputTable(
                "assumptions.csv", "parameter", "scope", "value_low", "value_mode", "value_high", "unit", "source");
        ctx.mappings()
                .table(
                        "assumptions.csv",
                        "parameter",
                        "scope",
                        "value_low",
                        "value_mode",
                        "value_high",
                        "unit",
                        "scaling",
                        "source")
                .forEach(row -> {
                    boolean scale = row.text("scaling").equals("population_vs_gm");
                    double k = scale ? icbPopulation / reference : 1;
                    String[] v = new String[3];
                    String[] cols = {"value_low", "value_mode", "value_high"};
                    for (int i = 0; i < 3; i++) {
                        v[i] = row.text(cols[i]).isEmpty()
                                ? ""
                                : scale
                                        ? Long.toString(Math.round(row.number(cols[i]) * k))
                                        : OutputTable.num(row.number(cols[i]), 4);
                    }
                    assumptions.add(
                            row.text("parameter"),
                            row.text("scope"),
                            v[0],
                            v[1],
                            v[2],
                            row.text("unit"),
                            row.text("source")
                                    + (scale && Math.abs(k - 1) > 1e-3
                                            ? " (x " + OutputTable.num(k, 3) + " for " + ctx.icb() + ")"
                                            : ""));
                });
        assumptions.add(
                "population_error_per_year",
                "ALL",
                PopulationRevision.fmt(revision.low()),
                PopulationRevision.fmt(revision.mode()),
                PopulationRevision.fmt(revision.high()),
                "share/year",
                revision.source());
        return assumptions;
    }
}
