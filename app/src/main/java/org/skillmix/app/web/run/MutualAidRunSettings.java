package org.skillmix.app.web.run;

import java.util.List;

/**
 * A mutual-aid plan's settings; its first day and files are its input's (mutual_aid_inputs).
 *
 * @param weeks   the surge's weeks
 * @param seconds how long the search may take: the run's progress total
 * @param steps   the search also stops after this many steps (null: by time only); the same seed then gives the
 *                same plan
 */
public record MutualAidRunSettings(int weeks, int seconds, Integer steps, long seed) implements RunSettings {

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(null, List.of(), List.of(), null, null, null, seed, null, weeks, seconds, steps);
    }
}
