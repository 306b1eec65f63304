package org.skillmix.data.dataset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;

/**
 * One data row with typed access to its cells. Each getter checks its cell against the format and
 * logs a problem naming file, row and column; on a problem it returns a harmless placeholder and the
 * row is marked bad, so the table parser can keep going and report every other cell too.
 */
final class DataRow {

    /** Plain decimal numbers only: no thousands separators, no %, no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    static final String ALL = "ALL";

    private final String file;
    private final RawRow raw;
    private final Map<String, Integer> columnIndex;
    private final DatasetTable table;
    private final ProblemLog log;
    private boolean bad;

    DataRow(String file, RawRow raw, Map<String, Integer> columnIndex, DatasetTable table, ProblemLog log) {
        this.file = file;
        this.raw = raw;
        this.columnIndex = columnIndex;
        this.table = table;
        this.log = log;
    }

    int number() {
        return raw.number();
    }

    /** Whether every cell read so far was valid. */
    boolean ok() {
        return !bad;
    }

    void error(String column, String reason) {
        bad = true;
        log.error(file, raw.number(), column, reason);
    }

    void warning(String column, String reason) {
        log.warning(file, raw.number(), column, reason);
    }

    /** The trimmed cell, "" when blank, or null when the header has no such column. */
    String cell(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? null : raw.cell(index);
    }

    /**
     * The cell of a column that must be filled in, or null after logging why not. A missing required
     * column was reported once at the header, so its cells fail silently rather than once per row.
     */
    private String filled(String column) {
        String value = cell(column);
        if (value == null) {
            bad = true;
            return null;
        }
        if (value.isEmpty()) {
            String meaning = table.column(column).map(Column::meaning).orElse(column);
            error(column, "is blank; it must be filled in (" + meaning + ")");
            return null;
        }
        return value;
    }

    String text(String column) {
        String value = filled(column);
        return value == null ? "" : value;
    }

    String optionalText(String column, String defaultValue) {
        String value = cell(column);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    /** A code this row defines: letters, digits, _ and -, and not the reserved ALL. */
    String newCode(String column) {
        String value = code(column);
        if (value.equalsIgnoreCase(ALL)) {
            error(column, "ALL is reserved (it means \"every\"); choose another code");
        }
        return value;
    }

    String code(String column) {
        String value = filled(column);
        if (value == null) return "";
        if (!CODE.matcher(value).matches()) {
            error(column, quote(value) + " is not a valid code: use letters, digits, _ and - only, no spaces");
        }
        return value;
    }

    /**
     * A code that must be defined in another table (or be ALL where allowed). Not checked when that
     * table could not be read.
     */
    String reference(String column, DatasetTable definedIn, KnownCodes known, String what, boolean allowAll) {
        String value = filled(column);
        if (value == null) return "";
        if (allowAll && value.equals(ALL)) return value;
        Map<String, Integer> codes = known.of(definedIn);
        if (codes != null && !codes.containsKey(value)) {
            String hint = codes.keySet().stream()
                    .filter(c -> c.equalsIgnoreCase(value))
                    .findFirst()
                    .map(c -> " (codes are case-sensitive: did you mean " + c + "?)")
                    .orElse("");
            String all = allowAll ? " and is not ALL" : "";
            error(column, what + " " + quote(value) + " is not in " + known.nameOf(definedIn) + all + hint);
        }
        return value;
    }

    double number(String column, Range range) {
        String value = filled(column);
        return value == null ? 0 : checkedNumber(column, value, range).orElse(0.0);
    }

    double optionalNumber(String column, double defaultValue, Range range) {
        String value = cell(column);
        if (value == null || value.isEmpty()) return defaultValue;
        return checkedNumber(column, value, range).orElse(defaultValue);
    }

    int integer(String column, int min, int max) {
        String value = filled(column);
        return value == null ? min : checkedInteger(column, value, min, max);
    }

    int optionalInteger(String column, int defaultValue, int min, int max) {
        String value = cell(column);
        if (value == null || value.isEmpty()) return defaultValue;
        return checkedInteger(column, value, min, max);
    }

    /**
     * An uncertain parameter from NAME_low, NAME_mode and NAME_high. Only NAME_mode means certain;
     * all blank takes the default, or is an error when there is none (defaultValue null).
     */
    Interval interval(String name, Range range, Double defaultValue) {
        String lowColumn = name + "_low";
        String modeColumn = name + "_mode";
        String highColumn = name + "_high";
        String lowText = Optional.ofNullable(cell(lowColumn)).orElse("");
        String modeText = cell(modeColumn);
        String highText = Optional.ofNullable(cell(highColumn)).orElse("");
        boolean lowGiven = !lowText.isEmpty();
        boolean highGiven = !highText.isEmpty();
        if (modeText == null || modeText.isEmpty()) {
            if (lowGiven || highGiven) {
                error(
                        modeColumn,
                        "is blank but " + (lowGiven ? lowColumn : highColumn)
                                + " is given; give the most likely value in " + modeColumn + " too");
                return Interval.fixed(0);
            }
            if (defaultValue != null) return Interval.fixed(defaultValue);
            if (modeText == null) {
                bad = true;
            } else {
                error(
                        modeColumn,
                        "is blank; it must be filled in ("
                                + table.column(modeColumn).map(Column::meaning).orElse(name) + ")");
            }
            return Interval.fixed(0);
        }
        Optional<Double> mode = checkedNumber(modeColumn, modeText, range);
        if (lowGiven != highGiven) {
            String blank = lowGiven ? highColumn : lowColumn;
            String given = lowGiven ? lowColumn : highColumn;
            error(
                    blank,
                    "is blank but " + given + " is given; give both " + lowColumn + " and " + highColumn
                            + ", or neither when the value is certain");
            return Interval.fixed(0);
        }
        if (!lowGiven) return mode.map(Interval::fixed).orElse(Interval.fixed(0));
        Optional<Double> low = checkedNumber(lowColumn, lowText, range);
        Optional<Double> high = checkedNumber(highColumn, highText, range);
        if (low.isEmpty() || mode.isEmpty() || high.isEmpty()) return Interval.fixed(0);
        if (low.get() > mode.get()) {
            error(
                    lowColumn,
                    lowColumn + " " + format(low.get()) + " is above " + modeColumn + " " + format(mode.get())
                            + "; need low <= mode <= high");
            return Interval.fixed(0);
        }
        if (mode.get() > high.get()) {
            error(
                    highColumn,
                    highColumn + " " + format(high.get()) + " is below " + modeColumn + " " + format(mode.get())
                            + "; need low <= mode <= high");
            return Interval.fixed(0);
        }
        return new Interval(low.get(), mode.get(), high.get());
    }

    Sector sector(String column) {
        String value = filled(column);
        if (value == null) return Sector.ACUTE;
        Optional<Sector> sector = Sector.fromCode(value);
        if (sector.isEmpty()) {
            error(column, quote(value) + " is not a sector; use one of " + sectorList());
            return Sector.ACUTE;
        }
        return sector.get();
    }

    /** One of a fixed list of lower-case words, matched ignoring case; blank takes the default. */
    String oneOf(String column, List<String> allowed, String defaultValue) {
        String value = defaultValue == null ? filled(column) : optionalText(column, defaultValue);
        if (value == null) return allowed.get(0);
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            error(column, quote(value) + " is not one of " + String.join(", ", allowed));
            return allowed.get(0);
        }
        return lower;
    }

