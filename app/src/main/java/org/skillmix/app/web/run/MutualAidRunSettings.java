package org.skillmix.app.web.run;

import java.util.List;
import org.skillmix.core.supply.Baseline;

/**
 * A mutual-aid plan's settings; its first day and files are its input's (mutual_aid_inputs).
 *
 * @param weeks    the surge's weeks
 * @param seconds  how long the search may take: the run's progress total
 * @param steps    the search also stops after this many steps (null: by time only); the same seed then gives the
 *                 same plan
 * @param baseline the supply baseline's code (null for plans stored before mutual aid had one: they ran the
 *                 funded plan)
 */
public record MutualAidRunSettings(int weeks, int seconds, Integer steps, long seed, String baseline)
        implements RunSettings {

    /** The plan's supply baseline; a plan stored before mutual aid named one ran the funded plan. */
    public Baseline supplyBaseline() {
        return baseline != null ? Baseline.ofCode(baseline) : Baseline.FUNDED_PLAN;
    }

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                seed,
                supplyBaseline().code(),
                weeks,
                seconds,
                steps);
    }
}
