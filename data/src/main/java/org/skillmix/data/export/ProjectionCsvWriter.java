package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.supply.Baseline;

/**
 * Writes a projection as projection.csv: one row per series per month, in the projection's series
 * order and then month order (layout in docs/outputs.md). UTF-8, LF line ends, no byte-order mark.
 *
 * <p>Every row starts with the run's supply baseline ({@code funded-plan} or {@code current-trends}), as
 * projection_summary.csv does: two runs' files differ by it alone, and a file travels without its run.json.
 *
 * <p>A stress run writes millions of rows, so each row is assembled as bytes: the key columns are
 * encoded once per series, the baseline and the months once per file, and numbers by {@link FixedDecimal}. The
 * same projection always gives the same bytes.
 */
public final class ProjectionCsvWriter {
    public static final String HEADER =
            "baseline,month,measure,capability,role,sector,organisation,place,mean,p10,p50,p90";

    private static final int BUFFER_BYTES = 1 << 16;

    public void write(Projection projection, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(projection, out);
        }
    }

    /** Writes to out and flushes it; out stays open. */
    public void write(Projection projection, OutputStream out) throws IOException {
        Rows rows = new Rows(out);
        rows.append((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[][] months = rowStarts(projection.settings().baseline(), projection.months());
        for (Series series : projection.series()) {
            requireFinite(series, projection.months());
            byte[] key = keyColumns(series.key());
            int decimals = MeasureUnits.decimals(series.key().measure());
            for (int m = 0; m < months.length; m++) {
                rows.append(months[m]);
                rows.append(key);
                rows.number(series.mean()[m], decimals);
                rows.comma();
                rows.optionalNumber(series.p10(), m, decimals);
                rows.comma();
                rows.optionalNumber(series.p50(), m, decimals);
                rows.comma();
                rows.optionalNumber(series.p90(), m, decimals);
                rows.newline();
            }
        }
        rows.flush();
    }

    /** "baseline,month" for each month: the baseline is the same on every row, so it goes in with the month. */
    private static byte[][] rowStarts(Baseline baseline, List<YearMonth> months) {
        byte[][] texts = new byte[months.size()][];
        for (int i = 0; i < texts.length; i++) {
            YearMonth month = months.get(i);
            // YearMonth.toString() is ISO "YYYY-MM" for years 0-9999, independent of locale.
            texts[i] = (baseline.code() + ',' + month).getBytes(StandardCharsets.US_ASCII);
        }
        return texts;
    }

    /** ",measure,capability,role,sector,organisation,place," ready to follow the baseline and month. */
    private static byte[] keyColumns(SeriesKey key) {
        StringBuilder text =
                new StringBuilder(64).append(',').append(key.measure().code());
        for (String code : Arrays.asList(key.capability(), key.role(), key.sector(), key.organisation(), key.place())) {
            text.append(',').append(field(code));
        }
        return text.append(',').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * No NaN or Infinity reaches an output: a projection with one is refused whole, naming the first series and
     * month, before anything of it is written.
     *
     * @throws IllegalArgumentException naming the series and month of the first value that is not a figure
     */
    public static void requireFinite(Projection projection) {
        for (Series series : projection.series()) requireFinite(series, projection.months());
    }

    static void requireFinite(Series series, List<YearMonth> months) {
        for (double[] values : Arrays.asList(series.mean(), series.p10(), series.p50(), series.p90())) {
            if (values == null) continue;
            for (int m = 0; m < values.length; m++) {
                if (!Double.isFinite(values[m])) {
                    SeriesKey k = series.key();
                    throw new IllegalArgumentException("the projection has " + values[m] + " for "
                            + k.measure().code() + " (capability " + k.capability() + ", role " + k.role()
                            + ", sector " + k.sector() + ", organisation " + k.organisation() + ", place "
                            + k.place() + ") in " + months.get(m)
                            + ": no figure of it was written (check the dataset's inputs"
                            + " for that series)");
                }
            }
        }
    }

    /**
     * Codes never need quoting in a valid dataset, but a stray comma must not shift the columns, and a code a
     * spreadsheet would run as a formula is written as text ({@link SpreadsheetText}), as {@link CsvOutput} does.
     */
    static String field(String value) {
        if (value == null) return "";
        value = SpreadsheetText.neutralised(value);
        boolean needsQuotes = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A byte buffer in front of the stream: fewer, larger writes than a Writer with per-cell Strings. */
    private static final class Rows {
        private final OutputStream out;
        private byte[] buf = new byte[BUFFER_BYTES];
        private int pos;

        Rows(OutputStream out) {
            this.out = out;
        }

        void append(byte[] bytes) throws IOException {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        }

        void number(double value, int decimals) throws IOException {
            ensure(FixedDecimal.MAX_LENGTH);
            pos = FixedDecimal.write(value, decimals, buf, pos);
        }

        void optionalNumber(double[] values, int month, int decimals) throws IOException {
            if (values != null) number(values[month], decimals);
        }

        void comma() throws IOException {
            ensure(1);
            buf[pos++] = ',';
        }

        void newline() throws IOException {
            ensure(1);
            buf[pos++] = '\n';
        }

        void flush() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
            out.flush();
        }

        private void ensure(int bytes) throws IOException {
            if (pos + bytes <= buf.length) return;
            out.write(buf, 0, pos);
            pos = 0;
            if (bytes > buf.length) buf = new byte[Math.max(bytes, buf.length * 2)];
        }
    }
}
