package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a projection: settings (with the baseline), the months, every series in a stable order, and
 * for a Monte Carlo run which assumptions drive the spread of its key totals.
 */
public final class Projection {
    private final ProjectionSettings settings;
    private final List<YearMonth> months;
    private final Map<SeriesKey, Series> series;
    private final SpreadDrivers spreadDrivers;

    public Projection(ProjectionSettings settings, List<YearMonth> months, Collection<Series> series) {
        this(settings, months, series, null);
    }

    /** spreadDrivers: null for a run without draws (no spread to attribute). */
    public Projection(
            ProjectionSettings settings,
            List<YearMonth> months,
            Collection<Series> series,
            SpreadDrivers spreadDrivers) {
        this.settings = settings;
        this.spreadDrivers = spreadDrivers;
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

    /** Which assumptions drive the spread of the key totals; empty for a deterministic run. */
    public Optional<SpreadDrivers> spreadDrivers() {
        return Optional.ofNullable(spreadDrivers);
    }

    public Optional<Series> series(SeriesKey key) {
        return Optional.ofNullable(series.get(key));
    }
}
