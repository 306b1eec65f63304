package org.skillmix.data.dataset;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one table, streamed so a large table is never held as text. The first row returned is
 * the header; blank rows are skipped but still counted in row numbers.
 */
interface TableInput extends Closeable {

    /** The next non-blank row, or null at the end. */
    RawRow next() throws IOException;
}
