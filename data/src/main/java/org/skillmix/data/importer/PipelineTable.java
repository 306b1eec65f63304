package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.List;

/** pipeline.csv: national training intakes (pipeline.csv of the catalogue) x the ICB's share of England's population, for three years from the base year. */
final class PipelineTable {

    private PipelineTable() {}

    static OutputTable build(ImportContext ctx) throws ImportException {
        double icbPopulation = ctx.places().total();
        double england = ctx.mye().england();
        double share = icbPopulation / england;
        int baseYear = ctx.baseYear();
        OutputTable pipe = new OutputTable(
                "pipeline.csv",
                "role_code",
                "place_code",
                "year",
                "intake",
                "course_months",
                "completion_rate_low",
                "completion_rate_mode",
                "completion_rate_high",
                "local_retention_low",
                "local_retention_mode",
                "local_retention_high",
                "source");
        List<Object[]> rows = new ArrayList<>();
        ctx.mappings()
                .table(
                        "pipeline.csv",
                        "role_code",
                        "national_intake",
                        "course_months",
                        "completion_rate_low",
                        "completion_rate_mode",
                        "completion_rate_high",
                        "local_retention_low",
                        "local_retention_mode",
                        "local_retention_high",
                        "source")
                .forEach(row -> rows.add(new Object[] {
                    row.text("role_code"),
                    row.number("national_intake"),
                    row.text("course_months"),
                    ServicesTable.number(row, "completion_rate_low"),
                    ServicesTable.number(row, "completion_rate_mode"),
                    ServicesTable.number(row, "completion_rate_high"),
                    ServicesTable.number(row, "local_retention_low"),
                    ServicesTable.number(row, "local_retention_mode"),
                    ServicesTable.number(row, "local_retention_high"),
                    row.text("source")
                }));
        for (int y = baseYear; y < baseYear + 3; y++) {
            for (Object[] r : rows) {
                pipe.add(
                        r[0],
                        "ALL",
                        Integer.toString(y),
                        Long.toString(Math.round((double) r[1] * share)),
                        r[2],
                        r[3],
                        r[4],
                        r[5],
                        r[6],
                        r[7],
                        r[8],
                        r[9] + " (" + OutputTable.num(icbPopulation, 0) + "/" + OutputTable.num(england, 0) + " = "
                                + OutputTable.num(share, 3) + ")");
            }
        }
        for (Object[] r : rows)
            ctx.report()
                    .defaulted(
                            "training pipeline " + r[0],
                            Math.round((double) r[1] * share) + " starters a year",
                            (String) r[9]);
        ctx.report()
                .defaulted(
                        "training pipeline",
                        pipe.size() + " rows",
                        "national intakes in pipeline.csv x the ICB's share of England " + "population "
                                + OutputTable.num(share, 4));
        return pipe;
    }
}
