package org.skillmix.data.dataset;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The codes a reference may name, and how problems name where they are defined ("roles.csv"): for the
 * dataset, the codes its tables declared so far (a live view, not a copy); for a side file, the loaded
 * system's.
 */
public record Codes(String definedIn, Set<String> codes) {

    public static <T> Codes of(String definedIn, Collection<T> items, Function<T, String> code) {
        Set<String> all = new LinkedHashSet<>();
        items.forEach(i -> all.add(code.apply(i)));
        return new Codes(definedIn, all);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** " (codes are case-sensitive: did you mean HCA?)" when only the case differs, else "". */
    String caseHint(String value) {
        return codes.stream()
                .filter(c -> c.equalsIgnoreCase(value))
                .findFirst()
                .map(c -> " (codes are case-sensitive: did you mean " + c + "?)")
                .orElse("");
    }
}
