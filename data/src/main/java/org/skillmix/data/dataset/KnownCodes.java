package org.skillmix.data.dataset;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes each defining table has declared so far, with the row that declared them. A table that
 * could not be read at all has no entry, and references to it are not checked: its own problem is
 * already reported, and a flood of "unknown code" errors would hide it.
 */
final class KnownCodes {

    private final Map<DatasetTable, Map<String, Integer>> codes = new EnumMap<>(DatasetTable.class);
    private final Map<DatasetTable, String> names = new EnumMap<>(DatasetTable.class);

    /** Starts collecting a table's codes; name is how problems refer to it ("roles.csv"). */
    void open(DatasetTable table, String name) {
        codes.put(table, new LinkedHashMap<>());
        names.put(table, name);
    }

    /** Drops a table that failed part way: its codes are incomplete, so references are not checked. */
    void forget(DatasetTable table) {
        codes.remove(table);
    }

    /** Records a code; a duplicate keeps the first row (the duplicate itself is reported by key). */
    void declare(DatasetTable table, String code, int row) {
        codes.get(table).putIfAbsent(code, row);
    }

    /** The codes of a table, or null when the table was not read. */
    Map<String, Integer> of(DatasetTable table) {
        return codes.get(table);
    }

    /** The codes of a table for a reference to check against, or null when the table was not read. */
    Codes codes(DatasetTable table) {
        Map<String, Integer> declared = codes.get(table);
        return declared == null ? null : new Codes(nameOf(table), declared.keySet());
    }

    String nameOf(DatasetTable table) {
        return names.getOrDefault(table, table.fileName());
    }
}
