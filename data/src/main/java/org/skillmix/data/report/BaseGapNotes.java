package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.skillmix.core.explain.BaseGap;

/**
 * How to read the norm part of the base-month gap, in words, for the report and the web page alike: the sectors
 * whose base demand sits on their funded posts (calibrated, no norm), those whose norms ask less than the posts
 * (floors, not posts to cut), and how far the norm part moves over the norms' ranges. Plain text; each front end
 * escapes it.
 */
public final class BaseGapNotes {
    /** A norm part this small against the establishment means demand was calibrated to the funded posts. */
    static final double CALIBRATED = 0.005;

    private BaseGapNotes() {}

    /** The notes for the sectors shown, each a sentence; none when no sector calls for one. */
    public static List<String> of(BaseGap gap, Figures figures, Function<String, String> sectorName) {
        List<String> calibrated = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<String> ranged = new ArrayList<>();
        boolean signDepends = false;
        for (BaseGap.Row row : gap.sectors()) {
            if (row.establishmentFte() <= 0) continue;
            String name = sectorName.apply(row.sector());
            BaseGap.Range range = row.normRange();
            if (range != null) {
                ranged.add(name + " " + figures.fte(row.normAboveEstablishment()) + " FTE at the norms, "
                        + figures.fte(range.low()) + " to " + figures.fte(range.high()) + " FTE over their ranges");
                signDepends |= range.low() < 0 && range.high() > 0;
            }
            double norm = row.normAboveEstablishment();
            if (Math.abs(norm) < CALIBRATED * row.establishmentFte()) calibrated.add(name);
            else if (norm < 0)
                below.add(
                        name + " " + figures.fte(norm) + " FTE (" + figures.share(norm / row.establishmentFte()) + ")");
        }
        List<String> notes = new ArrayList<>();
        if (!calibrated.isEmpty()) {
            notes.add(String.join(", ", calibrated)
                    + ": demand in the base month is within 0.5% of the funded establishment, as when demand is"
                    + " calibrated to today's posts rather than set by a published norm. There the model cannot show"
                    + " under-staffing beyond vacancies and sickness.");
        }
        if (!below.isEmpty()) {
            notes.add(String.join("; ", below)
                    + ": the demand norms ask less than the funded establishment. Read this as what the norm counts"
                    + " falling short of the work, not as posts to cut: the importer's norms (capability_hours.csv,"
                    + " source Norm:) count contact time, travel and the indirect care an appointment brings, not"
                    + " training, supervision or administration, so they are floors (docs/importers.md, item 12).");
        }
        if (!ranged.isEmpty()) {
            notes.add(String.join("; ", ranged)
                    + ": the norms are uncertain too (assumptions.csv workload_norm_factor, drawn in every Monte Carlo"
                    + " draw), so the norm part is a range"
                    + (signDepends
                            ? "; where it spans zero, whether the sector is short of its norm today depends on the norm"
                                    + " itself."
                            : "."));
        }
        return notes;
    }
}
