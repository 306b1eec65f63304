package org.skillmix.data.mutualaid;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.mutualaid.Distances;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.mutualaid.SupervisionRules;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.SideFile;

/**
 * A staff file and a surge file read together against a system, with the assumptions docs/mutual-aid.md
 * states for what the files do not say (donors and floors from the staff file, distances between places):
 * everything the solver needs, the same for the command line and the web application.
 *
 * @param supervision      who supervises whom when redeployed: the dataset's supervision.csv (none when absent)
 * @param weeks            the weeks the surge spans (its largest week)
 * @param fromWinterPlan   the surge file gave extra demand (its uplift form), so the shortfalls are the winter
 *                         plan's for those weeks (docs/winter.md) rather than listed in the file
 * @param baseline         the supply baseline the plan is made on: the winter plan's staff are projected on it when
 *                         the surge is extra demand; shortfalls listed in the file are taken as they are
 */
public record MutualAidInputs(
        StaffFile.Staff staff,
        List<Shortfall> shortfalls,
        List<DonorService> donors,
        Distances distances,
        SupervisionRules supervision,
        int weeks,
        boolean fromWinterPlan,
        Baseline baseline) {

    /** Distance assumed between two different places of the system (no geography in the dataset). */
    public static final double KM_BETWEEN_PLACES = 15;

    /** One file's name (as problems name it) and its bytes. */
    public record File(String name, byte[] content) {
        /** A file on disk, refused (as a problem of the file) when missing, unreadable or too large. */
        public static File of(Path path) throws DatasetException {
            return new File(path.getFileName().toString(), SideFile.bytes(path));
        }
    }

    /**
     * Reads both files whole; the problems of both are reported together. A surge of extra demand is planned
     * against the winter plan whose supply is projected on the baseline (refused, as a problem of the surge file,
     * when the dataset cannot run it).
     *
     * @throws DatasetException with every error of either file, each as file:row:column
     */
    public static MutualAidInputs read(
            File staffFile, File surgeFile, SystemModel system, LocalDate asOf, Baseline baseline)
            throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        StaffFile.Staff staff = null;
        List<Shortfall> shortfalls = null;
        try {
            staff = StaffFile.read(staffFile.name(), staffFile.content(), system, asOf);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        boolean fromWinterPlan = false;
        int weeks = 0;
        try {
            SurgeFile.Surge surge = SurgeFile.readEither(surgeFile.name(), surgeFile.content(), system, asOf);
            shortfalls = surge.shortfalls();
            weeks = SurgeFile.weeks(shortfalls);
            if (surge.upliftForm()) {
                // Extra demand: aid is planned against the winter plan's shortfalls over the weeks the surge reaches.
                fromWinterPlan = true;
                weeks = SurgeFile.upliftWeeks(surge.uplifts());
                try {
                    WinterPlan winter = new WinterPlanner(system, baseline).plan(asOf, weeks, surge.uplifts());
                    shortfalls = winter.shortfalls().stream()
                            .filter(s -> !s.getOrgCode().isEmpty())
                            .toList();
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.error(surgeFile.name(), 0, "", e.getMessage()));
                }
            }
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) throw new DatasetException(staffFile.name() + " and " + surgeFile.name(), problems);
        return new MutualAidInputs(
                staff,
                shortfalls,
                SurgeFile.donorsFromStaff(staff.willing(), system),
                distances(system),
                new SupervisionRules(system.supervision()),
                weeks,
                fromWinterPlan,
                baseline);
    }

    /** The problem to solve: everyone willing, at home, with the shortfalls each could lawfully go to. */
    public MutualAidPlan problem() {
        return MutualAidPlan.of(staff.willing(), shortfalls, donors, distances, supervision, weeks);
    }

    /** 0 km within a place, {@link #KM_BETWEEN_PLACES} between any two places of the system. */
    public static Distances distances(SystemModel system) {
        Distances.Builder km = Distances.builder();
        List<Place> places = system.places();
        for (int i = 0; i < places.size(); i++) {
            for (int j = 0; j < i; j++)
                km.km(places.get(i).code(), places.get(j).code(), KM_BETWEEN_PLACES);
        }
        return km.build();
    }
}
