package org.skillmix.core.projection;

/**
 * How to run a projection.
 *
 * @param years   financial years to project (months = 12 * years from the base month)
 * @param draws   Monte Carlo draws; 0 means a single deterministic run at every parameter's mode
 * @param seed    the seed that makes a run reproducible
 * @param threads worker threads; the numbers do not depend on it
 */
public record ProjectionSettings(int years, int draws, long seed, int threads) {
    /** The seed every run takes unless the user gives one: 1 April 2026, the start of the planning year. */
    public static final long DEFAULT_SEED = 20260401L;

    public ProjectionSettings {
        if (years < 1 || years > 30) throw new IllegalArgumentException("years must be 1-30, got " + years);
        if (draws < 0) throw new IllegalArgumentException("draws must be >= 0, got " + draws);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    public boolean deterministic() {
        return draws == 0;
    }

    public int months() {
        return years * 12;
    }
}