    /** F or M, or also ALL where both sexes are meant; upper case. */
    String sex(String column, boolean allowAll) {
        String value = filled(column);
        if (value == null) return "F";
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("F") || upper.equals("M") || (allowAll && upper.equals(ALL))) return upper;
        error(column, quote(value) + " is not a sex; use F or M" + (allowAll ? " (or ALL for both)" : ""));
        return "F";
    }

    static String sectorList() {
        return Arrays.stream(Sector.values()).map(Sector::code).collect(Collectors.joining(", "));
    }

    private Optional<Double> checkedNumber(String column, String value, Range range) {
        Optional<Double> parsed = parseNumber(value);
        if (parsed.isEmpty()) {
            error(column, whyNotANumber(value));
            return Optional.empty();
        }
        double number = parsed.get();
        if (!range.allows(number)) {
            error(column, range.rule() + ", not " + value);
            return Optional.empty();
        }
        return parsed;
    }

    private int checkedInteger(String column, String value, int min, int max) {
        Optional<Double> parsed = parseNumber(value);
        if (parsed.isEmpty()) {
            error(column, whyNotANumber(value));
            return min;
        }
        double number = parsed.get();
        if (number != Math.rint(number)) {
            error(column, "must be a whole number, not " + value);
            return min;
        }
        if (number < min || number > max) {
            error(
                    column,
                    (max == Integer.MAX_VALUE
                                    ? "must be " + min + " or more"
                                    : "must be between " + min + " and " + max)
                            + ", not " + value);
            return min;
        }
        return (int) number;
    }

    static Optional<Double> parseNumber(String value) {
        if (!NUMBER.matcher(value).matches()) return Optional.empty();
        double number = Double.parseDouble(value);
        return Double.isFinite(number) ? Optional.of(number) : Optional.empty();
    }

    private static String whyNotANumber(String value) {
        if (value.endsWith("%")) {
            return quote(value)
                    + " is not a number: write shares without %, as a number between 0 and 1 (9.1% is 0.091)";
        }
        if (value.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            return quote(value) + " is not a number: write it without thousands separators (" + value.replace(",", "")
                    + ")";
        }
        if (value.matches("[+-]?\\d+,\\d+")) {
            return quote(value) + " is not a number: use a dot as the decimal separator (" + value.replace(',', '.')
                    + ")";
        }
        return quote(value) + " is not a number";
    }

    static String quote(String value) {
        return "\"" + value + "\"";
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
