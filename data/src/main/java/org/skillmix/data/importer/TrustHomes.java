package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A trust's home place: trust_places.csv (the LA its head office is in, read from its address), else a guess
 * from its head-office address (ODS) and its name, else the ICB's most populous LA (each guess a documented
 * default, named in the import report).
 *
 * <p>The guess reads the post town first, then the address lines from the last, then the county: a road named
 * after a town ("Warrington Road, Prescot") names where the road leads, not where the office is, so lines
 * ending in a road word are passed over, and the trust's own name is not part of the address searched
 * ("Maidstone and Tunbridge Wells NHS Trust, Maidstone Hospital" is in Maidstone). An LA named in the name
 * comes next, and only then an upper-tier authority named anywhere, read as its most populous LA.
 */
final class TrustHomes {

    /** A home place and why; guessed when trust_places.csv did not give one inside the ICB. */
    record Home(String place, String why, boolean guessed) {}

    private static final Set<String> ROAD_WORDS =
            Set.of("ROAD", "STREET", "LANE", "WAY", "AVENUE", "DRIVE", "WALK", "CLOSE", "CRESCENT", "TERRACE", "ROW");

    private final Map<String, String[]> listed;
    private final IcbPlaces places;
    private final GeographyLookup geo;
    private final TrustNames names;

    private TrustHomes(Map<String, String[]> listed, IcbPlaces places, GeographyLookup geo, TrustNames names) {
        this.listed = listed;
        this.places = places;
        this.geo = geo;
        this.names = names;
    }

    static TrustHomes read(Mappings mappings, IcbPlaces places, GeographyLookup geo, TrustNames names)
            throws ImportException {
        Map<String, String[]> listed = new HashMap<>();
        mappings.table("trust_places.csv", "org_code", "place_code", "source")
                .forEach(row ->
                        listed.put(row.text("org_code"), new String[] {row.text("place_code"), row.text("source")}));
        return new TrustHomes(listed, places, geo, names);
    }

    /** The home place; served: the ICB's places the trust serves (all of them unless it serves part of the ICB). */
    Home of(String code, String name, List<String> served) {
        String[] home = listed.get(code);
        if (home != null && places.contains(home[0])) return new Home(home[0], home[1], false);
        if (home != null) {
            // A head office outside the ICB (an ambulance service's, a trust serving several ICBs) says nothing
            // about which of the places it serves the staff counted here belong to.
            boolean all = served.size() == places.codes().size();
            String la = places.largestFirst().stream()
                    .filter(served::contains)
                    .findFirst()
                    .orElse(places.largestFirst().get(0));
            return new Home(
                    la,
                    "home place: the head office is in " + geo.laName(home[0]) + ", outside the ICB (trust_places.csv: "
                            + home[1] + "); the most populous LA " + (all ? "of the ICB" : "it serves in the ICB")
                            + " (documented default)",
                    true);
        }
        return guess(code, name);
    }

    private Home guess(String code, String name) {
        Optional<TrustNames.Address> address = names.address(code);
        List<String> fields = new ArrayList<>();
        String where = "";
        if (address.isPresent()) {
            TrustNames.Address a = address.get();
            fields.add(a.town());
            for (int i = a.lines().size() - 1; i >= 0; i--)
                if (!ROAD_WORDS.contains(lastWord(a.lines().get(i))))
                    fields.add(a.lines().get(i));
            fields.add(a.county());
            where = "head-office address (" + a.source() + "): " + a.text();
        }
        String upperName = name.toUpperCase(Locale.ROOT);
        Optional<Home> found = namedLa(fields, where).or(() -> namedLa(List.of(upperName), "trust name"));
        if (found.isPresent()) return found.get();
        found = namedUpperTier(fields, where).or(() -> namedUpperTier(List.of(upperName), "trust name"));
        if (found.isPresent()) return found.get();
        String la = places.largestFirst().get(0);
        return new Home(
                la,
                "home place: not in trust_places.csv and no ICB LA is named in its address or name; the ICB's most "
                        + "populous LA (documented default)",
                true);
    }

    private Optional<Home> namedLa(List<String> fields, String where) {
        // Longest names first, so "North East Lincolnshire" wins over "Lincoln".
        List<String> byLength = places.codes().stream()
                .sorted((a, b) -> places.name(b).length() - places.name(a).length())
                .toList();
        for (String field : fields) {
            for (String la : byLength) {
                if (containsWord(field, plainName(places.name(la))))
                    return Optional.of(
                            new Home(la, "home place: " + places.name(la) + " is named in the " + where, true));
            }
        }
        return Optional.empty();
    }

    private Optional<Home> namedUpperTier(List<String> fields, String where) {
        for (String field : fields) {
            for (String la : places.largestFirst()) {
                Optional<String> upper = geo.upperTierName(la);
                if (upper.isPresent() && containsWord(field, plainName(upper.get()))) {
                    return Optional.of(new Home(
                            la,
                            "home place: the most populous LA of " + upper.get() + ", named in the " + where,
                            true));
                }
            }
        }
        return Optional.empty();
    }

    /** "Herefordshire, County of" is written "Herefordshire" in addresses, "Bristol, City of" "Bristol". */
    private static String plainName(String la) {
        return la.replaceFirst(", (City|County) of$", "").toUpperCase(Locale.ROOT);
    }

    private static String lastWord(String line) {
        String[] words = words(line).split(" ");
        return words[words.length - 1];
    }

    private static String words(String text) {
        return text.toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9&' ]", " ")
                .replaceAll(" +", " ")
                .strip();
    }

    private static boolean containsWord(String text, String word) {
        return (" " + words(text) + " ").contains(" " + words(word) + " ");
    }
}
