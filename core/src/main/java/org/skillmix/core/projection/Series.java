package org.skillmix.core.projection;

/**
 * One projected series, a value per month. mean is always present; p10/p50/p90 are null where the
 * projection kept only the mean for this level (see Projection's bounded storage), or equal to the mean
 * in a deterministic run.
 */
public record Series(SeriesKey key, double[] mean, double[] p10, double[] p50, double[] p90) {

    public boolean hasQuantiles() {
        return p10 != null;
    }
}
