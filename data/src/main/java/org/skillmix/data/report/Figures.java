package org.skillmix.data.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.skillmix.core.uncertainty.Interval;

/** Numbers as the report shows them to people: UK grouping, fixed decimals, a dash for "no figure". */
public final class Figures {
    public static final String NONE = "–";

    private final DecimalFormat fte = format("#,##0.0");
    private final DecimalFormat whole = format("#,##0");
    private final DecimalFormat share = format("0.0%");
    private final DecimalFormat factor = format("0.000");
    private final DecimalFormat ratio = format("0.00");

    /** A count of draws as a sentence says it: "1,000 draws", "1 draw". */
    public static String draws(int n) {
        return String.format(Locale.UK, "%,d draw%s", n, n == 1 ? "" : "s");
    }

    /**
     * Thousands grouped, at most the decimals asked, trailing zeros dropped ("8,439", "2,734.7", "0.091"), for figures
     * whose precision varies (import report totals, assumption values); "-0" reads "0". The caller's value says which
     * decimal is exact: {@code new BigDecimal(x)} rounds the binary double as the dataset's cells do,
     * {@code BigDecimal.valueOf(x)} the decimal the file held.
     */
    public static String trimmed(BigDecimal value, int decimals, RoundingMode rounding) {
        DecimalFormat format = new DecimalFormat(
                "#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""),
                DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(rounding);
        return unsigned(format.format(value));
    }

    public String fte(double v) {
        return Double.isFinite(v) ? unsigned(fte.format(v)) : NONE;
    }

    public String whole(double v) {
        return Double.isFinite(v) ? unsigned(whole.format(v)) : NONE;
    }

    /** GBP as "£12.3m"; a saving as "-£0.5m", the sign before the pound as money is written; "£0.0m" for -£40k. */
    public String millions(double gbp) {
        if (!Double.isFinite(gbp)) return NONE;
        String m = unsigned(fte.format(gbp / 1e6));
        return m.startsWith("-") ? "-£" + m.substring(1) + "m" : "£" + m + "m";
    }

    public String share(double v) {
        return Double.isFinite(v) ? unsigned(share.format(v)) : NONE;
    }

    String factor(double v) {
        return Double.isFinite(v) ? factor.format(v) : NONE;
    }

    String ratio(double v) {
        return Double.isFinite(v) ? ratio.format(v) : NONE;
    }

    /** "mode (low–high)", or just the mode when the value is certain. */
    String interval(Interval interval, DoubleFunction<String> format) {
        if (interval == null) return NONE;
        if (interval.isFixed()) return format.apply(interval.mode());
        return format.apply(interval.mode()) + " (" + format.apply(interval.low()) + "–" + format.apply(interval.high())
                + ")";
    }

    /**
     * A figure that rounds to zero without a sign: a part of -0.00003 FTE (the rounding left over when parts cancel)
     * reads "0.0", not "-0.0", which a reader would take for a shortfall of something.
     */
    private static String unsigned(String formatted) {
        return formatted.startsWith("-") && formatted.chars().noneMatch(c -> c >= '1' && c <= '9')
                ? formatted.substring(1)
                : formatted;
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
