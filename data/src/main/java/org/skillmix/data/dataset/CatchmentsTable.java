package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Catchment;

final class CatchmentsTable implements TableParser<Catchment> {

    public DatasetTable table() {
        return DatasetTable.CATCHMENTS;
    }

    public List<String> key() {
        return List.of("org_code", "place_code");
    }

    public Catchment parse(DataRow row, KnownCodes known) {
        Catchment catchment = new Catchment(
                row.reference("org_code", DatasetTable.ORGANISATIONS, known, "organisation", false),
                row.reference("place_code", DatasetTable.PLACES, known, "place", false),
                row.number("share"));
        return row.ok() ? catchment : null;
    }
}
