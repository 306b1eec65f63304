package org.skillmix.usecase;

/**
 * A figure as a text line prints it: rounded half up to the decimals printed, so that a rounding residue of -1e-12
 * FTE, or a pressure a millionth below the base year's, prints "0.0", never "-0.0". The text use cases (portfolio.txt,
 * the explain table) format through it; the report's own {@code Figures} does the same for its strings.
 */
public final class Rounded {
    private Rounded() {}

    /** x rounded half up to the decimals printed, with no sign on a zero. */
    public static double asPrinted(double x, int decimals) {
        double unit = Math.pow(10, decimals);
        double r = Math.round(x * unit) / unit;
        return r == 0 ? 0.0 : r;
    }
}
