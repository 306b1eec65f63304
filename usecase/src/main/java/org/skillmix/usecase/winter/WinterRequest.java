package org.skillmix.usecase.winter;

import java.time.LocalDate;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.usecase.InvalidSetting;

/**
 * A season to plan: its first day (of week 1) and its length in weeks, 1 to {@link WinterPlanner#MAX_WEEKS}.
 */
public record WinterRequest(LocalDate from, int weeks) {
    public static final int DEFAULT_WEEKS = 16;

    public WinterRequest {
        if (from == null) throw new InvalidSetting("from", "give the first day of week 1 (YYYY-MM-DD)");
        InvalidSetting.within("weeks", weeks, 1, WinterPlanner.MAX_WEEKS, "weeks must be 1-" + WinterPlanner.MAX_WEEKS);
    }
}
