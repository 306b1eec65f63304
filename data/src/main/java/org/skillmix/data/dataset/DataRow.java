package org.skillmix.data.dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 * One data row of any CSV table Skillmix reads (a dataset table or a side file), with typed access to its
 * cells. Each getter checks its cell against the format and the column's {@link Bound} and logs a problem
 * naming file, row and column; on a problem it returns a harmless placeholder and the row is marked bad, so
 * the parser can keep going and report every other cell too.
 */
public final class DataRow {

    /** Plain decimal numbers only: no thousands separators, no %, no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** A code: letters, digits, _ and -, at most 60 of them (an ODS code has 3 to 5, a GSS code 9). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** Ten digits is the shape of an NHS number: a real identifier, which a side file must never hold. */
    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{3}[ -]?\\d{3}[ -]?\\d{4}");

    public static final String ALL = "ALL";

    private final String file;
    private final RawRow raw;
    private final Map<String, Integer> columnIndex;
    private final TableSpec table;
    private final ProblemLog log;
    private boolean bad;

    DataRow(String file, RawRow raw, Map<String, Integer> columnIndex, TableSpec table, ProblemLog log) {
        this.file = file;
        this.raw = raw;
        this.columnIndex = columnIndex;
        this.table = table;
        this.log = log;
    }

    public String file() {
        return file;
    }

    public int number() {
        return raw.number();
    }

    /** Whether every cell read so far was valid. */
    public boolean ok() {
        return !bad;
    }

    public void error(String column, String reason) {
        bad = true;
        log.error(file, raw.number(), column, reason);
    }

    /** Marks the row bad without a problem of its own (a missing column was reported at the header). */
    void markBad() {
        bad = true;
    }

    public void warning(String column, String reason) {
        log.warning(file, raw.number(), column, reason);
    }

