package org.skillmix.core.uncertainty;

/**
 * The triangular distribution (low, mode, high) whose 10th and 90th percentiles are given ones: so an interval
 * sampled by the engine spreads as much as an observed spread (say the growth of England's trusts), not less, as
 * it would if the observed P10 and P90 were taken as low and high.
 *
 * <p>With a = low, c = mode, b = high, the triangle's CDF below the mode is (x - a)² / ((b - a)(c - a)) and its
 * survival above it (b - x)² / ((b - a)(b - c)), so P10 = q1 &lt; c &lt; q9 = P90 means
 *
 * <pre>
 *   (q1 - a)² = 0.1 (b - a)(c - a)        (1)
 *   (b - q9)² = 0.1 (b - a)(b - c)        (2)
 * </pre>
 *
 * For a given a, (2) is the quadratic 0.9 b² - (2 q9 - 0.1 (a + c)) b + q9² - 0.1 a c = 0, whose root above q9 is
 * b(a); then f(a) = (q1 - a)² - 0.1 (b(a) - a)(c - a) is negative at a = q1 and positive for a far enough below,
 * and a is found by bisection. When the mode is not strictly between the two percentiles no triangle with that
 * mode has them; the symmetric triangle about the mode with the same P10-P90 width is taken instead:
 * half-width w = (q9 - q1) / (2 (1 - √0.2)), since its P90 - P10 = 2 w (1 - √(0.1 · 2)).
 */
public final class TriangularFit {
    private static final double P = 0.1;

    private TriangularFit() {}

    /** The triangle with this mode whose P10 is p10 and P90 is p90 (see the class comment). */
    public static Interval fromDeciles(double mode, double p10, double p90) {
        if (!(p10 <= p90)) throw new IllegalArgumentException("need p10 <= p90, got " + p10 + ", " + p90);
        if (p10 == p90 && p10 == mode) return Interval.fixed(mode);
        if (!(p10 < mode && mode < p90)) {
            double w = (p90 - p10) / (2 * (1 - Math.sqrt(2 * P)));
            return new Interval(mode - w, mode, mode + w);
        }
        double width = p90 - p10;
        double lo = p10 - width;
        while (residual(lo, mode, p10, p90) < 0) lo -= width;
        double hi = p10;
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); i++) {
            double mid = 0.5 * (lo + hi);
            if (residual(mid, mode, p10, p90) < 0) hi = mid;
            else lo = mid;
        }
        double a = 0.5 * (lo + hi);
        return new Interval(a, mode, high(a, mode, p90));
    }

    /** f(a) of the class comment: negative while a is too close to P10. */
    private static double residual(double a, double c, double q1, double q9) {
        double b = high(a, c, q9);
        return (q1 - a) * (q1 - a) - P * (b - a) * (c - a);
    }

    /** The root above q9 of equation (2) for a given a. */
    private static double high(double a, double c, double q9) {
        double qa = 1 - P;
        double qb = -(2 * q9 - P * (a + c));
        double qc = q9 * q9 - P * a * c;
        double disc = Math.max(0, qb * qb - 4 * qa * qc);
        return (-qb + Math.sqrt(disc)) / (2 * qa);
    }
}
