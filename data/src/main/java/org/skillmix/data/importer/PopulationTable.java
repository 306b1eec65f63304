package org.skillmix.data.importer;

import java.util.List;

/**
 * population.csv: Census 2021 rows for the LAs the Census file has, mid-2023 rows for every LA (split by sex as
 * {@link IcbPlaces} says) and projected rows where a projection covers the LA.
 */
final class PopulationTable {

    private PopulationTable() {}

    static OutputTable build(ImportContext ctx, ProjectedPopulation projected) {
        ctx.step("population");
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
                for (int s = 0; s < 2; s++) {
                    for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                        double all = p[0][b] + p[1][b];
                        double sh = all > 0 ? p[s][b] / all : 0.5;
                        population.add(
                                la,
                                Integer.toString(y),
                                s == 0 ? "F" : "M",
                                AgeBands.BANDS.get(b),
                                OutputTable.num(year.getValue()[b] * sh, 1),
                                how + (s == 0 ? "F" : "M") + " share of the band");
                    }
                }
            }
        }
        return population;
    }
}
