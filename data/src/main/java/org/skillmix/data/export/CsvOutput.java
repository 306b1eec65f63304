package org.skillmix.data.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The writer of every CSV file Skillmix writes for people to open (projection.csv, millions of rows, assembles its
 * bytes itself by the same rules). UTF-8, LF line ends, a header row, and RFC 4180 quoting by FastCSV (a cell is
 * quoted when it holds a comma, quote or line break). Text cells are {@link SpreadsheetText#neutralised} so none
 * runs as a formula; numbers must be finite (NaN or Infinity is refused, naming the column and row, so it never
 * reaches a file) and are written with a fixed number of decimals, as {@code String.format("%.Nf")} writes them.
 * Every row must have as many cells as the header.
 */
public final class CsvOutput implements Flushable {
    private static final String[] FORMATS = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f"};

    private final CsvWriter csv;
    private final List<String> header;
    /** The cells of the row being written that go in quotes whatever they hold. */
    private final Set<Integer> quotedCells = new HashSet<>();

    private final List<String> cells = new ArrayList<>();
    private int row = 1;

    private CsvOutput(Writer out, List<String> header) {
        this.header = List.copyOf(header);
        QuoteStrategy quotes = new QuoteStrategy() {
            @Override
            public boolean quoteValue(int line, int field, String value) {
                return quotedCells.contains(field);
            }
        };
        // Never closed here: the caller owns the stream (in a zip, closing would end the archive).
        this.csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .quoteStrategy(quotes)
                .build(out);
        csv.writeRecord(this.header);
    }

    /** A CSV with this header, written to out (which stays open). */
    public static CsvOutput to(Writer out, String... header) {
        return new CsvOutput(out, List.of(header));
    }

    /** A CSV with this header, written as UTF-8 to out (which stays open). */
    public static CsvOutput to(OutputStream out, String... header) {
        return to(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
    }

    /** A CSV whose header is the comma-separated names given, as a file's first line reads. */
    public static CsvOutput withHeader(Writer out, String headerLine) {
        return to(out, headerLine.split(",", -1));
    }

    /** A text cell: codes, names, ids, dates. */
    public CsvOutput text(String value) {
        cells.add(value == null ? "" : SpreadsheetText.neutralised(value));
        return this;
    }

    /**
     * A text cell in quotes whatever it holds: words a file has always written so (a unit such as "share", a
     * sentence such as the discharge basis), so the bytes stay as they were.
     */
    public CsvOutput quoted(String value) {
        if (value != null && !value.isEmpty()) quotedCells.add(cells.size());
        return text(value);
    }

    /** A number with exactly this many decimals (0-6), half up: 0.1235 with 3 decimals is 0.124. */
    public CsvOutput number(double value, int decimals) {
        cells.add(String.format(Locale.ROOT, FORMATS[decimals], finite(value)));
        return this;
    }

    /**
     * A number with exactly this many decimals (0-6) as projection.csv writes its figures ({@link FixedDecimal}:
     * halves away from zero, never "-0.00").
     */
    public CsvOutput fixed(double value, int decimals) {
        cells.add(FixedDecimal.text(finite(value), decimals));
        return this;
    }

    /** A number written as given (its own precision): a figure read from a published file. */
    public CsvOutput number(BigDecimal value) {
        cells.add(value.toPlainString());
        return this;
    }

    public CsvOutput integer(long value) {
        cells.add(Long.toString(value));
        return this;
    }

    /** "yes" or "no". */
    public CsvOutput yesNo(boolean value) {
        cells.add(value ? "yes" : "no");
        return this;
    }

    /** An empty cell: no figure here (never a 0, which would read as one). */
    public CsvOutput blank() {
        cells.add("");
        return this;
    }

    /** Ends the row: it must have a cell for every column. */
    public void endRow() {
        if (cells.size() != header.size()) {
            throw new IllegalStateException(
                    "row " + (row + 1) + " has " + cells.size() + " cells for " + header.size() + " columns " + header);
        }
        csv.writeRecord(cells);
        cells.clear();
        quotedCells.clear();
        row++;
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("column " + header.get(cells.size()) + ", row " + (row + 1) + ": "
                    + value + " is not a figure a file may hold; nothing was written");
        }
        return value;
    }
}
