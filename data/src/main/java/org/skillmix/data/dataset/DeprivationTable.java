package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Deprivation;

final class DeprivationTable implements TableParser<Deprivation> {

    public DatasetTable table() {
        return DatasetTable.DEPRIVATION;
    }

    public List<String> key() {
        return List.of("place_code");
    }

    public Deprivation parse(DataRow row, KnownCodes known) {
        Deprivation deprivation = new Deprivation(
                row.reference("place_code", DatasetTable.PLACES, known, "place", false), row.number("imd_score"));
        return row.ok() ? deprivation : null;
    }
}
