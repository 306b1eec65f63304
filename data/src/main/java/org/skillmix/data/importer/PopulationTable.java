package org.skillmix.data.importer;

import java.util.List;
import java.util.TreeMap;

/**
 * population.csv: Census 2021 rows for the LAs the Census file has, mid-2023 rows for every LA (split by sex as
 * {@link IcbPlaces} says) and projected rows where a projection covers the LA.
 */
final class PopulationTable {

    private PopulationTable() {}

    static OutputTable build(ImportContext ctx) throws ImportException {
        ctx.step("population");
        IcbPlaces places = ctx.places();
        CensusPopulation census = ctx.census();
        MidYearEstimates mye = ctx.mye();
        ImportReport report = ctx.report();
        SnppProjection snpp = SnppProjection.read(ctx.folder(), report);
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
        int projected = 0;
        for (String la : places.codes()) {
            IcbPlaces.SexSplit split = places.sexSplit(la);
            for (int s = 0; s < 2; s++) {
                String sex = s == 0 ? "F" : "M";
                for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                    double sh = split.shares()[s][b];
                    population.add(
                            la,
                            "2023",
                            sex,
                            AgeBands.BANDS.get(b),
                            OutputTable.num(split.persons()[s][b], 1),
                            mye.file() + ": ONS mid-2023 persons summed over single years to the band, x " + sex
                                    + " share " + OutputTable.num(sh, 4) + " " + split.how());
                }
            }
            TreeMap<Integer, double[]> future = snpp.of(la);
            if (!future.isEmpty()) {
                projected++;
                double[][] p = split.persons();
                for (var year : future.tailMap(MidYearEstimates.YEAR + 1).entrySet()) {
                    for (int s = 0; s < 2; s++) {
                        for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                            double sh = p[s][b] / (p[0][b] + p[1][b]);
                            population.add(
                                    la,
                                    year.getKey().toString(),
                                    s == 0 ? "F" : "M",
                                    AgeBands.BANDS.get(b),
                                    OutputTable.num(year.getValue()[b] * sh, 1),
                                    snpp.file() + ": ONS 2022-based SNPP persons, mid-"
                                            + year.getKey() + ", summed to the band, x the LA's mid-2023 "
                                            + (s == 0 ? "F" : "M")
                                            + " share of the band");
                        }
                    }
                }
            }
        }
        if (projected == 0) {
            report.skipped(
                    "population projections (SNPP)",
                    "0 of " + places.size() + " LAs",
                    "the SNPP file in --from covers "
                            + (snpp.file().isEmpty() ? "no LA" : "no LA of " + ctx.icb())
                            + "; population is held at mid-2023 (the reader warns)");
        } else {
            report.mapped(
                    "population projections (SNPP)",
                    projected + " of " + places.size() + " LAs",
                    snpp.file() + "; the other LAs are held at mid-2023 (the reader warns)");
        }
        return population;
    }
}
