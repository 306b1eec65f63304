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
        Vintage vintage,
        SourceFolder folder,
        Mappings mappings,
        Defaults defaults,
        ImportReport report,
        Consumer<String> progress,
        GeographyLookup geo,
        MidYearEstimates mye,
        CensusPopulation census,
        IcbPlaces places) {

    /** The newest published figures ({@link Vintage#CURRENT}); see the full form. */
    static ImportContext open(
            SourceFolder folder,
            String icb,
            YearMonth baseMonth,
            Mappings mappings,
            ImportReport report,
            Consumer<String> progress)
            throws ImportException {
        return open(folder, icb, baseMonth, Vintage.CURRENT, mappings, report, progress);
    }

    /**
     * Reads the sources every table needs and the ICB's places. baseMonth null means the documented default
     * (defaults.csv base_month); an {@link Vintage#AS_AT_BASE} import needs a base month.
     */
    static ImportContext open(
            SourceFolder folder,
            String icb,
            YearMonth baseMonth,
            Vintage vintage,
            Mappings mappings,
            ImportReport report,
            Consumer<String> progress)
            throws ImportException {
        if (vintage == Vintage.AS_AT_BASE && baseMonth == null)
            throw ImportException.file("--base", "a dataset as it stood at a past base needs the base month");
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
                vintage,
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

    /** Whether the dataset is built as it stood at the base month ({@link Vintage#AS_AT_BASE}). */
    boolean asAtBase() {
        return vintage == Vintage.AS_AT_BASE;
    }

    /**
     * The month of the HCHS staff-group file the trusts' workforce is read from, as the file writes it
     * (2018-JUN): the base month's for a dataset as it stood then, else the documented mix month.
     */
    String hchsMonth() throws ImportException {
        if (asAtBase()) return HchsWorkforceWorkbook.label(baseMonth);
        return defaults.use("hchs_mix_month", "staff-group mix of trust FTE").value();
    }

    void step(String what) {
        progress.accept("reading " + what);
    }
}
