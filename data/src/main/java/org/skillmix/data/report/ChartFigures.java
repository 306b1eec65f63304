package org.skillmix.data.report;

import java.math.BigDecimal;
import java.util.Locale;

/** A figure of a chart's embedded data (JSON through {@code JsonOutput}), to the decimals the chart shows. */
final class ChartFigures {
    private ChartFigures() {}

    /**
     * The value with this many decimals, rounded as {@code %.Nf} rounds it, written by Jackson as those digits; no
     * figure (null, drawn as a gap) when it is not finite, which JSON cannot hold.
     */
    static BigDecimal rounded(double value, int decimals) {
        if (!Double.isFinite(value)) return null;
        return new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }
}
