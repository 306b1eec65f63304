package org.skillmix.data.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a double as fixed-point ASCII text ("-12.3400") straight into a byte buffer. The CSV export
 * formats millions of numbers, so this avoids String.format and any Locale: the output depends on the
 * value and the number of decimals only. Halves round away from zero.
 */
final class FixedDecimal {
    static final int MAX_DECIMALS = 6;
    /** Longest text {@link #write} can produce: Double.MAX_VALUE has 309 integer digits. */
    static final int MAX_LENGTH = 1 + 309 + 1 + MAX_DECIMALS;

    private static final long[] SCALE = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};
    /** Above this a scaled value no longer fits a long, so the rare huge value goes through BigDecimal. */
    private static final double LONG_SAFE = 9.0e18;

    private FixedDecimal() {}

    /** Writes value with exactly {@code decimals} digits after the point at buf[pos]; returns the new position. */
    static int write(double value, int decimals, byte[] buf, int pos) {
        if (decimals < 0 || decimals > MAX_DECIMALS)
            throw new IllegalArgumentException("decimals must be 0-6, got " + decimals);
        if (!Double.isFinite(value)) {
            // The writers check first; a NaN here is a bug, and must not reach a file as text.
            throw new IllegalArgumentException(value + " is not a figure a file may hold");
        }
        double scaled = Math.abs(value) * SCALE[decimals];
        if (scaled >= LONG_SAFE) {
            return copy(
                    BigDecimal.valueOf(value)
                            .setScale(decimals, RoundingMode.HALF_UP)
                            .toPlainString(),
                    buf,
                    pos);
        }
        long units = Math.round(scaled);
        if (value < 0 && units != 0) buf[pos++] = '-'; // no "-0.0000"
        long whole = units / SCALE[decimals];
        long fraction = units % SCALE[decimals];
        pos = writeDigits(whole, buf, pos);
        if (decimals > 0) {
            buf[pos++] = '.';
            for (int i = decimals - 1; i >= 0; i--) {
                buf[pos + i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            pos += decimals;
        }
        return pos;
    }

    /** The same text as {@link #write}, as a String (for the few places that are not hot loops). */
    static String text(double value, int decimals) {
        byte[] buf = new byte[MAX_LENGTH];
        int end = write(value, decimals, buf, 0);
        return new String(buf, 0, end, StandardCharsets.US_ASCII);
    }

    /** value rounded as {@link #write} would print it, so an XLSX cell shows the CSV's figure. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) return value;
        double scaled = Math.abs(value) * SCALE[decimals];
        if (scaled >= LONG_SAFE) return value;
        double rounded = Math.round(scaled) / (double) SCALE[decimals];
        return value < 0 ? -rounded : rounded;
    }

    private static int writeDigits(long n, byte[] buf, int pos) {
        if (n == 0) {
            buf[pos] = '0';
            return pos + 1;
        }
        int digits = 0;
        for (long m = n; m > 0; m /= 10) digits++;
        for (int i = digits - 1; i >= 0; i--) {
            buf[pos + i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        return pos + digits;
    }

    private static int copy(String ascii, byte[] buf, int pos) {
        for (int i = 0; i < ascii.length(); i++) buf[pos++] = (byte) ascii.charAt(i);
        return pos;
    }
}
