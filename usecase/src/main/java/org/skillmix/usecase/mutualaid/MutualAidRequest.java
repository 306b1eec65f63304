package org.skillmix.usecase.mutualaid;

import java.time.LocalDate;
import java.util.Objects;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;

/**
 * How to plan mutual aid for a staff file and a surge: when the surge starts, how long to search, with which seed
 * and on which supply baseline. Checked when made; {@link #of} fills what is not given.
 *
 * @param firstDay the surge's first day: week w ends on day 7w, and passports are checked against it
 * @param seconds  how long the search may take, 1 to {@link #MAX_SECONDS}
 * @param seed     the search's random seed ({@link RunDefaults#SEED} unless given)
 * @param steps    stop after this many search steps as well (null: by time only). With a step limit that ends
 *                 the search first, the same seed gives the same plan on any machine.
 * @param baseline the supply baseline the winter plan's staff are projected on when the surge is extra demand (the
 *                 funded plan unless given: plans stored before mutual aid had a baseline ran it); every output
 *                 names it
 */
public record MutualAidRequest(LocalDate firstDay, int seconds, long seed, Integer steps, Baseline baseline) {
    public static final int DEFAULT_SECONDS = 10;
    /** Ten minutes: the web application's limit since mutual aid came to it, so a plan cannot hold its worker long. */
    public static final int MAX_SECONDS = 600;

    public MutualAidRequest {
        if (firstDay == null) throw new InvalidSetting("firstDay", "give the first day of the surge (YYYY-MM-DD)");
        InvalidSetting.within("seconds", seconds, 1, MAX_SECONDS, "search seconds must be 1 to " + MAX_SECONDS);
        if (steps != null) InvalidSetting.within("steps", steps, 1, Integer.MAX_VALUE, "steps must be at least 1");
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }

    /** A plan on the funded plan. */
    public MutualAidRequest(LocalDate firstDay, int seconds, long seed, Integer steps) {
        this(firstDay, seconds, seed, steps, Baseline.FUNDED_PLAN);
    }

    public static MutualAidRequest of(
            LocalDate firstDay, Integer seconds, Long seed, Integer steps, Baseline baseline) {
        return new MutualAidRequest(
                firstDay,
                Objects.requireNonNullElse(seconds, DEFAULT_SECONDS),
                Objects.requireNonNullElse(seed, RunDefaults.SEED),
                steps,
                baseline);
    }
}
