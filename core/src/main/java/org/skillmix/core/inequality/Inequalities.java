package org.skillmix.core.inequality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.PlaceFte;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.SystemModel;

/**
 * Demand, supply and gap per 10,000 residents by place and by deprivation quintile in one month (issue 15 item 4;
 * docs/outputs.md "Inequalities"), from a projection's mean series.
 *
 * <ul>
 *   <li>per 10,000 = FTE / residents x 10,000, residents the place's population (population.csv) in the calendar year
 *       of the month, or the nearest year the table has;</li>
 *   <li>staffing per need = supply / demand (1 = demand met; 0 where there is no demand);</li>
 *   <li>deprivation quintile: the ICS's places ranked by IMD 2019 average score (deprivation.csv), most deprived
 *       first, cut into fifths (quintile q holds ranks r with floor(5 r / n) = q - 1); 0 for a place without a score.
 *       Quintiles are of the ICS's own places, not national ones: they compare the system's places with each other;</li>
 *   <li>lowest fifth: of the n places with demand, the ceil(n / 5) with the lowest staffing per need, flagged (a
 *       place with no demand is not).</li>
 * </ul>
 *
 * A quintile's figures are its places' sums; its IMD score the population-weighted mean of theirs.
 */
public record Inequalities(YearMonth month, List<Row> places, List<Row> quintiles) {
    /** One place (level "place") or one deprivation quintile (level "imd_quintile", code "Q1".."Q5"). */
    public record Row(
            String level,
            String code,
            String name,
            double imdScore,
            int quintile,
            double population,
            double demandFte,
            double supplyFte,
            double gapFte,
            boolean lowestFifth) {

        public double demandPer10k() {
            return per10k(demandFte);
        }

        public double supplyPer10k() {
            return per10k(supplyFte);
        }

        public double gapPer10k() {
            return per10k(gapFte);
        }

        /** Supply over demand: 1 = demand met, 0 where there is no demand (nothing to staff). */
        public double staffingPerNeed() {
            return demandFte > 0 ? supplyFte / demandFte : 0;
        }

        private double per10k(double fte) {
            return population > 0 ? fte / population * 10_000 : 0;
        }
    }

    public static Inequalities of(SystemModel model, Projection projection, int monthIndex) {
        Map<String, PlaceFte> byPlace = new HashMap<>();
        for (Place p : model.places()) {
            byPlace.put(
                    p.code(),
                    new PlaceFte(
                            mean(projection, Measure.DEMAND_FTE, p.code(), monthIndex),
                            mean(projection, Measure.SUPPLY_FTE, p.code(), monthIndex),
                            mean(projection, Measure.GAP_FTE, p.code(), monthIndex)));
        }
        return of(model, projection.months().get(monthIndex), byPlace);
    }

    /**
     * The same from each place's mean demand, supply and net gap FTE in the month, by place code (a place missing
     * has none).
     */
    public static Inequalities of(SystemModel model, YearMonth month, Map<String, PlaceFte> byPlace) {
        Map<String, Double> imd = new HashMap<>();
        for (Deprivation d : model.deprivation()) imd.put(d.placeCode(), d.imdScore());
        List<Place> ranked = model.places().stream()
                .filter(p -> imd.containsKey(p.code()))
                .sorted(Comparator.comparingDouble((Place p) -> -imd.get(p.code()))
                        .thenComparing(Place::code))
                .toList();
        Map<String, Integer> quintile = new HashMap<>();
        for (int r = 0; r < ranked.size(); r++) quintile.put(ranked.get(r).code(), 5 * r / ranked.size() + 1);

        List<Row> places = new ArrayList<>();
        for (Place p : model.places()) {
            PlaceFte figures = byPlace.getOrDefault(p.code(), PlaceFte.NONE);
            places.add(new Row(
                    "place",
                    p.code(),
                    p.name(),
                    imd.getOrDefault(p.code(), 0.0),
                    quintile.getOrDefault(p.code(), 0),
                    population(model, p.code(), month.getYear()),
                    figures.demandFte(),
                    figures.supplyFte(),
                    figures.gapFte(),
                    false));
        }
        // Only places with a need are ranked: a place with no demand has a staffing per need of 0 but is not
        // under-served, and flagging it would hide one that is.
        List<Row> withNeed = places.stream().filter(r -> r.demandFte() > 0).toList();
        int flagged = (int) Math.ceil(withNeed.size() / 5.0);
        List<String> lowest = withNeed.stream()
                .sorted(Comparator.comparingDouble(Row::staffingPerNeed).thenComparing(Row::code))
                .limit(flagged)
                .map(Row::code)
                .toList();
        places.replaceAll(r -> lowest.contains(r.code())
                ? new Row(
                        r.level(),
                        r.code(),
                        r.name(),
                        r.imdScore(),
                        r.quintile(),
                        r.population(),
                        r.demandFte(),
                        r.supplyFte(),
                        r.gapFte(),
                        true)
                : r);

        List<Row> quintiles = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            double pop = 0, imdWeighted = 0, demand = 0, supply = 0, gap = 0;
            int n = 0;
            for (Row r : places) {
                if (r.quintile() != q) continue;
                n++;
                pop += r.population();
                imdWeighted += r.imdScore() * r.population();
                demand += r.demandFte();
                supply += r.supplyFte();
                gap += r.gapFte();
            }
            if (n == 0) continue;
            quintiles.add(new Row(
                    "imd_quintile",
                    "Q" + q,
                    q == 1 ? "most deprived fifth" : q == 5 ? "least deprived fifth" : "fifth " + q,
                    pop > 0 ? imdWeighted / pop : 0,
                    q,
                    pop,
                    demand,
                    supply,
                    gap,
                    false));
        }
        return new Inequalities(month, List.copyOf(places), List.copyOf(quintiles));
    }

    /**
     * The table without the places hidden and without every quintile that holds one: a quintile's figures less its
     * other places' would give the hidden place's (small-number suppression for a reader who may not see a place).
     */
    public Inequalities withoutPlaces(Predicate<String> hidden) {
        List<Row> kept = new ArrayList<>();
        Set<Integer> spoiled = new HashSet<>();
        for (Row place : places) {
            if (hidden.test(place.code())) spoiled.add(place.quintile());
            else kept.add(place);
        }
        List<Row> fifths =
                quintiles.stream().filter(q -> !spoiled.contains(q.quintile())).toList();
        return new Inequalities(month, List.copyOf(kept), fifths);
    }

    /** The place's residents in the year, or in the nearest year population.csv has. */
    static double population(SystemModel model, String place, int year) {
        Map<Integer, Double> byYear = new HashMap<>();
        for (PopulationCount c : model.population())
            if (c.placeCode().equals(place)) byYear.merge(c.year(), c.persons(), Double::sum);
        return byYear.keySet().stream()
                .min(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparing(y -> -y))
                .map(byYear::get)
                .orElse(0.0);
    }

    private static double mean(Projection projection, Measure measure, String place, int t) {
        return projection
                .series(new SeriesKey(measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, place))
                .map(s -> s.mean()[t])
                .orElse(0.0);
    }
}
