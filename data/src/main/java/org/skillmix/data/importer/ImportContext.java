package org.skillmix.data.importer;

import java.time.YearMonth;
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
        GeographyLookup.Icb icbInfo = geo.icb(icb)
                .orElseThrow(() -> ImportException.file(
                        GeographyLookup.LSOA_FILE.replace("\\", ""),
                        "has no ICB with ODS code " + icb
                                + "; ICB codes are like QOP (Greater Manchester), QKK (South East London)"));
        MidYearEstimates mye = MidYearEstimates.read(folder, report);
        CensusPopulation census = CensusPopulation.read(folder, report);
        IcbPlaces places = IcbPlaces.of(icb, icbInfo, geo, mye, census, defaults, report);
        YearMonth base = baseMonth != null
                ? baseMonth
                : YearMonth.parse(
                        defaults.use("base_month", "manifest base_month").value());
        return new ImportContext(
                icb, icbInfo, base, folder, mappings, defaults, report, progress, geo, mye, census, places);
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
