package org.skillmix.app.web.result;

import java.util.List;

/**
 * One series as the API gives it: its key, the months, the mean and (where kept) P10/P50/P90.
 *
 * @param suppressed why the figures are not shown to this reader (small-number suppression: mean and quantiles
 *     are then null), or null when they are
 */
public record SeriesView(
        String measure,
        String capability,
        String role,
        String sector,
        String organisation,
        String place,
        List<String> months,
        double[] mean,
        double[] p10,
        double[] p50,
        double[] p90,
        String suppressed) {}
