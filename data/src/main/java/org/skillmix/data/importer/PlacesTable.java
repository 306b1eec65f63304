package org.skillmix.data.importer;

/** places.csv: the ICB's LAs with their names. */
final class PlacesTable {

    private PlacesTable() {}

    static OutputTable build(IcbPlaces places) {
        OutputTable out = new OutputTable("places.csv", "place_code", "name", "type", "source");
        for (String la : places.codes()) out.add(la, places.name(la), "local_authority", places.source(la));
        return out;
    }
}
