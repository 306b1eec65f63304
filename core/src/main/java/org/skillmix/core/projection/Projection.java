package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The result of a projection: settings, the months, and every series in a stable order. */
public final class Projection {
    private final ProjectionSettings settings;
    private final List<YearMonth> months;
    private final Map<SeriesKey, Series> series;

    public Projection(ProjectionSettings settings, List<YearMonth> months, Collection<Series> series) {
        this.settings = settings;
        this.months = List.copyOf(months);
        Map<SeriesKey, Series> byKey = new LinkedHashMap<>();
        for (Series s : series) {
            if (s.mean().length != months.size()) {
                throw new IllegalArgumentException(
                        "series " + s.key() + " has " + s.mean().length + " months, expected " + months.size());
            }
            byKey.put(s.key(), s);
        }
        this.series = Collections.unmodifiableMap(byKey);
    }

    public ProjectionSettings settings() {
        return settings;
    }

    public List<YearMonth> months() {
        return months;
    }

    public Collection<Series> series() {
        return series.values();
    }

    public Optional<Series> series(SeriesKey key) {
        return Optional.ofNullable(series.get(key));
    }
}
