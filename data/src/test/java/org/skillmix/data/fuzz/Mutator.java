package org.skillmix.data.fuzz;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.skillmix.data.fuzz.DocumentedRules.Interval;
import org.skillmix.data.fuzz.FileRules.Coded;

/**
 * Seeded mutations of one CSV file, each with what the documentation says of the result: invalid (a value
 * outside its documented bound, a garbled code, a key or column given twice, a required column or file gone,
 * text in another encoding, broken CSV), valid (a byte-order mark, CRLF, Windows-1252, columns in another
 * order or case, an unknown column, blank lines) or unknown (random bytes flipped, the file cut short), which
 * is checked only for crashes, hangs and internal text.
 */
final class Mutator {

    enum Expect {
        INVALID,
        VALID,
        UNKNOWN
    }

    /** A mutated file: what was done, what the reader must make of it, and the bytes (null: the file deleted). */
    record Mutation(String what, Expect expect, byte[] bytes) {}

    private static final String[] NOT_NUMBERS = {
        "NaN", "Infinity", "-Infinity", "1,000", "12%", "0x10", "1e309", "--1", "1.2.3", "\uD83D\uDE00"
    };
    private static final String[] GARBAGE = {"NaN", "-1", "\uD83D\uDE00", "zzz_not_a_code", "X Y"};
    private static final String[] NOT_CODES = {"X Y", "\uD83D\uDE00", "a b"};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One mutation of the file, chosen by weight. */
    Mutation mutate(FileRules rules, byte[] original, boolean dataset) {
        List<List<String>> rows = parse(original);
        int pick = random.nextInt(100);
        Mutation m = null;
        if (pick < 24) m = outOfBound(rules, rows);
        else if (pick < 30) m = notANumber(rules, rows);
        else if (pick < 44) m = garble(rules, rows, dataset);
        else if (pick < 50) m = duplicateRow(rows);
        else if (pick < 53) m = duplicateColumn(rows);
        else if (pick < 56) m = dropRequiredColumn(rules, rows);
        else if (pick < 63) m = brokenEncoding(original);
        else if (pick < 66) m = unclosedQuote(rows);
        else if (pick < 68) m = semicolons(original);
        else if (pick < 71) m = emptied(rules, rows, dataset);
        else if (pick < 73) m = longValue(rules, rows);
        else if (pick < 80) m = random(original);
        else m = valid(rows, original);
        // docs/dataset.md: a place's year whose bands all hold 0 people is an error.
        if (dataset && rules.name().equals("population.csv") && random.nextInt(8) == 0) m = nobodyLivesThere(rows);
        return m != null ? m : valid(rows, original);
    }

    private Mutation outOfBound(FileRules rules, List<List<String>> rows) {
        Cell cell = cell(rows, (row, column) -> rules.bound().apply(row, column) != null);
        if (cell == null) return null;
        Interval bound = rules.bound().apply(cell.row(), cell.column());
        String value = outside(bound);
        return set(rows, cell, value, "out of bound " + value, Expect.INVALID);
    }

