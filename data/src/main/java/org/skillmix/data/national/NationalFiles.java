package org.skillmix.data.national;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.data.national.NationalRun.IcbResult;

/**
 * Writes a national run's files, national.csv and national.html, whole or not at all: into a temporary folder
 * beside the target first, then moved into place (files of other names in the target are kept).
 */
public final class NationalFiles {
    private NationalFiles() {}

    /** The files written, in the order listed to the user. */
    public static List<Path> write(List<IcbResult> results, ProjectionSettings settings, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target);
        Path temp = Files.createTempDirectory(target, ".national-");
        try {
            try (OutputStream csv = Files.newOutputStream(temp.resolve(NationalCsv.FILE_NAME))) {
                new NationalCsv().write(results, csv);
            }
            Files.writeString(
                    temp.resolve(NationalPage.FILE_NAME),
                    new NationalPage().render(results, settings),
                    StandardCharsets.UTF_8);
            List<Path> written = List.of(target.resolve(NationalCsv.FILE_NAME), target.resolve(NationalPage.FILE_NAME));
            for (Path file : written) {
                Files.move(temp.resolve(file.getFileName()), file, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            try (var left = Files.list(temp)) {
                for (Path p : left.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(temp);
        }
    }
}
