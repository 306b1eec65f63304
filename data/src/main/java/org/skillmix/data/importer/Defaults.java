package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented defaults (defaults.csv): values no published file here gives, each with its source
 * and date. Every use is counted, and the report lists each default used with its count, so a default is
 * never applied silently.
 */
final class Defaults {

    /** One default: value (a number or a word), optional low/high, unit, source and date. */
    record Default(
            String key, String scope, String low, String value, String high, String unit, String source, String date) {

        double number() {
            return Double.parseDouble(value);
        }

        double lowNumber() {
            return low.isEmpty() ? number() : Double.parseDouble(low);
        }

        double highNumber() {
            return high.isEmpty() ? number() : Double.parseDouble(high);
        }

        String label() {
            return "ALL".equals(scope) ? key : key + "[" + scope + "]";
        }
    }

    private final Map<String, Default> defaults = new LinkedHashMap<>();
    private final Map<Default, Integer> uses = new LinkedHashMap<>();
    private final Map<Default, String> firstUse = new LinkedHashMap<>();

    static Defaults read(Mappings mappings) throws ImportException {
        Defaults defaults = new Defaults();
        SourceCsv csv = mappings.table("defaults.csv", "key", "scope", "value", "unit", "source", "date");
        csv.forEach(row -> {
            String low = csv.has("low") ? row.text("low") : "";
            String high = csv.has("high") ? row.text("high") : "";
            Default d = new Default(
                    row.text("key"),
                    row.text("scope"),
                    low,
                    row.text("value"),
                    high,
                    row.text("unit"),
                    row.text("source"),
                    row.text("date"));
            for (String n : new String[] {low, high}) {
                if (!n.isEmpty()) {
                    try {
                        Double.parseDouble(n);
                    } catch (NumberFormatException e) {
                        throw row.error(n == low ? "low" : "high", "\"" + n + "\" is not a number");
                    }
                }
            }
            if (d.source().isEmpty()) throw row.error("source", "every default needs its published source");
            if (defaults.defaults.putIfAbsent(d.key() + "|" + d.scope(), d) != null) {
                throw row.error("key", "default " + d.label() + " is given twice");
            }
        });
        return defaults;
    }

    /** The default for a key and scope, else the key's ALL row; counted as used for what. */
    Default use(String key, String scope, String what) throws ImportException {
        Default d = defaults.get(key + "|" + scope);
        if (d == null) d = defaults.get(key + "|ALL");
        if (d == null)
            throw ImportException.file(
                    "mappings/defaults.csv", "has no default " + key + " (scope " + scope + " or ALL)");
        uses.merge(d, 1, Integer::sum);
        firstUse.putIfAbsent(d, what);
        return d;
    }

    /** Whether the table has a row for exactly this key and scope (not falling back to ALL). */
    boolean has(String key, String scope) {
        return defaults.containsKey(key + "|" + scope);
    }

    Default use(String key, String what) throws ImportException {
        return use(key, "ALL", what);
    }

    double number(String key, String scope, String what) throws ImportException {
        Default d = use(key, scope, what);
        try {
            return d.number();
        } catch (NumberFormatException e) {
            throw ImportException.file(
                    "mappings/defaults.csv", "default " + d.label() + " must be a number, not " + d.value());
        }
    }

    void report(ImportReport report) {
        uses.forEach((d, n) -> report.defaulted(
                d.label() + " = " + (d.low().isEmpty() ? "" : d.low() + "/") + d.value()
                        + (d.high().isEmpty() ? "" : "/" + d.high()) + " " + d.unit(),
                n + " uses",
                "for " + firstUse.get(d) + ". Source: " + d.source() + " (" + d.date() + ")"));
    }
}
