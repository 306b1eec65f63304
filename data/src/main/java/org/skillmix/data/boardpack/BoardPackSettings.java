package org.skillmix.data.boardpack;

import org.skillmix.core.supply.Baseline;

/**
 * How a board pack is made.
 *
 * @param years         financial years projected
 * @param draws         Monte Carlo draws of the projection and of the recommended portfolio's run (P10-P90)
 * @param marginalDraws draws of each candidate's own run at its chosen scale, for the ranges of "How firm the choice
 *                      is" (the choice is made on one run at the most likely values)
 * @param seed          random seed: the same seed and draws give the same pack
 * @param threads       worker threads (the figures do not depend on it)
 * @param baseline      the supply baseline every figure is projected against
 * @param budgetGbp     the yearly budget the portfolio must fit (programme cost plus extra pay bill, GBP a year);
 *                      null: what funding every candidate once would cost in the last year (stated in the pack)
 * @param maxLevel      each intervention may be funded at 1 to this many times its scale
 * @param targetFte     the pack reports P(average shortfall over the last year &lt; this many FTE)
 */
public record BoardPackSettings(
        int years,
        int draws,
        int marginalDraws,
        long seed,
        int threads,
        Baseline baseline,
        Double budgetGbp,
        int maxLevel,
        double targetFte) {
    public BoardPackSettings {
        if (years < 1 || years > 30) throw new IllegalArgumentException("years must be 1-30, got " + years);
        if (draws < 0 || marginalDraws < 0) throw new IllegalArgumentException("draws must be >= 0");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        if (maxLevel < 1) throw new IllegalArgumentException("max level must be >= 1, got " + maxLevel);
        if (budgetGbp != null && !(budgetGbp >= 0 && Double.isFinite(budgetGbp)))
            throw new IllegalArgumentException("budget must be a non-negative amount of GBP a year");
        if (!(targetFte >= 0 && Double.isFinite(targetFte)))
            throw new IllegalArgumentException("target must be a non-negative FTE");
        java.util.Objects.requireNonNull(baseline, "baseline");
    }
}
