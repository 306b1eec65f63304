package org.skillmix.data.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A folder with one CSV file per table. File names match ignoring case (Windows does). */
final class FolderSource implements DatasetSource {

    private final Map<String, Path> csvFiles = new LinkedHashMap<>();

    FolderSource(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .sorted()
                    .filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .forEach(f -> csvFiles.put(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
        }
    }

    @Override
    public String fileOf(DatasetTable table) {
        Path file = csvFiles.get(table.fileName());
        return file == null ? table.fileName() : file.getFileName().toString();
    }

    @Override
    public Optional<TableInput> open(DatasetTable table) throws IOException {
        Path file = csvFiles.get(table.fileName());
        if (file == null) return Optional.empty();
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new TooLarge(file.getFileName().toString(), size);
        return Optional.of(CsvTableInput.open(() -> Files.newInputStream(file)));
    }

    /** Only other CSV files are reported: README.md or SOURCE.md beside the tables are expected. */
    @Override
    public List<String> unknownEntries() {
        List<String> unknown = new ArrayList<>();
        csvFiles.forEach((name, file) -> {
            if (DatasetTable.named(name).isEmpty())
                unknown.add(file.getFileName().toString());
        });
        return unknown;
    }

    @Override
    public String unreadable(DatasetTable table, Exception cause) {
        return "cannot be read: " + PlainWords.of(cause);
    }

    @Override
    public void close() {
        // Each table's file is opened and closed by its own TableInput.
    }
}
