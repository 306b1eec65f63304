package org.skillmix.app.web.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.data.dataset.DatasetException;
import org.springframework.http.HttpStatus;

/**
 * Uploaded files handed to a use case's readers, which read files: each is written under its own name into a
 * private temporary folder for the length of the read, then deleted. A problem names the file as uploaded.
 */
final class UploadedFiles {
    private UploadedFiles() {}

    interface Reader<T> {
        T read(Map<String, Path> files) throws DatasetException, IOException;
    }

    /**
     * @throws UploadProblems (400) with every problem as file, row, column and reason
     */
    static <T> T read(Map<String, Upload> uploads, Reader<T> reader) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("skillmix-upload");
            Map<String, Path> files = new LinkedHashMap<>();
            for (Map.Entry<String, Upload> u : uploads.entrySet()) {
                Path part = Files.createDirectory(folder.resolve(u.getKey()));
                files.put(
                        u.getKey(),
                        Files.write(
                                part.resolve(u.getValue().name()), u.getValue().content()));
            }
            return reader.read(files);
        } catch (DatasetException e) {
            String prefix = folder + "/";
            throw new UploadProblems(
                    HttpStatus.BAD_REQUEST,
                    e.errors().size() + " problem(s): nothing was stored or queued",
                    e.errors().stream()
                            .map(p -> new UploadProblems.ProblemView(
                                    withoutFolder(p.file(), prefix),
                                    p.row(),
                                    p.column(),
                                    withoutFolder(p.reason(), prefix),
                                    p.isError()))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) delete(folder);
        }
    }

    /** "surge/winter.csv" under the temporary folder reads as the uploaded name, winter.csv. */
    private static String withoutFolder(String text, String prefix) {
        if (text == null) return null;
        return text.replaceAll(java.util.regex.Pattern.quote(prefix) + "[a-z]+/", "");
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover in the temporary folder is the system's to clear; the read's answer stands.
        }
    }
}
