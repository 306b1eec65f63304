package org.skillmix.data.dataset;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The values a number column allows, and the narrower range real values fall in. A value outside the
 * allowed range is an error naming the range and why it ends there; a value inside it but outside the
 * typical range is a warning (possible, but more likely a slip: a percentage for a share, a total for one
 * organisation's figure). docs/dataset.md lists every column's bound with its reason.
 *
 * <p>Declared once per column in the table's definition ({@link Column#number}), for example
 * {@code Bound.of(0, 100_000).typical(0, 20_000).unit("FTE").because("more than any organisation employs")}.
 *
 * @param min          the smallest value allowed
 * @param minIncluded  whether min itself is allowed (false: the value must be more than min)
 * @param max          the largest value allowed
 * @param typicalMin   below this a value is warned about
 * @param typicalMax   above this a value is warned about
 * @param whole        whether the value must be a whole number
 * @param unit         the unit, as messages say it ("" for none)
 * @param reason       why the allowed range ends where it does ("" when the range says it all)
 */
public record Bound(
        double min,
        boolean minIncluded,
        double max,
        double typicalMin,
        double typicalMax,
        boolean whole,
        String unit,
        String reason) {

    /** A share or rate: 0 to 1. */
    public static final Bound SHARE = of(0, 1).unit("share");

    /**
     * The values an assumptions.csv parameter allows (docs/dataset.md), for code outside the reader that writes the
     * parameter (the importer's norm ranges) and must not allow what the reader refuses.
     */
    public static Bound ofAssumption(String parameter) {
        Bound bound = Bounds.ASSUMPTIONS.get(parameter);
        if (bound == null) throw new IllegalArgumentException("no bound for assumption " + parameter);
        return bound;
    }

    /** Values from min to max, both included; typical is the same until said otherwise. */
    public static Bound of(double min, double max) {
        return new Bound(min, true, max, min, max, false, "", "");
    }

    /** Values more than min (min itself excluded) up to max. */
    public static Bound above(double min, double max) {
        return new Bound(min, false, max, min, max, false, "", "");
    }

    /** Whole numbers from min to max. */
    public static Bound whole(int min, int max) {
        return new Bound(min, true, max, min, max, true, "", "");
    }

    public Bound typical(double low, double high) {
        return new Bound(min, minIncluded, max, low, high, whole, unit, reason);
    }

    public Bound unit(String text) {
        return new Bound(min, minIncluded, max, typicalMin, typicalMax, whole, text, reason);
    }

    public Bound because(String text) {
        return new Bound(min, minIncluded, max, typicalMin, typicalMax, whole, unit, text);
    }

    public boolean allows(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        return aboveMin && value <= max && (!whole || value == Math.rint(value));
    }

    public boolean typical(double value) {
        return value >= typicalMin && value <= typicalMax;
    }

    /** Whether a typical range narrower than the allowed one was declared. */
    public boolean warns() {
        return typicalMin > min || typicalMax < max;
    }

    /** "between 0 and 100000 FTE", "more than 0 and at most 1", as a rule reads. */
    public String range() {
        String between = minIncluded
                ? "between " + format(min) + " and " + format(max)
                : "more than " + format(min) + " and at most " + format(max);
        String what = unit.equals("share") ? "a share " : whole ? "a whole number " : "";
        return what + between + (unit.isEmpty() || unit.equals("share") ? "" : " " + unit);
    }

    /** The allowed range as docs/dataset.md writes it: [0, 100000], (0, 1], whole [1, 12]. */
    public String interval() {
        return (whole ? "whole " : "") + (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + "]";
    }

    /** The typical range as docs/dataset.md writes it, or "" when no narrower range is declared. */
    public String typicalInterval() {
        return warns() ? "[" + format(typicalMin) + ", " + format(typicalMax) + "]" : "";
    }

    /** Why a value is refused: the range, the value as written, and why the range ends there. */
    String refusal(String written, double value) {
        if (whole && value != Math.rint(value) && value >= min && value <= max) {
            return "must be a whole number, not " + PlainWords.cut(written);
        }
        String hint = unit.equals("share") ? " (write 0.12 for 12 %)" : "";
        // A share's range says it all, and so does a floor of 0 or 1; other limits say why they are where they are.
        boolean why = !reason.isEmpty() && !unit.equals("share") && (value > max || (value < min && min > 1));
        return "must be " + range() + hint + ", not " + PlainWords.cut(written) + (why ? ": " + reason : "");
    }

    /** Why a value is worth a second look. */
    String doubt(String written) {
        return PlainWords.cut(written) + " is unusual here (typical values are " + format(typicalMin) + " to "
                + format(typicalMax) + (unit.isEmpty() || unit.equals("share") ? "" : " " + unit) + "); check it";
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
