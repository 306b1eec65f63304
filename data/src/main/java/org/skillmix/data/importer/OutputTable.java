package org.skillmix.data.importer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One table of the dataset being built: its file name, header and rows as text, written as UTF-8 CSV with LF. */
final class OutputTable {

    private final String file;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    OutputTable(String file, String... header) {
        this.file = file;
        this.header = List.of(header);
    }

    /** Adds a row; numbers are written as {@link #num(double, int)} with 4 decimals unless given as text. */
    void add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(file + ": " + cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(
                    cell instanceof Double d
                            ? num(d, 4)
                            : cell instanceof Integer i ? i.toString() : String.valueOf(cell));
        }
        rows.add(row);
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    void write(Path folder) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header);
            for (List<String> row : rows) csv.writeRecord(row);
        }
    }

    /**
     * x rounded to dp decimals (half-even on the exact binary value), written with at most 4 decimals and
     * no trailing zeros; a whole number of 1 or more without a decimal point (as the GM script wrote).
     */
    static String num(double x, int dp) {
        return num(x, dp, Math.min(dp, 4));
    }

    /** As {@link #num(double, int)} with every one of the dp decimals written (rates the engine compounds). */
    static String fine(double x, int dp) {
        return num(x, dp, dp);
    }

    private static String num(double x, int dp, int written) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new IllegalArgumentException("not a number: " + x);
        double r = new BigDecimal(x).setScale(dp, RoundingMode.HALF_EVEN).doubleValue();
        if (Math.abs(r - Math.rint(r)) < 1e-9 && Math.abs(r) >= 1) return Long.toString(Math.round(r));
        String s = new BigDecimal(r)
                .setScale(written, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") || s.isEmpty() ? "0" : s;
    }

    /** A value rounded to dp decimals, as a number (for sums that must match what is written). */
    static double round(double x, int dp) {
        return new BigDecimal(x).setScale(dp, RoundingMode.HALF_EVEN).doubleValue();
    }
}
