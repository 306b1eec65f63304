package org.skillmix.core.supply;

/** Fills a month's {@link SupplyAdjustments} for one draw (its effects already sampled). */
@FunctionalInterface
public interface SupplyAdjuster {
    /** Writes month t's changes into adjustments, which arrive cleared. */
    void adjust(int t, SupplyAdjustments adjustments);
}
