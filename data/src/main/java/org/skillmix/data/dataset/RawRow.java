package org.skillmix.data.dataset;

import java.util.List;

/** A non-blank row of a table as read, cells trimmed, with the row number a spreadsheet shows. */
record RawRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
