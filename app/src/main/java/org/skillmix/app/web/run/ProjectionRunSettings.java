package org.skillmix.app.web.run;

import java.util.List;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.supply.Baseline;

/** A projection's settings: one scenario (see {@link DrawnRunSettings} for the rest). */
public record ProjectionRunSettings(String scenario, int years, int draws, long seed, String baseline)
        implements DrawnRunSettings {

    /**
     * The settings the run's stored series are read back with: on one thread, as nothing is drawn again, and on the
     * run's baseline, which the projection.csv and .xlsx downloads name on every row.
     */
    public ProjectionSettings storedSeries() {
        return new ProjectionSettings(years, draws, seed, 1, supplyBaseline());
    }

    /** The run's supply baseline; a run stored before baselines were named ran the funded plan. */
    public Baseline supplyBaseline() {
        return baseline != null ? Baseline.ofCode(baseline) : Baseline.FUNDED_PLAN;
    }

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(
                scenario, List.of(), List.of(), null, years, draws, seed, baseline, null, null, null);
    }
}
