package org.skillmix.data.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The small valid fixture dataset, copied to a temporary folder so a test can break one thing. */
final class TinyDataset {

    private final Path folder;

    private TinyDataset(Path folder) {
        this.folder = folder;
    }

    static Path fixture() {
        try {
            return Path.of(TinyDataset.class.getResource("/datasets/tiny").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TinyDataset copyTo(Path dir) throws IOException {
        Path folder = dir.resolve("tiny");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(fixture())) {
            for (Path file : files.toList()) Files.copy(file, folder.resolve(file.getFileName()));
        }
        return new TinyDataset(folder);
    }

    Path folder() {
        return folder;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    /** Sets one cell; row counts as a spreadsheet does (header = 1). */
    TinyDataset set(String file, int row, String column, String value) throws IOException {
        List<List<String>> rows = rows(file);
        int index = rows.get(0).indexOf(column);
        if (index < 0) throw new IllegalArgumentException(file + " has no column " + column);
        rows.get(row - 1).set(index, value);
        write(file, rows);
        return this;
    }

    TinyDataset deleteRow(String file, int row) throws IOException {
        List<List<String>> rows = rows(file);
        rows.remove(row - 1);
        write(file, rows);
        return this;
    }

    TinyDataset deleteRowsWhere(String file, String column, String value) throws IOException {
        List<List<String>> rows = rows(file);
        int index = rows.get(0).indexOf(column);
        List<List<String>> kept = new ArrayList<>(rows.subList(0, 1));
        rows.stream().skip(1).filter(r -> !r.get(index).equals(value)).forEach(kept::add);
        write(file, kept);
        return this;
    }

    TinyDataset deleteColumn(String file, String column) throws IOException {
        List<List<String>> rows = rows(file);
        int index = rows.get(0).indexOf(column);
        rows.forEach(r -> r.remove(index));
        write(file, rows);
        return this;
    }

    /** Adds a column holding value in every row. */
    TinyDataset addColumn(String file, String column, String value) throws IOException {
        List<List<String>> rows = rows(file);
        rows.get(0).add(column);
        rows.stream().skip(1).forEach(r -> r.add(value));
        write(file, rows);
        return this;
    }

    TinyDataset appendRow(String file, String... cells) throws IOException {
        List<List<String>> rows = rows(file);
        rows.add(new ArrayList<>(List.of(cells)));
        write(file, rows);
        return this;
    }

    TinyDataset copyRow(String file, int row) throws IOException {
        List<List<String>> rows = rows(file);
        rows.add(new ArrayList<>(rows.get(row - 1)));
        write(file, rows);
        return this;
    }

    TinyDataset writeText(String file, String text) throws IOException {
        Files.writeString(file(file), text);
        return this;
    }

    List<List<String>> rows(String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file(file))) {
            reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
        }
        return rows;
    }

    private void write(String file, List<List<String>> rows) {
        try (CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file(file))) {
            rows.forEach(writer::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
