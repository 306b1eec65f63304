package org.skillmix.usecase.winter;

import java.time.LocalDate;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.usecase.InvalidSetting;

/**
 * A season to plan: its first day (of week 1), its length in weeks, 1 to {@link WinterPlanner#MAX_WEEKS}, and the
 * supply baseline its staff are projected on (the funded plan unless given: settings stored before winter plans had
 * a baseline ran it).
 */
public record WinterRequest(LocalDate from, int weeks, Baseline baseline) {
    public static final int DEFAULT_WEEKS = 16;

    public WinterRequest {
        if (from == null) throw new InvalidSetting("from", "give the first day of week 1 (YYYY-MM-DD)");
        InvalidSetting.within("weeks", weeks, 1, WinterPlanner.MAX_WEEKS, "weeks must be 1-" + WinterPlanner.MAX_WEEKS);
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }
}
