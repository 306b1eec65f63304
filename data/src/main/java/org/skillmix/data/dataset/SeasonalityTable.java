package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Seasonality;

final class SeasonalityTable implements TableParser<Seasonality> {

    public DatasetTable table() {
        return DatasetTable.SEASONALITY;
    }

    public List<String> key() {
        return List.of("service_code", "place_code", "month");
    }

    public Seasonality parse(DataRow row, KnownCodes known) {
        Seasonality seasonality = new Seasonality(
                row.reference("service_code", DatasetTable.SERVICES, known, "service", false),
                row.reference("place_code", DatasetTable.PLACES, known, "place", true),
                row.integer("month"),
                row.number("multiplier"));
        return row.ok() ? seasonality : null;
    }
}
