package org.skillmix.core.projection;

import java.util.Objects;
import org.skillmix.core.supply.Baseline;

/**
 * How to run a projection.
 *
 * @param years    financial years to project (months = 12 * years from the base month)
 * @param draws    Monte Carlo draws; 0 means a single deterministic run at every parameter's mode
 * @param seed     the seed that makes a run reproducible
 * @param threads  worker threads; the numbers do not depend on it
 * @param baseline what supply is projected against: the funded plan or current trends ({@link Baseline})
 */
public record ProjectionSettings(int years, int draws, long seed, int threads, Baseline baseline) {
    /** The seed every run takes unless the user gives one: 1 April 2026, the start of the planning year. */
    public static final long DEFAULT_SEED = 20260401L;

    public ProjectionSettings {
        if (years < 1 || years > 30) throw new IllegalArgumentException("years must be 1-30, got " + years);
        if (draws < 0) throw new IllegalArgumentException("draws must be >= 0, got " + draws);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** Settings of a funded-plan projection (the baseline every run names in its outputs). */
    public ProjectionSettings(int years, int draws, long seed, int threads) {
        this(years, draws, seed, threads, Baseline.FUNDED_PLAN);
    }

    public boolean deterministic() {
        return draws == 0;
    }

    public int months() {
        return years * 12;
    }
}
