package org.skillmix.app.web.disclosure;

import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.disclosure.ProjectionTables.CellKey;
import org.skillmix.app.web.disclosure.SmallNumbers.Reason;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;

/** Which of a run's series one reader may not see, and why. Demand is the population's: never suppressed. */
public final class Suppression {
    /** For readers who see every organisation. */
    public static final Suppression NONE = new Suppression(Map.of(), Map.of());

    private final Map<CellKey, Reason> staff;
    private final Map<CellKey, Reason> capability;

    Suppression(Map<CellKey, Reason> staff, Map<CellKey, Reason> capability) {
        this.staff = Map.copyOf(staff);
        this.capability = Map.copyOf(capability);
    }

    /** Why the series is not shown to this reader, or empty when it is shown. */
    public Optional<Reason> of(SeriesKey key) {
        if (key.measure() == Measure.DEMAND_FTE) return Optional.empty();
        CellKey cell = CellKey.of(key);
        return Optional.ofNullable(
                ProjectionTables.capabilityMeasure(key.measure()) ? capability.get(cell) : staff.get(cell));
    }

    public boolean hides(SeriesKey key) {
        return of(key).isPresent();
    }

    /** How many cells of the two tables are suppressed (for logs and tests). */
    public int size() {
        return staff.size() + capability.size();
    }
}
