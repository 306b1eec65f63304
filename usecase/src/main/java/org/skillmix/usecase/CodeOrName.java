package org.skillmix.usecase;

import java.util.List;
import java.util.function.Function;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;

/**
 * A place or capability as a planner types it on the command line: its code (E08000003, WOUND) or the name the
 * pages and reports show beside it (Manchester, wound care), in any case. A code wins over a name, and a name two
 * items share stays as typed; what matches neither is returned unchanged, for the use case's own check to refuse with
 * the list of what the dataset has. One rule for every command that takes a place or capability.
 */
public final class CodeOrName {
    private CodeOrName() {}

    /** The code of the place given by code or name; the text as given (null stays null) when it names none. */
    public static String place(SystemModel model, String given) {
        return codeOf(given, model.places(), Place::code, Place::name);
    }

    /** The code of the capability given by code or name; the text as given when it names none. */
    public static String capability(SystemModel model, String given) {
        return codeOf(given, model.capabilities(), Capability::code, Capability::name);
    }

    static <T> String codeOf(String given, List<T> items, Function<T, String> code, Function<T, String> name) {
        if (given == null || items.stream().anyMatch(t -> code.apply(t).equals(given))) return given;
        List<String> named = items.stream()
                .filter(t -> name.apply(t).equalsIgnoreCase(given.strip()))
                .map(code)
                .toList();
        return named.size() == 1 ? named.get(0) : given;
    }
}
