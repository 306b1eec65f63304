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
                row.integer("year", 1900, 2200),
                row.number("intake", Range.NON_NEGATIVE),
                row.integer("course_months", 1, Integer.MAX_VALUE),
                row.interval("completion_rate", Range.SHARE, null),
                row.interval("local_retention", Range.SHARE, null));
        return row.ok() ? intake : null;
    }
}
