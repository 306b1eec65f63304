package org.skillmix.data.importer;

import java.util.List;

/**
 * population.csv: Census 2021 rows for the LAs the Census file has, mid-2023 rows for every LA (split by sex as
 * {@link IcbPlaces} says) and projected rows where a projection covers the LA. A dataset as it stood at a past base
 * ({@link Vintage#AS_AT_BASE}) has the ONS projection of its base year as published instead, from the base
 * mid-year on (mid-2018: the mid-2018 estimate the 2018-based projection starts from).
 */
final class PopulationTable {

    private PopulationTable() {}

    static OutputTable build(ImportContext ctx, ProjectedPopulation projected) throws ImportException {
        ctx.step("population");
        if (ctx.asAtBase()) return asPublished(ctx, projected);
        IcbPlaces places = ctx.places();
        CensusPopulation census = ctx.census();
        MidYearEstimates mye = ctx.mye();
        ImportReport report = ctx.report();
        OutputTable population =
                new OutputTable("population.csv", "place_code", "year", "sex", "age_band", "persons", "source");
        int censusLas = 0;
        for (String la : places.codes()) {
            if (!census.has(la)) continue;
            censusLas++;
            for (String sex : List.of("F", "M")) {
                for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                    String band = AgeBands.BANDS.get(b);
                    population.add(
                            la,
                            "2021",
                            sex,
                            band,
                            OutputTable.num(census.persons(la, sex, b), 1),
                            census.file() + ": Census 2021 (ONS, rounded to 100), "
                                    + (band.equals("85+") ? "85-89 + 90+" : band));
                }
            }
        }
        if (censusLas < places.size()) {
            report.skipped(
                    "Census 2021 population by sex and age",
                    (places.size() - censusLas) + " of " + places.size() + " LAs",
                    census.isEmpty()
                            ? "no Census file in --from"
                            : "the Census file has only " + censusLas
                                    + " of the ICB's LAs; those LAs start at mid-2023");
        }
        for (String la : places.codes()) {
            IcbPlaces.SexSplit split = places.sexSplit(la);
            for (int s = 0; s < 2; s++) {
                String sex = s == 0 ? "F" : "M";
                for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                    double sh = split.shares()[s][b];
                    population.add(
                            la,
                            Integer.toString(ctx.populationYear()),
                            sex,
                            AgeBands.BANDS.get(b),
                            OutputTable.num(split.persons()[s][b], 1),
                            mye.file() + ": ONS mid-2023 persons summed over single years to the band, x " + sex
                                    + " share " + OutputTable.num(sh, 4) + " " + split.how());
                }
            }
            ProjectedPopulation.LaProjection future = projected.las().get(la);
            double[][] p = split.persons();
            for (var year : future.persons().entrySet()) {
                int y = year.getKey();
                String how = future.source() + "; mid-"
                        + (y <= future.lastFileYear()
                                ? y
                                : future.lastFileYear() + " extrapolated to mid-" + y
                                        + " by the band's growth over mid-"
                                        + (future.lastFileYear() - ProjectedPopulation.TREND_YEARS) + ".."
                                        + future.lastFileYear())
                        + " / mid-" + ctx.populationYear() + " of the projection x the mid-" + ctx.populationYear()
                        + " estimate (ratio anchoring), x the LA's mid-" + ctx.populationYear() + " ";
                addBySex(population, la, y, year.getValue(), p, how, " share of the band");
            }
        }
        return population;
    }

    /**
     * The 2018-based projection as published, every mid-year from the base month's year to the projection's end year
     * (beyond the file's last year extrapolated as {@link ProjectedPopulation} does), each band split by sex with the
     * LA's mid-2023 shares (the sex split of the base year is not in the files: a stand-in the report names). Nothing
     * from after the base is used for the level: Census 2021 and the mid-2023 estimate are left out.
     */
    private static OutputTable asPublished(ImportContext ctx, ProjectedPopulation projected) throws ImportException {
        IcbPlaces places = ctx.places();
        LaProjection2018 file = projected.snpp2018();
        int from = ctx.baseMonth().getYear();
        OutputTable population =
                new OutputTable("population.csv", "place_code", "year", "sex", "age_band", "persons", "source");
        for (String la : places.codes()) {
            java.util.TreeMap<Integer, double[]> p = file.of(la);
            if (!p.containsKey(from))
                throw ImportException.file(
                        file.file().isEmpty() ? ctx.folder().root().toString() : file.file(),
                        "has no mid-" + from + " figures for LA " + la + " (" + places.name(la)
                                + "): a dataset as it stood at " + ctx.baseMonth()
                                + " needs the projection of its base year");
            int last = p.lastKey();
            double[][] split = places.sexSplit(la).persons();
            for (int y = from; y <= projected.endYear(); y++) {
                double[] bands = new double[AgeBands.BANDS.size()];
                for (int b = 0; b < bands.length; b++) {
                    bands[b] = y <= last
                            ? p.get(y)[b]
                            : p.get(last)[b]
                                    * Math.pow(
                                            p.get(last)[b]
                                                    / Math.max(1e-9, p.get(last - ProjectedPopulation.TREND_YEARS)[b]),
                                            (y - last) / (double) ProjectedPopulation.TREND_YEARS);
                }
                String how = file.file() + ": ONS 2018-based SNPP (principal) as published, mid-" + y
                        + (y == from && from == 2018 ? " (the mid-2018 estimate)" : "")
                        + (y > last
                                ? " extrapolated by the band's growth of the file's last "
                                        + ProjectedPopulation.TREND_YEARS + " years"
                                : "")
                        + "; 85-89 + 90+ as 85+; x the LA's mid-2023 ";
                addBySex(
                        population,
                        la,
                        y,
                        bands,
                        split,
                        how,
                        " share of the band (stand-in: no sex split of " + from + " in the files)");
            }
        }
        ctx.report()
                .defaulted(
                        "population as it stood at " + ctx.baseMonth(),
                        places.size() + " LAs, mid-" + from + " to mid-" + projected.endYear(),
                        "the ONS 2018-based projection as published (mid-2018 = the mid-2018 estimate), not anchored to"
                                + " mid-2023; split by sex with each LA's mid-2023 shares (stand-in)");
        return population;
    }

    /** One row per sex and band: the band's persons x the sex's share of it in split (F first), half each if none. */
    private static void addBySex(
            OutputTable population, String la, int year, double[] bands, double[][] split, String how, String note) {
        for (int s = 0; s < 2; s++) {
            String sex = s == 0 ? "F" : "M";
            for (int b = 0; b < bands.length; b++) {
                double all = split[0][b] + split[1][b];
                double sh = all > 0 ? split[s][b] / all : 0.5;
                population.add(
                        la,
                        Integer.toString(year),
                        sex,
                        AgeBands.BANDS.get(b),
                        OutputTable.num(bands[b] * sh, 1),
                        how + sex + note);
            }
        }
    }
}
