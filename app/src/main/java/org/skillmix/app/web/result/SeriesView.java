package org.skillmix.app.web.result;

import java.util.List;

/** One series as the API gives it: its key, the months, the mean and (where kept) P10/P50/P90. */
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
        double[] p90) {}
