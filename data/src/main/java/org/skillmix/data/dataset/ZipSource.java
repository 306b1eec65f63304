package org.skillmix.data.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip of the dataset folder. The CSV files may sit at the top of the zip or inside one folder, which
 * is what "Send to > Compressed folder" and macOS "Compress" make of a folder.
 */
final class ZipSource implements DatasetSource {

    private final String zipName;
    private final ZipFile zip;
    private final Map<String, ZipEntry> tables = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();

    /** Throws when the file is not a readable zip (truncated, corrupt, or not a zip at all). */
    ZipSource(Path file) throws IOException {
        this.zipName = file.getFileName().toString();
        this.zip = new ZipFile(file.toFile());
        List<ZipEntry> csvEntries = zip.stream()
                .map(ZipEntry.class::cast)
                .filter(e -> !e.isDirectory() && !isClutter(e.getName()))
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .toList();
        String folder = commonFolder(csvEntries);
        for (ZipEntry entry : csvEntries) {
            String name = entry.getName();
            String relative = name.startsWith(folder) ? name.substring(folder.length()) : name;
            Optional<DatasetTable> table = relative.contains("/") ? Optional.empty() : DatasetTable.named(relative);
            if (table.isPresent() && !tables.containsKey(table.get().fileName())) {
                tables.put(table.get().fileName(), entry);
            } else {
                unknown.add(name);
            }
        }
    }

    /** Folders and files macOS and Windows add to zips that are not part of the dataset. */
    private static boolean isClutter(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || last.startsWith(".") || last.equalsIgnoreCase("Thumbs.db");
    }

    /** "" when some CSV is at the top level, else the one folder (with its /) holding manifest.csv. */
    private static String commonFolder(List<ZipEntry> entries) {
        if (entries.stream().anyMatch(e -> !e.getName().contains("/"))) return "";
        return entries.stream()
                .map(ZipEntry::getName)
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith("/" + DatasetTable.MANIFEST.fileName()))
                .map(n -> n.substring(0, n.lastIndexOf('/') + 1))
                .findFirst()
                .orElseGet(() -> entries.isEmpty()
                        ? ""
                        : entries.get(0)
                                .getName()
                                .substring(0, entries.get(0).getName().lastIndexOf('/') + 1));
    }

    @Override
    public String fileOf(DatasetTable table) {
        ZipEntry entry = tables.get(table.fileName());
        return entry == null
                ? table.fileName()
                : entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
    }

    @Override
    public Optional<TableInput> open(DatasetTable table) throws IOException {
        ZipEntry entry = tables.get(table.fileName());
        if (entry == null) return Optional.empty();
        return Optional.of(CsvTableInput.open(() -> UnpackedSize.of(zip, entry)));
    }

    @Override
    public List<String> unknownEntries() {
        return List.copyOf(unknown);
    }

    @Override
    public String unreadable(DatasetTable table, Exception cause) {
        return "cannot be read from " + zipName + ": " + PlainWords.of(cause);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