    /** Whether the header has the column. */
    public boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    /** The trimmed cell, "" when blank, or null when the header has no such column. */
    public String cell(String column) {
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
            error(column, "is blank; it must be filled in (" + meaning(column) + ")");
            return null;
        }
        return value;
    }

    String meaning(String column) {
        return table.column(column).map(Column::meaning).orElse(column);
    }

    public String text(String column) {
        String value = filled(column);
        return value == null ? "" : value;
    }

    public String optionalText(String column, String defaultValue) {
        String value = cell(column);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    /** A code this row defines: letters, digits, _ and -, and not the reserved ALL. */
    public String newCode(String column) {
        String value = code(column);
        if (value.equalsIgnoreCase(ALL)) {
            error(column, "ALL is reserved (it means \"every\"); choose another code");
        }
        return value;
    }

    public String code(String column) {
        String value = filled(column);
        if (value == null) return "";
        if (!CODE.matcher(value).matches()) {
            error(
                    column,
                    quote(value) + " is not a valid code: use letters, digits, _ and - only, no spaces"
                            + (value.length() > 60 ? ", at most 60 of them" : ""));
        }
        return value;
    }

    /**
     * A pseudonymous id of a person (staff, bank worker): a code that is not shaped like an NHS number
     * and holds no space (a name?). Personal data must not reach Skillmix's files.
     */
    public String personId(String column) {
        String value = filled(column);
        if (value == null) return "";
        if (NHS_NUMBER.matcher(value).matches()) {
            error(column, quote(value) + " looks like an NHS number; use a pseudonymous id (no names or real numbers)");
        } else if (value.contains(" ")) {
            error(column, quote(value) + " contains a space (a name?); use a pseudonymous id without spaces");
        } else if (!CODE.matcher(value).matches()) {
            error(column, quote(value) + " is not a valid id: use letters, digits, _ and - only, at most 60 of them");
        }
        return value;
    }

    /**
     * A code that must be defined in another table (or be ALL where allowed). Not checked when that
     * table could not be read.
     */
    String reference(String column, DatasetTable definedIn, KnownCodes known, String what, boolean allowAll) {
        return reference(column, known.codes(definedIn), what, allowAll);
    }

    /** A code that must be one of codes (or ALL where allowed); not checked when codes is null. */
    public String reference(String column, Codes codes, String what, boolean allowAll) {
        String value = filled(column);
        if (value == null) return "";
        if (allowAll && value.equals(ALL)) return value;
        if (codes != null && !codes.contains(value)) {
            String all = allowAll ? " and is not ALL" : "";
            error(column, what + " " + quote(value) + " is not in " + codes.definedIn() + all + codes.caseHint(value));
        }
        return value;
    }

    /** A number held to its column's bound. */
    public double number(String column) {
        return number(column, boundOf(column));
    }

    /** A number held to a bound that depends on the row (a parameter's, a kind's). */
    public double number(String column, Bound bound) {
        String value = filled(column);
        return value == null ? 0 : checkedNumber(column, value, bound, true).orElse(0.0);
    }

    /** A number written in other text than the cell as it is (the cell less a % sign, say), held to a bound. */
    public Optional<Double> number(String column, String text, Bound bound) {
        return checkedNumber(column, text, bound, true);
    }

    public double optionalNumber(String column, double defaultValue) {
        return optionalNumber(column, defaultValue, boundOf(column));
    }

    public double optionalNumber(String column, double defaultValue, Bound bound) {
        String value = cell(column);
        if (value == null || value.isEmpty()) return defaultValue;
        return checkedNumber(column, value, bound, true).orElse(defaultValue);
    }

    /** A whole number held to its column's bound. */
    public int integer(String column) {
        Bound bound = boundOf(column);
        return (int) Math.round(Math.max(number(column, bound), bound.min()));
    }

    public int optionalInteger(String column, int defaultValue) {
        return (int) Math.round(optionalNumber(column, defaultValue));
    }

    /**
     * An uncertain parameter from NAME_low, NAME_mode and NAME_high. Only NAME_mode means certain;
     * all blank takes the default, or is an error when there is none (defaultValue null).
     */
    public Interval interval(String name, Double defaultValue) {
        return interval(name, boundOf(name + "_mode"), defaultValue);
    }

    public Interval interval(String name, Bound bound, Double defaultValue) {
        return UncertainCells.read(this, name, bound, defaultValue);
    }

    public Sector sector(String column) {
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
    public String oneOf(String column, List<String> allowed, String defaultValue) {
        String value = defaultValue == null ? filled(column) : optionalText(column, defaultValue);
        if (value == null) return allowed.get(0);
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            error(column, quote(value) + " is not one of " + String.join(", ", allowed));
            return allowed.get(0);
        }
        return lower;
    }

    /** yes or no, any case. */
    public boolean yesNo(String column) {
        return oneOf(column, List.of("yes", "no"), null).equals("yes");
    }

    /** F or M, or also ALL where both sexes are meant; upper case. */
    public String sex(String column, boolean allowAll) {
        String value = filled(column);
        if (value == null) return "F";
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("F") || upper.equals("M") || (allowAll && upper.equals(ALL))) return upper;
        error(column, quote(value) + " is not a sex; use F or M" + (allowAll ? " (or ALL for both)" : ""));
        return "F";
    }

    /** A month YYYY-MM within the months a dataset may name; null after logging why not. */
    public YearMonth month(String column) {
        String value = filled(column);
        if (value == null) return null;
        YearMonth month = null;
        if (MONTH.matcher(value).matches()) {
            try {
                month = YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                month = null;
            }
        }
        if (month == null) {
            error(column, quote(value) + " is not a month; write YYYY-MM, e.g. 2026-04");
            return null;
        }
        return checkedMonth(column, month) ? month : null;
    }

    /** Whether the month is one a dataset may name; logs the error, or a warning when unusual. */
    private boolean checkedMonth(String column, YearMonth month) {
        if (!Bounds.allowsMonth(month)) {
            error(column, Bounds.monthRefusal(month));
            return false;
        }
        if (!Bounds.typicalMonth(month)) warning(column, Bounds.monthDoubt(month));
        return true;
    }

    /** A date YYYY-MM-DD no later than the year 2099, or null (after logging why) when blank or wrong. */
    public LocalDate optionalDate(String column, String blankMeans) {
        String value = cell(column);
        if (value == null || value.isEmpty()) return null;
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 2000 && date.getYear() <= 2099) return date;
            error(column, "must be a date between 2000-01-01 and 2099-12-31, not " + quote(value));
        } catch (DateTimeParseException e) {
            error(column, quote(value) + " is not a date YYYY-MM-DD (" + blankMeans + ")");
        }
        return null;
    }

    public static String sectorList() {
        return Arrays.stream(Sector.values()).map(Sector::code).collect(Collectors.joining(", "));
    }

    private Bound boundOf(String column) {
        return table.column(column)
                .map(Column::bound)
                .orElseThrow(() -> new IllegalArgumentException(table.sheetName() + "." + column + " has no bound"));
    }

    /**
     * The number in the cell, or empty after logging why not. A value outside the typical range is a
     * warning when warn is set (uncertain parameters warn on their mode only).
     */
    Optional<Double> checkedNumber(String column, String value, Bound bound, boolean warn) {
        Optional<Double> parsed = parseNumber(value);
        if (parsed.isEmpty()) {
            error(column, whyNotANumber(value));
            return Optional.empty();
        }
        double number = parsed.get();
        if (!bound.allows(number)) {
            error(column, bound.refusal(value, number));
            return Optional.empty();
        }
        if (warn && !bound.typical(number)) warning(column, bound.doubt(value));
        return parsed;
    }

    public static Optional<Double> parseNumber(String value) {
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
        if (NUMBER.matcher(value).matches()) return quote(value) + " is too large to be a number";
        return quote(value) + " is not a number";
    }

    public static String quote(String value) {
        return PlainWords.quote(value);
    }

    public static String format(double value) {
        return Bound.format(value);
    }
}
