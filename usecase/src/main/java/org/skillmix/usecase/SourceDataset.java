package org.skillmix.usecase;

import java.io.IOException;
import java.nio.file.Path;
import org.skillmix.data.export.DatasetChecksum;

/**
 * The dataset a run read, as its run.json names it: the path given on the command line, or the stored
 * dataset's number and name in the web application (a server path would mean nothing to its user).
 *
 * @param label  what run.json's dataset_path says
 * @param sha256 {@link DatasetChecksum#sha256} of the dataset's bytes
 */
public record SourceDataset(String label, String sha256) {

    public static SourceDataset of(Path dataset) throws IOException {
        return new SourceDataset(dataset.toString(), DatasetChecksum.sha256(dataset));
    }
}
