package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;

/**
 * A copy of the valid fixture for each test to break one thing in, and the checks that its read fails, returns
 * nothing, and names the exact file, row and column: {@link BadDatasetTest}'s and {@link InconsistentDatasetTest}'s.
 */
abstract class BadDatasetTestBase {

    final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    TinyDataset data;

    @org.junit.jupiter.api.BeforeEach
    void copyFixture() throws IOException {
        data = TinyDataset.copyTo(tmp);
    }

    Problem error(String file, int row, String column) {
        return error(file, row, column, data.folder());
    }

    /** The error at exactly file:row:column, after checking the read failed and returned nothing. */
    Problem error(String file, int row, String column, Path dataset) {
        List<Problem> errors = errors(dataset);
        return errors.stream()
                .filter(p ->
                        p.file().equals(file) && p.row() == row && p.column().equals(column))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no error at " + file + ":" + row + ":" + column + "; the errors were:\n"
                                + errors.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    List<Problem> errors() {
        return errors(data.folder());
    }

    List<Problem> errors(Path dataset) {
        SystemModel[] loaded = new SystemModel[1];
        Throwable thrown = catchThrowable(() -> loaded[0] = reader.read(dataset));
        assertThat(loaded[0]).as("a dataset with errors gives no model").isNull();
        assertThat(thrown).isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown).errors();
    }

    static void cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }
}
