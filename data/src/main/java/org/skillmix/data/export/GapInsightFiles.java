package org.skillmix.data.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.system.SystemModel;

/**
 * The files that explain a projection's gap beside projection.csv: base_gap.csv (why there is a gap today),
 * inequalities.csv (the gap per 10,000 residents by place and deprivation quintile) and, for a run with draws, sensitivity.csv (which assumptions drive its spread).
 */
public final class GapInsightFiles {
    private GapInsightFiles() {}

    /** Inequalities in the projection's first month and its last (one table when they are the same month). */
    public static List<Inequalities> inequalityMonths(SystemModel model, Projection projection) {
        int last = projection.months().size() - 1;
        return last == 0
                ? List.of(Inequalities.of(model, projection, 0))
                : List.of(Inequalities.of(model, projection, 0), Inequalities.of(model, projection, last));
    }

    /** The files' contents by name, base_gap.csv first. */
    public static Map<String, byte[]> contents(SystemModel model, Projection projection) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ByteArrayOutputStream gap = new ByteArrayOutputStream();
        new BaseGapCsvWriter().write(BaseGap.of(model), gap);
        files.put(BaseGapCsvWriter.FILE_NAME, gap.toByteArray());
        ByteArrayOutputStream inequalities = new ByteArrayOutputStream();
        new InequalitiesCsvWriter()
                .write(
                        inequalityMonths(model, projection),
                        projection.settings().baseline(),
                        inequalities);
        files.put(InequalitiesCsvWriter.FILE_NAME, inequalities.toByteArray());
        if (projection.spreadDrivers().isPresent()) {
            ByteArrayOutputStream sensitivity = new ByteArrayOutputStream();
            new SpreadDriversCsvWriter()
                    .write(
                            projection.spreadDrivers().get(),
                            projection.settings().baseline(),
                            sensitivity);
            files.put(SpreadDriversCsvWriter.FILE_NAME, sensitivity.toByteArray());
        }
        return files;
    }
}
