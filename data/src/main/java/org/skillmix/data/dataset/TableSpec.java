package org.skillmix.data.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a CSV table must look like: its columns, each with what it holds and, for numbers, its bound. The
 * dataset's tables ({@link DatasetTable}) and the side files (staff, surge, bank, shifts) are read by the
 * same {@link TableReader} under the same rules.
 */
public interface TableSpec {

    /** The table's name as messages say it ("workforce", "staff"); the sheet in a workbook. */
    String sheetName();

    /** The columns in the order the writer puts them. */
    List<Column> columns();

    default Optional<Column> column(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A side file's columns, named as its documentation does. */
    static TableSpec of(String name, List<Column> columns) {
        List<Column> copy = List.copyOf(columns);
        Map<String, Column> byName = new HashMap<>();
        copy.forEach(c -> byName.put(c.name(), c));
        return new TableSpec() {
            @Override
            public Optional<Column> column(String column) {
                return Optional.ofNullable(byName.get(column));
            }

            @Override
            public String sheetName() {
                return name;
            }

            @Override
            public List<Column> columns() {
                return copy;
            }
        };
    }
}
