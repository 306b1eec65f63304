package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The persons population.csv holds, by place, mid-year, sex and band, read back as the engine reads them: financial
 * year Y/Y+1 uses the mid-year Y population, the latest year at or before Y, or the first year when Y precedes them
 * all (core DemandModel). Activity rates scaled to a year's observed activity, and capability hours calibrated to
 * the base month's establishment, must use that same population, or demand in the base month is off by the
 * population's growth between the estimate (mid-2023) and the base month's year.
 */
final class PopulationByYear {

    private final Map<String, NavigableMap<Integer, double[][]>> byPlace = new HashMap<>();

    private PopulationByYear() {}

    /** The persons of population.csv as built (place_code, year, sex, age_band, persons). */
    static PopulationByYear of(OutputTable population) {
        PopulationByYear out = new PopulationByYear();
        List<String> header = population.header();
        int place = header.indexOf("place_code"), year = header.indexOf("year"), sex = header.indexOf("sex");
        int band = header.indexOf("age_band"), persons = header.indexOf("persons");
        for (List<String> row : population.rows()) {
            double[][] grid = out.byPlace
                    .computeIfAbsent(row.get(place), p -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(row.get(year)), y -> new double[2][AgeBands.BANDS.size()]);
            grid[row.get(sex).equals("F") ? 0 : 1][AgeBands.BANDS.indexOf(row.get(band))] +=
                    Double.parseDouble(row.get(persons));
        }
        return out;
    }

    /** The financial year (by its first calendar year) a month is in: April to March. */
    static int financialYear(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** A financial year as planners write it: 2025/26. */
    static String label(int fy) {
        return fy + "/" + String.format(java.util.Locale.ROOT, "%02d", (fy + 1) % 100);
    }

    /** The mid-year the engine uses for financial year fy in a place. */
    int year(String place, int fy) {
        NavigableMap<Integer, double[][]> years = years(place);
        Integer y = years.floorKey(fy);
        return y != null ? y : years.firstKey();
    }

    /** Persons [F, M][band] the engine uses for financial year fy in a place. */
    double[][] persons(String place, int fy) {
        return years(place).get(year(place, fy));
    }

    private NavigableMap<Integer, double[][]> years(String place) {
        NavigableMap<Integer, double[][]> years = byPlace.get(place);
        if (years == null || years.isEmpty())
            throw new IllegalStateException("population.csv has no rows for place " + place);
        return years;
    }
}
