package org.skillmix.core.uncertainty;

/**
 * An uncertain parameter given as low / mode / high and sampled from the triangular distribution they
 * define. A fixed value has low = mode = high.
 */
public record Interval(double low, double mode, double high) {

    public Interval {
        if (!(low <= mode && mode <= high)) {
            throw new IllegalArgumentException("need low <= mode <= high, got " + low + ", " + mode + ", " + high);
        }
    }

    public static Interval fixed(double value) {
        return new Interval(value, value, value);
    }

    public boolean isFixed() {
        return low == high;
    }

    /** The triangular distribution's mean (low + mode + high) / 3. */
    public double mean() {
        return (low + mode + high) / 3.0;
    }

    /** The triangular distribution's variance (a² + b² + c² − ab − ac − bc) / 18. */
    public double variance() {
        return (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18.0;
    }

    /** The value at cumulative probability u in [0, 1) (inverse CDF of the triangular distribution). */
    public double quantile(double u) {
        if (isFixed()) return mode;
        double width = high - low;
        double split = (mode - low) / width;
        if (u < split) {
            return low + Math.sqrt(u * width * (mode - low));
        }
        return high - Math.sqrt((1 - u) * width * (high - mode));
    }
}
