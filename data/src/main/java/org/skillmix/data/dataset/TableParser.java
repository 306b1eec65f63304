package org.skillmix.data.dataset;

import java.util.List;
import java.util.Optional;

/** Turns the rows of one table into domain records. */
interface TableParser<T> {

    DatasetTable table();

    /** The columns that identify a row: two rows with the same values here are duplicates. */
    List<String> key();

    /** For a table that defines codes others refer to: the column holding the code. */
    default Optional<String> definesCodes() {
        return Optional.empty();
    }

    /** The row's record, or null when a cell was invalid (the problem is already logged). */
    T parse(DataRow row, KnownCodes known);
}
