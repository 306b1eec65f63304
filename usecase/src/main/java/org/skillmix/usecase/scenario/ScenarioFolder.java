package org.skillmix.usecase.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.InterventionRow;
import org.skillmix.data.dataset.InterventionsCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.Outputs;

/**
 * A dataset folder's interventions.csv, edited on disk: read, and saved only after the whole dataset with the edit
 * has been validated in a scratch copy, then written beside the file and moved over it, so a crash never leaves
 * half a file and a rejected edit leaves the file as it was.
 */
public final class ScenarioFolder {
    private final Path dataset;

    /** @throws InvalidSetting when the path is not a folder (a zip or workbook is edited in the file itself) */
    public ScenarioFolder(Path dataset) {
        if (!Files.isDirectory(dataset)) {
            throw new InvalidSetting(
                    "dataset",
                    dataset + " is not a dataset folder; scenarios in a zip or workbook are edited in the file itself");
        }
        this.dataset = dataset;
    }

    public Path file() {
        return dataset.resolve(InterventionsCsv.FILE);
    }

    /** The rows as they are (none when the dataset has no interventions.csv). */
    public List<InterventionRow> rows() throws IOException {
        Path file = file();
        return Files.exists(file) ? InterventionsCsv.read(Files.readAllBytes(file)) : List.of();
    }

    /**
     * Validates the dataset with these rows, then saves them.
     *
     * @throws DatasetException with every problem of the dataset so edited: nothing was saved
     */
    public void save(List<InterventionRow> rows) throws IOException, DatasetException {
        byte[] content = InterventionsCsv.write(rows);
        Path scratch = Files.createTempDirectory("skillmix-scenario-");
        try {
            try (Stream<Path> files = Files.list(dataset)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f))
                        Files.copy(f, scratch.resolve(f.getFileName().toString()));
                }
            }
            Files.write(scratch.resolve(InterventionsCsv.FILE), content);
            new DatasetReader().load(scratch);
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
            }
        }
        OutputFolder.at(dataset)
                .write(Outputs.of(new Output(InterventionsCsv.FILE, Output.CSV, out -> out.write(content))));
    }
}
