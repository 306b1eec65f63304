package org.skillmix.data.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where a dataset's tables come from: a folder of CSVs, a zip of one, or a workbook. */
interface DatasetSource extends Closeable {

    /** Largest table file, zip entry or workbook read; bigger is refused with a clear problem. */
    long MAX_BYTES = 512L * 1024 * 1024;

    /** How problems name the table's file: {@code workforce.csv} or {@code system.xlsx[workforce]}. */
    String fileOf(DatasetTable table);

    /** The table's rows, or empty when the dataset has no such file or sheet. */
    Optional<TableInput> open(DatasetTable table) throws IOException;

    /** Files or sheets that are not tables of the format, as problems should name them. */
    List<String> unknownEntries();

    /** What to tell the planner when reading a table fails part way. */
    String unreadable(DatasetTable table, Exception cause);

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** A file larger than {@link #MAX_BYTES}: reading it would take the memory of the whole machine. */
    final class TooLarge extends InputRefused {
        TooLarge(String what, long bytes) {
            super(PlainWords.cut(what) + " is " + megabytes(bytes) + "; Skillmix reads files up to "
                    + megabytes(MAX_BYTES) + " (split the data, or leave out rows the projection does not use)");
        }
    }
}
