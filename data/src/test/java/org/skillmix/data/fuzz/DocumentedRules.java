package org.skillmix.data.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docs/dataset.md says a dataset must be, read from the document itself rather than from the reader's
 * code, so the fuzz test's idea of "invalid" is independent of what it tests: the plausibility bound of every
 * number and month column, which columns and tables are required.
 */
final class DocumentedRules {

    /** An allowed range as the document writes it: [0, 1], (0, 1], whole [1, 12], or months [2000-01, 2060-12]. */
    record Interval(double min, boolean minIncluded, double max, boolean whole, boolean months) {

        boolean allows(double value) {
            boolean aboveMin = minIncluded ? value >= min : value > min;
            return aboveMin && value <= max && (!whole || value == Math.rint(value));
        }

        /** A month as a number: 2025-04 is 2025 x 12 + 3. */
        static double month(int year, int month) {
            return year * 12.0 + month - 1;
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\| ([a-z_]+) \\| ([a-z_/]+)(?: \\(([A-Za-z0-9_]+)\\))? \\| [^|]* \\| (whole )?([\\[(])([^,]+), ([^\\]]+)\\] \\|.*$");
    private static final Pattern SECTION = Pattern.compile("^### ([a-z_]+)\\.csv");
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| ([a-z_]+)(/_mode/_high)? \\| (yes|no|mode) \\|.*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| ([a-z_]+)\\.csv \\| (yes|no) \\|.*$");

    /** table -> column -> interval; an uncertain parameter's three columns each. */
    final Map<String, Map<String, Interval>> bounds = new LinkedHashMap<>();
    /** table -> column -> context (kind, parameter, metric) -> interval. */
    final Map<String, Map<String, Map<String, Interval>>> contextBounds = new HashMap<>();
    /** table -> columns that must be in the header. */
    final Map<String, Set<String>> requiredColumns = new HashMap<>();

    final Set<String> requiredTables = new HashSet<>();

    static DocumentedRules read(Path doc) throws IOException {
        DocumentedRules rules = new DocumentedRules();
        String section = null;
        boolean inBounds = false;
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("## ")) inBounds = line.equals("## Plausibility bounds");
            Matcher table = TABLE_ROW.matcher(line);
            if (table.matches() && table.group(2).equals("yes")) rules.requiredTables.add(table.group(1));
            Matcher heading = SECTION.matcher(line);
            if (heading.find()) section = heading.group(1);
            if (line.startsWith("## ")) section = null;
            Matcher column = COLUMN_ROW.matcher(line);
            // The manifest's table lists its keys, not its columns (key and value, both required).
            if (section != null
                    && !section.equals("manifest")
                    && column.matches()
                    && !column.group(3).equals("no")) {
                String name = column.group(1);
                if (column.group(2) != null) name = name.replace("_low", "") + "_mode";
                rules.requiredColumns
                        .computeIfAbsent(section, k -> new HashSet<>())
                        .add(name);
            }
            Matcher bound = ROW.matcher(line);
            if (inBounds && bound.matches()) rules.addBound(bound);
        }
        if (rules.bounds.isEmpty() || rules.requiredTables.isEmpty()) {
            throw new IllegalStateException("docs/dataset.md has no bounds table or table list the fuzz test can read");
        }
        return rules;
    }

    private void addBound(Matcher row) {
        String table = row.group(1);
        String column = row.group(2);
        String context = row.group(3);
        boolean months = row.group(6).matches("\\d{4}-\\d{2}");
        Interval interval = new Interval(
                value(row.group(6)), row.group(5).equals("["), value(row.group(7)), row.group(4) != null, months);
        List<String> columns = column.endsWith("_low/_mode/_high")
                ? List.of(base(column) + "_low", base(column) + "_mode", base(column) + "_high")
                : List.of(column);
        for (String name : columns) {
            if (context == null) {
                bounds.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(name, interval);
            } else {
                contextBounds
                        .computeIfAbsent(table, k -> new HashMap<>())
                        .computeIfAbsent(name, k -> new HashMap<>())
                        .put(context, interval);
            }
        }
    }

    private static String base(String column) {
        return column.substring(0, column.indexOf("_low/"));
    }

    private static double value(String text) {
        Matcher month = Pattern.compile("(\\d{4})-(\\d{2})").matcher(text);
        if (month.matches()) return Interval.month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        return Double.parseDouble(text);
    }

    /** The bound of a cell: the row's context's (kind, parameter, metric) when the document gives one. */
    Interval bound(String table, String column, String context) {
        Map<String, Interval> byContext =
                contextBounds.getOrDefault(table, Map.of()).getOrDefault(column, Map.of());
        Interval narrower = context == null ? null : byContext.get(context);
        return narrower != null
                ? narrower
                : bounds.getOrDefault(table, Map.of()).get(column);
    }
}