    private Mutation notANumber(FileRules rules, List<List<String>> rows) {
        Cell cell = cell(rows, (row, column) -> {
            Interval bound = rules.bound().apply(row, column);
            return bound != null && !bound.months();
        });
        if (cell == null) return null;
        String value = NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)];
        if (cell.column().equals("uplift") && value.equals("12%")) value = "NaN"; // a trailing % is allowed there
        return set(rows, cell, value, "not a number " + value, Expect.INVALID);
    }

    private Mutation garble(FileRules rules, List<List<String>> rows, boolean dataset) {
        Cell cell = cell(rows, (row, column) -> rules.coded().apply(row, column) != Coded.NO);
        if (cell == null) return null;
        boolean defines = rules.coded().apply(cell.row(), cell.column()) == Coded.DEFINES;
        String[] values = defines ? NOT_CODES : GARBAGE;
        String value = defines && dataset && random.nextInt(4) == 0 ? "ALL" : values[random.nextInt(values.length)];
        return set(rows, cell, value, "garbled " + value, Expect.INVALID);
    }

    private Mutation nobodyLivesThere(List<List<String>> rows) {
        List<String> header = rows.get(0);
        int place = header.indexOf("place_code");
        int year = header.indexOf("year");
        int persons = header.indexOf("persons");
        List<String> chosen = rows.get(1 + random.nextInt(rows.size() - 1));
        List<List<String>> copy = copy(rows);
        for (List<String> row : copy.subList(1, copy.size())) {
            if (row.get(place).equals(chosen.get(place)) && row.get(year).equals(chosen.get(year)))
                row.set(persons, "0");
        }
        return new Mutation(
                "no one in place " + chosen.get(place) + " in " + chosen.get(year), Expect.INVALID, write(copy));
    }

    private Mutation longValue(FileRules rules, List<List<String>> rows) {
        Cell cell = cell(rows, (row, column) -> rules.coded().apply(row, column) != Coded.NO);
        if (cell == null) return null;
        return set(rows, cell, "Q".repeat(100_000), "a 100000-character code", Expect.INVALID);
    }

    private Mutation duplicateRow(List<List<String>> rows) {
        if (rows.size() < 2) return null;
        List<List<String>> copy = copy(rows);
        int r = 1 + random.nextInt(rows.size() - 1);
        copy.add(new ArrayList<>(rows.get(r)));
        return new Mutation("row " + (r + 1) + " twice", Expect.INVALID, write(copy));
    }

    private Mutation duplicateColumn(List<List<String>> rows) {
        List<List<String>> copy = copy(rows);
        int c = random.nextInt(rows.get(0).size());
        for (List<String> row : copy) row.add(c < row.size() ? row.get(c) : "");
        String name = copy.get(0).get(c);
        copy.get(0).set(copy.get(0).size() - 1, random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name);
        return new Mutation("column " + name + " twice", Expect.INVALID, write(copy));
    }

    private Mutation dropRequiredColumn(FileRules rules, List<List<String>> rows) {
        List<Integer> required = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            if (rules.required().contains(rows.get(0).get(c).toLowerCase(Locale.ROOT))) required.add(c);
        }
        if (required.isEmpty()) return null;
        int c = required.get(random.nextInt(required.size()));
        List<List<String>> copy = copy(rows);
        for (List<String> row : copy) if (c < row.size()) row.remove(c);
        return new Mutation("required column " + rows.get(0).get(c) + " gone", Expect.INVALID, write(copy));
    }

    private Mutation brokenEncoding(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> new Mutation("UTF-16LE", Expect.INVALID, text.getBytes(StandardCharsets.UTF_16LE));
            case 1 -> new Mutation("UTF-16BE", Expect.INVALID, text.getBytes(StandardCharsets.UTF_16BE));
            case 2 -> new Mutation("UTF-16 with a BOM", Expect.INVALID, text.getBytes(StandardCharsets.UTF_16));
            case 3 ->
                new Mutation(
                        "UTF-16LE with a BOM",
                        Expect.INVALID,
                        join(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            case 4 -> new Mutation("UTF-32", Expect.INVALID, text.getBytes(Charset.forName("UTF-32LE")));
            case 5 -> new Mutation("a NUL byte", Expect.INVALID, insert(original, (byte) 0));
            default ->
                new Mutation(
                        "byte 0x81 (neither UTF-8 nor Windows-1252)", Expect.INVALID, insert(original, (byte) 0x81));
        };
    }

    private Mutation unclosedQuote(List<List<String>> rows) {
        if (rows.size() < 2) return null;
        String text = new String(write(rows), StandardCharsets.UTF_8);
        int line = 1 + random.nextInt(rows.size() - 1);
        int at = nthLineStart(text, line);
        if (at < 0) return null;
        String mutated = text.substring(0, at) + "\"" + text.substring(at);
        // Only when no quote follows is the file certainly broken; a later quote may close it.
        Expect expect = text.indexOf('"', at) < 0 ? Expect.INVALID : Expect.UNKNOWN;
        return new Mutation("an unclosed quote on row " + (line + 1), expect, mutated.getBytes(StandardCharsets.UTF_8));
    }

    private Mutation semicolons(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        if (text.contains("\"") || text.contains(";")) return null;
        return new Mutation(
                "separated by ;", Expect.INVALID, text.replace(',', ';').getBytes(StandardCharsets.UTF_8));
    }

    private Mutation emptied(FileRules rules, List<List<String>> rows, boolean dataset) {
        Expect expect = rules.requiredFile() ? Expect.INVALID : Expect.VALID;
        return switch (random.nextInt(3)) {
            case 0 -> new Mutation("0 bytes", expect, new byte[0]);
            case 1 -> new Mutation("header only", expect, write(List.of(rows.get(0))));
            default ->
                dataset ? new Mutation("file deleted", expect, null) : new Mutation("0 bytes", expect, new byte[0]);
        };
    }

    private Mutation random(byte[] original) {
        if (original.length == 0) return null;
        byte[] bytes = original.clone();
        if (random.nextBoolean()) {
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            return new Mutation(flips + " random bytes", Expect.UNKNOWN, bytes);
        }
        int cut = random.nextInt(bytes.length);
        byte[] cutShort = new byte[cut];
        System.arraycopy(original, 0, cutShort, 0, cut);
        return new Mutation("cut at byte " + cut, Expect.UNKNOWN, cutShort);
    }

    /** Changes the documentation allows: the file must still load. */
    private Mutation valid(List<List<String>> rows, byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        switch (random.nextInt(7)) {
            case 0:
                return new Mutation(
                        "a byte-order mark",
                        Expect.VALID,
                        join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, original));
            case 1:
                return new Mutation(
                        "CRLF", Expect.VALID, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            case 2:
                Charset windows = Charset.forName("windows-1252");
                if (!windows.newEncoder().canEncode(text)) break;
                return new Mutation("Windows-1252", Expect.VALID, text.getBytes(windows));
            case 3:
                if (rows.get(0).size() < 2) break;
                List<List<String>> swapped = copy(rows);
                for (List<String> row : swapped) {
                    while (row.size() < rows.get(0).size()) row.add("");
                    java.util.Collections.swap(row, 0, row.size() - 1);
                }
                return new Mutation("columns reordered", Expect.VALID, write(swapped));
            case 4:
                List<List<String>> upper = copy(rows);
                upper.get(0).replaceAll(c -> " " + c.toUpperCase(Locale.ROOT) + " ");
                return new Mutation("header in capitals", Expect.VALID, write(upper));
            case 5:
                List<List<String>> noted = copy(rows);
                for (int r = 0; r < noted.size(); r++) {
                    while (noted.get(r).size() < rows.get(0).size())
                        noted.get(r).add("");
                    noted.get(r).add(r == 0 ? "note" : "checked, Bolton \u2013 \u00a3");
                }
                return new Mutation("an unknown column", Expect.VALID, write(noted));
            default:
                break;
        }
        return new Mutation(
                "blank lines",
                Expect.VALID,
                (text + "\n\n" + ",".repeat(rows.get(0).size() - 1) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A value the interval does not allow, as a planner might type it. */
    private String outside(Interval bound) {
        if (bound.months()) {
            String[] months = {"2099-01", "1900-01", "1999-12", "2061-01"};
            return months[random.nextInt(months.length)];
        }
        List<String> candidates = new ArrayList<>(List.of(
                "1e308",
                "-1e308",
                "1e12",
                plain(bound.max() * 10 + 1),
                plain(bound.min() - 1),
                plain(bound.max() + 0.5)));
        if (!bound.minIncluded()) candidates.add(plain(bound.min()));
        if (bound.whole()) candidates.add(plain(Math.floor(bound.min()) + 0.5));
        candidates.removeIf(c -> bound.allows(Double.parseDouble(c)));
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private record Cell(int rowIndex, int columnIndex, Map<String, String> row, String column) {}

    /** A random data cell the test accepts, or null when there is none. */
    private Cell cell(List<List<String>> rows, java.util.function.BiPredicate<Map<String, String>, String> wanted) {
        List<Cell> cells = new ArrayList<>();
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(
                        header.get(c).strip().toLowerCase(Locale.ROOT),
                        c < rows.get(r).size() ? rows.get(r).get(c).strip() : "");
            }
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c).strip().toLowerCase(Locale.ROOT);
                if (wanted.test(row, column)) cells.add(new Cell(r, c, row, column));
            }
        }
        return cells.isEmpty() ? null : cells.get(random.nextInt(cells.size()));
    }

    private static Mutation set(List<List<String>> rows, Cell cell, String value, String what, Expect expect) {
        List<List<String>> copy = copy(rows);
        List<String> row = copy.get(cell.rowIndex());
        while (row.size() <= cell.columnIndex()) row.add("");
        row.set(cell.columnIndex(), value);
        String shown = what.length() > 60 ? what.substring(0, 60) + "..." : what;
        return new Mutation(cell.column() + " on row " + (cell.rowIndex() + 1) + ": " + shown, expect, write(copy));
    }

    private int nthLineStart(String text, int line) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
            if (at <= 0) return -1;
        }
        // The start of a random cell on that line.
        int end = text.indexOf('\n', at);
        List<Integer> starts = new ArrayList<>(List.of(at));
        for (int i = at; i < (end < 0 ? text.length() : end); i++) if (text.charAt(i) == ',') starts.add(i + 1);
        return starts.get(random.nextInt(starts.size()));
    }

    private byte[] insert(byte[] original, byte b) {
        int at = random.nextInt(original.length + 1);
        byte[] bytes = new byte[original.length + 1];
        System.arraycopy(original, 0, bytes, 0, at);
        bytes[at] = b;
        System.arraycopy(original, at, bytes, at + 1, original.length - at);
        return bytes;
    }

    private static byte[] join(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static List<List<String>> parse(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new String(bytes, StandardCharsets.UTF_8))) {
            reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    static byte[] write(List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            rows.forEach(csv::writeRecord);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        return new ArrayList<>(rows.stream()
                .map((Function<List<String>, List<String>>) ArrayList::new)
                .toList());
    }
}
