package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a table as the format defines it. The same definitions drive the header checks, the
 * bounds every number is held to, the writer's column order, the template's README sheet and
 * docs/dataset.md. A number column cannot be declared without its {@link Bound}.
 *
 * @param name         the header text, lower case
 * @param kind         a code (matched exactly), text (words match ignoring case) or a number
 * @param required     whether the column must be in the header
 * @param defaultValue what a blank cell means, as the README states it ("" when a blank is not allowed
 *                     or the column is required)
 * @param meaning      what the column holds, with its unit
 * @param bound        for a number column, the values it allows; null for text
 */
public record Column(String name, Kind kind, boolean required, String defaultValue, String meaning, Bound bound) {

    public enum Kind {
        CODE,
        TEXT,
        NUMBER
    }

    public Column {
        if ((kind == Kind.NUMBER) != (bound != null)) {
            throw new IllegalArgumentException(name + ": a number column needs a bound, and only a number column");
        }
    }

    /** Whether values are numbers (written as number cells in a workbook). */
    public boolean numeric() {
        return kind == Kind.NUMBER;
    }

    public static Column code(String name, String meaning) {
        return new Column(name, Kind.CODE, true, "", meaning, null);
    }

    public static Column optionalCode(String name, String defaultValue, String meaning) {
        return new Column(name, Kind.CODE, false, defaultValue, meaning, null);
    }

    public static Column text(String name, String meaning) {
        return new Column(name, Kind.TEXT, true, "", meaning, null);
    }

    public static Column optionalText(String name, String defaultValue, String meaning) {
        return new Column(name, Kind.TEXT, false, defaultValue, meaning, null);
    }

    public static Column number(String name, String meaning, Bound bound) {
        return new Column(name, Kind.NUMBER, true, "", meaning, bound);
    }

    public static Column optionalNumber(String name, String defaultValue, String meaning, Bound bound) {
        return new Column(name, Kind.NUMBER, false, defaultValue, meaning, bound);
    }

    /**
     * The three columns of an uncertain parameter, each held to the same bound. Only NAME_mode can be
     * required: a blank low and high mean the value is certain.
     */
    public static List<Column> uncertain(String name, String defaultValue, String meaning, Bound bound) {
        boolean required = defaultValue.isEmpty();
        return List.of(
                new Column(
                        name + "_low", Kind.NUMBER, false, "", "lowest plausible " + name + " (blank: certain)", bound),
                new Column(name + "_mode", Kind.NUMBER, required, defaultValue, meaning, bound),
                new Column(
                        name + "_high",
                        Kind.NUMBER,
                        false,
                        "",
                        "highest plausible " + name + " (blank: certain)",
                        bound));
    }

    /** Columns and lists of columns (an uncertain column is three), flattened in order. */
    public static List<Column> all(Object... parts) {
        List<Column> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Column column) {
                all.add(column);
            } else {
                for (Object c : (List<?>) part) all.add((Column) c);
            }
        }
        return List.copyOf(all);
    }
}
