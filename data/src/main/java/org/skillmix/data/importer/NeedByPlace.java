package org.skillmix.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The need a trust's staff meet in each place: the base month's demand in FTE of each sector by place, as the engine
 * computes it from the dataset's own population (by age and sex), utilisation, deprivation and capability hours.
 * Demand is the residents', so it does not depend on catchments.csv, which is built from it (CatchmentsTable).
 *
 * <p>Why: shared by population, a trust's staff were spread evenly per head over its places, so a place whose
 * residents are older or more deprived than the trust's other places (East Lindsey in Lincolnshire: 19% of the
 * residents, 25% of the acute need) showed a shortfall of trust staff by construction, and its inequalities row
 * "lowest staffing per need" for the same reason.
 */
final class NeedByPlace {
    private NeedByPlace() {}

    /**
     * sector code -> place code -> demand FTE in the base month, from the tables built so far (catchments.csv left
     * out: staff sit in their organisation's home place, which moves no demand); null when they do not load yet (the
     * import's own read-back then reports why).
     */
    static Map<String, Map<String, Double>> of(Iterable<OutputTable> tables) throws IOException {
        Path temp = Files.createTempDirectory("skillmix-need-");
        try {
            for (OutputTable t : tables) if (!t.file().equals("catchments.csv")) t.write(temp);
            SystemModel model;
            try {
                model = new DatasetReader().read(temp);
            } catch (DatasetException e) {
                return null;
            }
            Projection first = Projector.upTo(model, 12).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
            Map<String, Map<String, Double>> need = new HashMap<>();
            for (Series s : first.series()) {
                SeriesKey k = s.key();
                if (k.measure() != Measure.DEMAND_FTE || !k.capability().equals(SeriesKey.ALL)) continue;
                if (k.sector().equals(SeriesKey.ALL) || k.place().equals(SeriesKey.ALL)) continue;
                if (!k.role().equals(SeriesKey.ALL) || !k.organisation().equals(SeriesKey.ALL)) continue;
                need.computeIfAbsent(k.sector(), x -> new HashMap<>()).put(k.place(), s.mean()[0]);
            }
            return need;
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
