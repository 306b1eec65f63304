package org.skillmix.app.web.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A memory of what result pages ask for again and again: a finished run's results never change, so its
 * dimension lists and heatmap grids are read from the database once. Access rules are applied after, per
 * request. Bounded: the least recently used entries go first.
 */
@Component
class FinishedResults {
    private static final int MAX_ENTRIES = 2_000;

    private final Map<String, List<?>> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<?>> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    @SuppressWarnings("unchecked")
    <T> List<T> get(String key, Supplier<List<T>> load) {
        List<?> found = entries.get(key);
        if (found != null) return (List<T>) found;
        List<T> loaded = List.copyOf(load.get());
        entries.put(key, loaded);
        return loaded;
    }
}
