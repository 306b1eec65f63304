package org.skillmix.data.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A side file (the staff, surge, bank and shifts files a plan reads beside a dataset): one CSV file read
 * whole or not at all, under the same rules as the dataset's tables, by the same {@link TableReader} and
 * {@link TextDecoder}: its encoding named when it is not UTF-8 or Windows-1252, a column named twice or a key
 * given twice refused, broken CSV named by row and column, every number held to its column's {@link Bound}.
 * Side files are small (a row per person or shift), so they are read from memory.
 */
public final class SideFile {

    /** Largest side file read: a staff file of every NHS employee in England would be smaller. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Rows a side file may have. */
    public static final int MAX_ROWS = 1_000_000;

    private SideFile() {}

    /** The bytes of a side file on disk, refused when it is missing, unreadable or too large. */
    public static byte[] bytes(Path file) throws DatasetException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(
                        name,
                        "is " + DatasetSource.megabytes(size) + "; a side file may be up to "
                                + DatasetSource.megabytes(MAX_BYTES) + " (is this the right file?)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + PlainWords.of(e));
        }
    }

    /**
     * Reads every row through the parser, which returns the row's value or null when a cell was wrong (the
     * problem logged on the row).
     *
     * @param key the columns that identify a row: two rows with the same are refused
     * @throws DatasetException with every problem of the file when any is an error
     */
    public static <T> List<T> read(
            String name, byte[] content, TableSpec spec, List<String> key, Function<DataRow, T> parse)
            throws DatasetException {
        ProblemLog log = new ProblemLog();
        List<T> values = new ArrayList<>();
        TableReader.Result result;
        try (TableInput input = CsvTableInput.open(() -> new ByteArrayInputStream(content))) {
            result = new TableReader(name, spec, key, MAX_ROWS, log)
                    .read(
                            input,
                            (row, unique) -> {
                                T value = parse.apply(row);
                                if (value != null && unique && row.ok()) values.add(value);
                            },
                            e -> "cannot be read: " + PlainWords.of(e));
        } catch (InputRefused e) {
            throw refused(name, e.getMessage());
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + PlainWords.of(e));
        }
        if (result.outcome() == TableReader.Outcome.EMPTY) {
            log.error(name, 0, "", "is empty: it needs a header row (" + requiredColumns(spec) + ") and rows");
        } else if (result.outcome() == TableReader.Outcome.READ && result.dataRows() == 0) {
            log.error(name, 0, "", "has a header but no rows; a plan needs at least one");
        }
        if (log.hasErrors()) throw new DatasetException(name, log.all());
        return values;
    }

    /** The header's column names, lower case ([] for an empty file): to tell a file's form apart. */
    public static List<String> header(String name, byte[] content) throws DatasetException {
        try (TableInput input = CsvTableInput.open(() -> new ByteArrayInputStream(content))) {
            RawRow header = input.next();
            if (header == null) return List.of();
            return header.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        } catch (CsvSyntaxError e) {
            // The full read says where; the form is told by the columns the header does have.
            return List.of();
        } catch (InputRefused e) {
            throw refused(name, e.getMessage());
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + PlainWords.of(e));
        }
    }

    /** A problem with the whole file. */
    public static DatasetException refused(String name, String reason) {
        return new DatasetException(name, List.of(Problem.error(name, 0, "", reason)));
    }

    private static String requiredColumns(TableSpec spec) {
        return String.join(
                ",",
                spec.columns().stream()
                        .filter(Column::required)
                        .map(Column::name)
                        .toList());
    }
}
