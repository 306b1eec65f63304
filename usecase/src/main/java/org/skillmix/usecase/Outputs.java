package org.skillmix.usecase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** The named files of one run of a use case, in the order they are listed to the user. Names are unique. */
public final class Outputs {
    private final Map<String, Output> byName = new LinkedHashMap<>();

    public Outputs(List<Output> outputs) {
        for (Output o : outputs) {
            if (byName.putIfAbsent(o.name(), o) != null) {
                throw new IllegalArgumentException("two outputs are named " + o.name());
            }
        }
    }

    public static Outputs of(Output... outputs) {
        return new Outputs(List.of(outputs));
    }

    public List<Output> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Output get(String name) {
        Output o = byName.get(name);
        if (o == null) throw new NoSuchElementException("no output " + name + "; there are " + names());
        return o;
    }

    public byte[] bytes(String name) {
        return get(name).bytes();
    }

    /** The names as a sentence lists them: "a.csv, b.csv and c.html". */
    public String listed() {
        return sentence(names());
    }

    /** Each file in the folder, as a sentence lists them: "out/a.csv, out/b.csv and out/c.html". */
    public String listedIn(Path folder) {
        return sentence(names().stream().map(n -> folder.resolve(n).toString()).toList());
    }

    private static String sentence(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** These outputs but the named ones (which a front end keeps in another form). */
    public Outputs without(String... names) {
        Set<String> dropped = Set.of(names);
        List<Output> kept = new ArrayList<>();
        for (Output o : byName.values()) if (!dropped.contains(o.name())) kept.add(o);
        return new Outputs(kept);
    }
}
