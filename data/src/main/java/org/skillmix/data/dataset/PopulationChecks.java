package org.skillmix.data.dataset;

import static org.skillmix.data.dataset.DatasetTable.PLACES;
import static org.skillmix.data.dataset.DatasetTable.POPULATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.SystemInfo;

/**
 * Checks of population.csv across its rows: which places and years it covers. Each runs only when the tables it needs were read, so a missing file gives one problem rather than a
 * cascade.
 */
final class PopulationChecks {

    private final LoadedTables tables;
    private final ProblemLog log;

    PopulationChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run(SystemInfo info) {
        if (!tables.loaded(POPULATION) || log.hasErrors(tables.file(POPULATION))) {
            // A row already refused (a garbled band, say) would only show up again here as a band missing.
            populationCoversPlaces(info);
            return;
        }
        everyPlaceYearIsWhole(bandsDoNotOverlap());
        populationCoversPlaces(info);
    }

    /** Two bands that share an age would count its people twice. */
    private boolean bandsDoNotOverlap() {
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        for (Parsed<PopulationCount> p : tables.rows(POPULATION, PopulationCount.class)) {
            firstRow.putIfAbsent(p.value().ageBand(), p.row());
        }
        List<String> bands = new ArrayList<>(firstRow.keySet());
        for (int i = 0; i < bands.size(); i++) {
            for (int j = 0; j < i; j++) {
                AgeBand a = AgeBand.parse(bands.get(j)).orElseThrow();
                AgeBand b = AgeBand.parse(bands.get(i)).orElseThrow();
                if (a.overlaps(b)) {
                    log.error(
                            tables.file(POPULATION),
                            firstRow.get(bands.get(i)),
                            "age_band",
                            "age band " + DataRow.quote(bands.get(i)) + " overlaps age band "
                                    + DataRow.quote(bands.get(j)) + " (row " + firstRow.get(bands.get(j))
                                    + "): people of both would be counted twice; use bands that do not share an age");
                    return false;
                }
            }
        }
        return true;
    }

    /** A place in a year, as population rows are grouped. */
    private record PlaceYear(String place, int year) {
        @Override
        public String toString() {
            return "place " + place + " in " + year;
        }
    }

    /** What one place-year's rows hold: its bands by sex, its people and its first row. */
    private static final class Group {
        final Map<String, Set<String>> bandsBySex = new TreeMap<>();
        final Map<String, Integer> firstRowBySex = new HashMap<>();
        double persons;
        int firstRow;
    }

    /**
     * Every place, year and sex has the same age bands and both sexes: one missing (a band garbled, a row
     * lost) would drop the demand of its people without a word. A place-year whose bands all hold 0 people has
     * no demand at all: a lost file, not a real place.
     */
    private void everyPlaceYearIsWhole(boolean bandsChecked) {
        Set<String> bands = new LinkedHashSet<>();
        Map<PlaceYear, Group> groups = new LinkedHashMap<>();
        for (Parsed<PopulationCount> p : tables.rows(POPULATION, PopulationCount.class)) {
            PopulationCount c = p.value();
            bands.add(c.ageBand());
            Group group = groups.computeIfAbsent(new PlaceYear(c.placeCode(), c.year()), k -> new Group());
            if (group.firstRow == 0) group.firstRow = p.row();
            group.persons += c.persons();
            group.bandsBySex.computeIfAbsent(c.sex(), k -> new HashSet<>()).add(c.ageBand());
            group.firstRowBySex.putIfAbsent(c.sex(), p.row());
        }
        String file = tables.file(POPULATION);
        groups.forEach((placeYear, group) -> {
            if (group.bandsBySex.size() < 2) {
                log.error(
                        file,
                        group.firstRow,
                        "sex",
                        placeYear + " has rows for " + String.join("", group.bandsBySex.keySet())
                                + " only; give both F and M");
            }
            if (bandsChecked) {
                group.bandsBySex.forEach((sex, given) -> {
                    if (given.size() == bands.size()) return;
                    List<String> missing =
                            bands.stream().filter(b -> !given.contains(b)).toList();
                    log.error(
                            file,
                            group.firstRowBySex.get(sex),
                            "age_band",
                            placeYear + " (" + sex + ") has no row for age band "
                                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                                    + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "")
                                    + "; every place, year and sex needs the same bands (" + String.join(", ", bands)
                                    + ")");
                });
            }
            if (group.persons <= 0) {
                log.error(
                        file,
                        group.firstRow,
                        "persons",
                        "the population of " + placeYear
                                + " is 0 in every age band and sex; give its residents (or leave the place out)");
            }
        });
    }

    /**
     * Population is carried forward past its last year and back before its first; say so when one
     * place stops earlier than the rest, or everything stops before the projection starts.
     */
    private void populationCoversPlaces(SystemInfo info) {
        if (!tables.loaded(POPULATION)) return;
        Map<String, int[]> yearsByPlace = new TreeMap<>();
        for (PopulationCount p : tables.values(POPULATION, PopulationCount.class)) {
            yearsByPlace.merge(p.placeCode(), new int[] {p.year(), p.year()}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        for (Parsed<Place> place : tables.rows(PLACES, Place.class)) {
            if (!yearsByPlace.containsKey(place.value().code())) {
                log.warning(
                        tables.file(PLACES),
                        place.row(),
                        "place_code",
                        "place " + place.value().code() + " has no rows in " + tables.file(POPULATION)
                                + "; services there will have no demand");
            }
        }
        int lastYear = yearsByPlace.values().stream().mapToInt(y -> y[1]).max().orElse(0);
        yearsByPlace.forEach((place, years) -> {
            if (years[1] < lastYear) {
                log.warning(
                        tables.file(POPULATION),
                        0,
                        "",
                        "population of place " + place + " stops at " + years[1] + " (other places go to " + lastYear
                                + "); later years use " + years[1] + "'s figures");
            }
        });
        if (info != null && lastYear > 0 && lastYear < info.baseMonth().getYear()) {
            log.warning(
                    tables.file(POPULATION),
                    0,
                    "",
                    "population stops at " + lastYear + ", before base_month " + info.baseMonth()
                            + "; every projected year uses " + lastYear + "'s figures (no growth)");
        }
    }
}
