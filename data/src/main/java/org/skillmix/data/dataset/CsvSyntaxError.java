package org.skillmix.data.dataset;

import java.io.IOException;
import java.io.Reader;

/**
 * Text that is not valid CSV, with where it is: the row a spreadsheet shows and the field (0-based; -1 when
 * it could not be told), so the problem names file, row and column like any other.
 */
final class CsvSyntaxError extends InputRefused {

    private final int row;
    private final int field;

    CsvSyntaxError(int row, int field, String reason) {
        super(reason);
        this.row = row;
        this.field = field;
    }

    int row() {
        return row;
    }

    int field() {
        return field;
    }

    /**
     * Reads the text from the record's first line (1-based) as CSV does and returns the field that breaks
     * it: the one with text after its closing quote, or else the last one whose quote is still open at the
     * end of the text; -1 when neither is found.
     */
    static int brokenField(Reader text, long startLine) throws IOException {
        long line = 1;
        int c;
        while (line < startLine && (c = text.read()) >= 0) {
            if (c == '\n') line++;
        }
        int field = 0;
        int openedIn = -1;
        boolean atStart = true;
        boolean quoted = false;
        boolean closed = false;
        while ((c = text.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    int next = text.read();
                    if (next != '"') {
                        quoted = false;
                        closed = true;
                        if (next < 0) break;
                        c = next;
                    } else {
                        continue;
                    }
                } else {
                    continue;
                }
            }
            if (c == ',' || c == '\n' || c == '\r') {
                field = c == ',' ? field + 1 : field;
                if (c == '\n') field = 0;
                atStart = true;
                closed = false;
            } else if (closed) {
                return field;
            } else if (c == '"' && atStart) {
                quoted = true;
                openedIn = field;
                atStart = false;
            } else {
                atStart = false;
            }
        }
        return quoted ? openedIn : -1;
    }
}
