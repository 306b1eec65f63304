package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every table of an import is built from, fixed before the first table is built: the ICB, the base month
 * (a parameter, so a dataset can be built as it stood at a past base), the folder of published files, the
 * editable mapping and default tables, the sources every part needs (geography, population estimates, Census)
 * read once, and the ICB's places with their base population. The report and the defaults' use counts are the
 * import's log, written to as the tables are built; nothing here is changed by a builder.
 */
record ImportContext(
        String icb,
        List<String> icbCodes,
        GeographyLookup.Icb icbInfo,
        YearMonth baseMonth,
        SourceFolder folder,
        Mappings mappings,
        Defaults defaults,
        ImportReport report,
        Consumer<String> progress,
        GeographyLookup geo,
        MidYearEstimates mye,
        CensusPopulation census,
        IcbPlaces places) {

    /**
     * Reads the sources every table needs and the ICB's places. baseMonth null means the documented default
     * (defaults.csv base_month).
     */
    static ImportContext open(
            SourceFolder folder,
            String icb,
            YearMonth baseMonth,
            Mappings mappings,
            ImportReport report,
            Consumer<String> progress)
            throws ImportException {
        Defaults defaults = Defaults.read(mappings);
        progress.accept("reading geography lookups");
        GeographyLookup geo = GeographyLookup.read(folder, report);
        IcbFootprint footprint = IcbFootprint.resolve(icb, geo, folder, report);
        List<GeographyLookup.Icb> parts = new ArrayList<>();
        for (String code : footprint.codes()) parts.add(geo.icb(code).orElseThrow());
        GeographyLookup.Icb icbInfo = parts.size() == 1
                ? parts.get(0)
                : new GeographyLookup.Icb(
                        footprint.label(),
                        String.join(
                                "+",
                                parts.stream().map(GeographyLookup.Icb::onsCode).toList()),
                        String.join(
                                " + ",
                                parts.stream().map(GeographyLookup.Icb::name).toList()));
        MidYearEstimates mye = MidYearEstimates.read(folder, report);
        CensusPopulation census = CensusPopulation.read(folder, report);
        IcbPlaces places = IcbPlaces.of(footprint, icbInfo, geo, mye, census, defaults, report);
        YearMonth base = baseMonth != null
                ? baseMonth
                : YearMonth.parse(
                        defaults.use("base_month", "manifest base_month").value());
        return new ImportContext(
                footprint.label(),
                footprint.codes(),
                icbInfo,
                base,
                folder,
                mappings,
                defaults,
                report,
                progress,
                geo,
                mye,
                census,
                places);
    }

    /** Whether the footprint is more than one ICB of the published files' geography. */
    boolean combined() {
        return icbCodes.size() > 1;
    }

    /** The financial year (April to March) the base month is in, by its first calendar year. */
    int baseYear() {
        return baseMonth.getMonthValue() >= 4 ? baseMonth.getYear() : baseMonth.getYear() - 1;
    }

    /** The year of the population estimate the dataset starts from (mid-year), to which projections are anchored. */
    int populationYear() {
        return MidYearEstimates.YEAR;
    }

    void step(String what) {
        progress.accept("reading " + what);
    }
}
