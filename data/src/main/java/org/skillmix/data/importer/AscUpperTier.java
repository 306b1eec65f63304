package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rows of the adult social care indicators file (2019/20, 2019 LA codes) give an LA of today its figures. The
 * file shares each county's figure among the county's districts by population (a district's turnover is the
 * county's x the district's share of its population; the districts of Lincolnshire, Norfolk, Kent... all give the
 * same ratio), so a district's own value is the county's cut down 5-15 times. For an LA in a two-tier area, or made
 * of districts since 2019, the upper tier's figure is used: the sum over all the county's districts, field by field.
 * A district's county is the upper tier of the 2023 LA it is part of, or, for a county abolished since 2019,
 * former_counties.csv. Unitary, metropolitan and London authorities keep their own row.
 */
final class AscUpperTier {

    /** The rows an LA's figures are the mean of, and how they were found (empty when the LA's own row). */
    record Source(List<AscWorkforceIndicators.Indicators> rows, String note) {}

    private final AscWorkforceIndicators asc;
    private final Map<String, List<String>> rowsOfToday = new HashMap<>();
    private final Map<String, String> countyOf = new HashMap<>();
    private final Map<String, String> countyName = new HashMap<>();
    private final Map<String, List<String>> districts = new TreeMap<>();

    private AscUpperTier(AscWorkforceIndicators asc) {
        this.asc = asc;
    }

    static AscUpperTier of(AscWorkforceIndicators asc, GeographyLookup geo, Mappings mappings) throws ImportException {
        AscUpperTier tiers = new AscUpperTier(asc);
        Map<String, String> successor = new HashMap<>();
        mappings.table("la_successors.csv", "la_code", "successor_code")
                .forEach(row -> successor.put(row.text("la_code"), row.text("successor_code")));
        Map<String, String[]> former = new HashMap<>();
        mappings.table("former_counties.csv", "la_code", "county_code", "county_name", "source")
                .forEach(row -> former.put(
                        row.text("la_code"), new String[] {row.text("county_code"), row.text("county_name")}));
        for (String code : new TreeSet<>(asc.codes())) {
            String today = geo.la23(successor.getOrDefault(code, code));
            tiers.rowsOfToday.computeIfAbsent(today, k -> new ArrayList<>()).add(code);
            if (!code.startsWith("E07")) continue; // only shire districts share a county's figure
            String county;
            String name;
            if (former.containsKey(code)) {
                county = former.get(code)[0];
                name = former.get(code)[1];
            } else {
                Optional<String> upper = geo.upperTier(today);
                if (upper.isEmpty() || !upper.get().startsWith("E10")) continue;
                county = upper.get();
                name = geo.upperTierName(today).orElse(county);
            }
            tiers.countyOf.put(code, county);
            tiers.countyName.put(county, name);
            tiers.districts.computeIfAbsent(county, k -> new ArrayList<>()).add(code);
        }
        return tiers;
    }

    /** The rows behind an LA of today: its county's sums, or its own row(s); empty when the file has none. */
    Source of(String la) {
        List<String> codes = rowsOfToday.getOrDefault(la, List.of());
        TreeSet<String> counties = new TreeSet<>();
        codes.forEach(c -> {
            if (countyOf.containsKey(c)) counties.add(countyOf.get(c));
        });
        if (counties.isEmpty()) {
            List<AscWorkforceIndicators.Indicators> rows = new ArrayList<>();
            codes.forEach(c -> asc.of(c).ifPresent(rows::add));
            return new Source(rows, "");
        }
        List<AscWorkforceIndicators.Indicators> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String county : counties) {
            List<String> in = districts.get(county);
            rows.add(new AscWorkforceIndicators.Indicators(
                    county,
                    sum(in, AscWorkforceIndicators.Indicators::turnover),
                    sum(in, AscWorkforceIndicators.Indicators::vacancy),
                    sum(in, AscWorkforceIndicators.Indicators::sicknessDays)));
            notes.add(countyName.get(county) + " (" + county + ") = the sum of its " + in.size() + " districts' "
                    + "values, which the file shares out of the county's figure by population");
        }
        return new Source(rows, "upper tier " + String.join("; ", notes));
    }

    /** The sum over the districts, or no value when any district has none (a partial sum would be too small). */
    private Optional<Double> sum(
            List<String> codes,
            java.util.function.Function<AscWorkforceIndicators.Indicators, Optional<Double>> field) {
        double total = 0;
        for (String c : codes) {
            Optional<Double> v = asc.of(c).flatMap(field);
            if (v.isEmpty()) return Optional.empty();
            total += v.get();
        }
        return Optional.of(total);
    }
}
