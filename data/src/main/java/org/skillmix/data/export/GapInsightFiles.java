package org.skillmix.data.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.system.SystemModel;

/**
 * The files that explain a projection's gap beside projection.csv: base_gap.csv (why there is a gap today)
 * and, for a run with draws, sensitivity.csv (which assumptions drive its spread).
 */
public final class GapInsightFiles {
    private GapInsightFiles() {}

    /** Writes the files into folder and returns them, base_gap.csv first. */
    public static List<Path> write(SystemModel model, Projection projection, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        Path baseGap = folder.resolve(BaseGapCsvWriter.FILE_NAME);
        new BaseGapCsvWriter().write(BaseGap.of(model), baseGap);
        written.add(baseGap);
        if (projection.spreadDrivers().isPresent()) {
            Path sensitivity = folder.resolve(SpreadDriversCsvWriter.FILE_NAME);
            new SpreadDriversCsvWriter()
                    .write(
                            projection.spreadDrivers().get(),
                            projection.settings().baseline(),
                            sensitivity);
            written.add(sensitivity);
        }
        return written;
    }
}
