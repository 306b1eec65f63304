package org.skillmix.data.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A trust's home place: trust_places.csv, else the ICB LA named in its 2018 head-office address, else in its
 * name, else the LA of an upper-tier authority named there (the largest such LA), else the ICB's most populous
 * LA (each guess a documented default).
 */
final class TrustHomes {

    /** A home place and why; guessed when trust_places.csv did not give it. */
    record Home(String place, String why, boolean guessed) {}

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

    Home of(String code, String name) {
        String[] home = listed.get(code);
        if (home != null && places.contains(home[0])) return new Home(home[0], home[1], false);
        String[] guess = guess(code, name);
        return new Home(guess[0], guess[1], true);
    }

    private String[] guess(String code, String name) {
        String address = names.address(code).orElse("").toUpperCase(Locale.ROOT);
        String upperName = name.toUpperCase(Locale.ROOT);
        for (String[] text : List.of(
                new String[] {address, "head-office address (ODS etrust 2018): " + address},
                new String[] {upperName, "trust name"})) {
            if (text[0].isEmpty()) continue;
            // Longest names first, so "North East Lincolnshire" wins over "Lincoln".
            List<String> byLength = places.codes().stream()
                    .sorted((a, b) -> places.name(b).length() - places.name(a).length())
                    .toList();
            for (String la : byLength) {
                if (containsWord(text[0], places.name(la).toUpperCase(Locale.ROOT))) {
                    return new String[] {la, "home place: " + places.name(la) + " is named in the " + text[1]};
                }
            }
            for (String la : places.largestFirst()) {
                Optional<String> upper = geo.upperTierName(la);
                if (upper.isPresent() && containsWord(text[0], upper.get().toUpperCase(Locale.ROOT))) {
                    return new String[] {
                        la, "home place: the most populous LA of " + upper.get() + ", named in the " + text[1]
                    };
                }
            }
        }
        String la = places.largestFirst().get(0);
        return new String[] {
            la,
            "home place: not in trust_places.csv and no ICB LA is named in its address or name; the ICB's most "
                    + "populous LA (documented default)"
        };
    }

    private static boolean containsWord(String text, String word) {
        return (" " + text.replaceAll("[^A-Z0-9&' ]", " ") + " ")
                .contains(" " + word.replaceAll("[^A-Z0-9&' ]", " ") + " ");
    }
}
