package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.Place;

final class PlacesTable implements TableParser<Place> {

    static final List<String> TYPES = List.of("local_authority", "neighbourhood");

    public DatasetTable table() {
        return DatasetTable.PLACES;
    }

    public List<String> key() {
        return List.of("place_code");
    }

    public Optional<String> definesCodes() {
        return Optional.of("place_code");
    }

    public Place parse(DataRow row, KnownCodes known) {
        Place place = new Place(row.newCode("place_code"), row.text("name"), row.oneOf("type", TYPES, TYPES.get(0)));
        return row.ok() ? place : null;
    }
}
