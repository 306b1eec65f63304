package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.PopulationCount;

final class PopulationTable implements TableParser<PopulationCount> {

    public DatasetTable table() {
        return DatasetTable.POPULATION;
    }

    public List<String> key() {
        return List.of("place_code", "year", "sex", "age_band");
    }

    public PopulationCount parse(DataRow row, KnownCodes known) {
        PopulationCount count = new PopulationCount(
                row.reference("place_code", DatasetTable.PLACES, known, "place", false),
                row.integer("year"),
                row.sex("sex", false),
                AgeBand.read(row, "age_band"),
                row.number("persons"));
        return row.ok() ? count : null;
    }
}
