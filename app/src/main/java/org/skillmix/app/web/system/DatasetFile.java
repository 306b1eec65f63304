package org.skillmix.app.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetWriter;

/** One canonical CSV file of a stored dataset. */
public record DatasetFile(String name, byte[] content) {

    /** The model in canonical form: written into {@code folder} by {@link DatasetWriter}, read back by name. */
    public static List<DatasetFile> canonical(SystemModel model, Path folder) throws IOException {
        new DatasetWriter().writeFolder(model, folder);
        List<DatasetFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                files.add(new DatasetFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
