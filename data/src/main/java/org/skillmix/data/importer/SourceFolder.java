package org.skillmix.data.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The --from folder: the published files, either laid out in one folder per source (as the project's
 * shared data collection is) or all in one flat folder. A source is found by its file-name pattern and,
 * for CSV files, confirmed by columns its header must have, so a renamed copy with the right header is
 * still found and a file with the right name but the wrong content is not taken for the source.
 */
final class SourceFolder {

    private final Path root;
    private final List<Path> files;

    private SourceFolder(Path root, List<Path> files) {
        this.root = root;
        this.files = files;
    }

    static SourceFolder open(Path root) throws ImportException {
        if (!Files.isDirectory(root)) throw ImportException.file(root.toString(), "is not a folder of published files");
        try (Stream<Path> walk = Files.walk(root, 3)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            return new SourceFolder(root, files);
        } catch (IOException e) {
            throw ImportException.file(root.toString(), "cannot be listed: " + e.getMessage());
        }
    }

    Path root() {
        return root;
    }

    /** The file's name as problems and the report show it: relative to the --from folder. */
    String display(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Every file of a source, in name order: those whose name matches the pattern (case-insensitive);
     * when none does, the CSV files whose header has every given column (a renamed copy). A file found by
     * its name is read even if its header is wrong, so a damaged file is reported, not silently passed over.
     */
    List<Path> find(String namePattern, String... headerColumns) {
        Pattern pattern = Pattern.compile(namePattern, Pattern.CASE_INSENSITIVE);
        List<Path> byName = files.stream()
                .filter(f -> pattern.matcher(f.getFileName().toString()).matches())
                .toList();
        if (!byName.isEmpty() || headerColumns.length == 0) return byName;
        List<Path> byHeader = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if ((name.endsWith(".csv") || name.endsWith(".csv.gz")) && headerHas(file, headerColumns))
                byHeader.add(file);
        }
        return byHeader;
    }

    /** The one file of a source that must be there. */
    Path require(String what, String namePattern, String... headerColumns) throws ImportException {
        List<Path> found = find(namePattern, headerColumns);
        if (found.isEmpty()) {
            throw ImportException.file(
                    root.toString(),
                    "no " + what + " found: expected a file named like "
                            + namePattern.replace("\\", "")
                            + (headerColumns.length > 0
                                    ? " whose header has " + String.join(", ", headerColumns)
                                    : ""));
        }
        return found.get(0);
    }

    /** Whether the file's first line has a cell for every column; a file that cannot be read is left to its reader. */
    private static boolean headerHas(Path file, String[] columns) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String first = reader.readLine();
            if (first == null) return false;
            // Whole cells, not substrings: "name" is not "area_name".
            java.util.Set<String> cells = new java.util.HashSet<>();
            for (String cell : first.replace("\u00ef\u00bb\u00bf", "") // a UTF-8 byte-order mark read as Latin-1
                    .toLowerCase(Locale.ROOT)
                    .replace("\"", "")
                    .split(",")) cells.add(cell.strip());
            for (String column : columns) {
                if (!cells.contains(column.toLowerCase(Locale.ROOT))) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
