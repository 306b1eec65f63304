package org.skillmix.usecase.national;

import java.util.List;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.importer.NationalIcbs;

/**
 * A national run: which ICBs (empty: every ICB of the geography) and how each is projected.
 *
 * @param icbs      ODS codes to run, in this order; empty for all
 * @param geography the 42 ICBs of 2022 or those after the April 2026 mergers
 */
public record NationalRequest(
        List<String> icbs,
        NationalIcbs.Geography geography,
        int years,
        int draws,
        long seed,
        int threads,
        Baseline baseline) {

    public NationalRequest {
        icbs = icbs == null ? List.of() : List.copyOf(icbs);
        if (geography == null) geography = NationalIcbs.Geography.ICB_2022;
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
        settings(years, draws, seed, threads, baseline); // checks the ranges
    }

    public ProjectionSettings settings() {
        return settings(years, draws, seed, threads, baseline);
    }

    private static ProjectionSettings settings(int years, int draws, long seed, int threads, Baseline baseline) {
        return new ProjectionSettings(years, draws, seed, threads, baseline);
    }
}
