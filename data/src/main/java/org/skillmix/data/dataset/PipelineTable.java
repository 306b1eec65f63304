package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.PipelineIntake;

final class PipelineTable implements TableParser<PipelineIntake> {

    public DatasetTable table() {
        return DatasetTable.PIPELINE;
    }

    public List<String> key() {
        return List.of("role_code", "place_code", "year");
    }

    public PipelineIntake parse(DataRow row, KnownCodes known) {
        PipelineIntake intake = new PipelineIntake(
                row.reference("role_code", DatasetTable.ROLES, known, "role", false),
                row.reference("place_code", DatasetTable.PLACES, known, "place", true),
                row.integer("year"),
                row.number("intake"),
                row.integer("course_months"),
                row.interval("completion_rate", null),
                row.interval("local_retention", null));
        return row.ok() ? intake : null;
    }
}
