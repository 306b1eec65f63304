package org.skillmix.data.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.skillmix.data.export.JsonOutput;

/**
 * A chart's embedded data: its figures to the precision the chart shows, and the JSON written through
 * {@code JsonOutput} and made safe inside the page's script element. The reports and the web pages alike.
 */
public final class ChartFigures {
    private ChartFigures() {}

    /**
     * The value with this many decimals, rounded as {@code %.Nf} rounds it, written by Jackson as those digits; no
     * figure (null, drawn as a gap) when it is not finite, which JSON cannot hold.
     */
    public static BigDecimal rounded(double value, int decimals) {
        if (!Double.isFinite(value)) return null;
        return new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /** The value to this many significant digits, written plainly (120, not 1.2E+2); null where not finite. */
    public static BigDecimal significant(double value, int digits) {
        if (!Double.isFinite(value)) return null;
        BigDecimal r = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The data as JSON safe inside a script element (a name holding "&lt;/script&gt;" cannot end it). */
    public static String json(Object data) {
        return Html.scriptSafeJson(JsonOutput.MAPPER.writeValueAsString(data));
    }
}
