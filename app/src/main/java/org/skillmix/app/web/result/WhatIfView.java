package org.skillmix.app.web.result;

import java.util.List;
import java.util.Map;

/**
 * A what-if preview as the API returns it: labelled, with the levels and factors used and the system's figures by
 * projection year (months from and to, YYYY-MM). Figures are null, with the reason in hidden, when the reader's
 * small-number suppression hides the system totals.
 */
public record WhatIfView(
        String label,
        long runId,
        String scenario,
        String baseline,
        Map<String, Double> levels,
        double leaverRateFactor,
        double fillRateFactor,
        List<Year> years,
        String hidden) {

    /** FTE: means over the year's months; GBP: sums over them (pay bill and the interventions' own cost). */
    public record Year(
            int year,
            String from,
            String to,
            Double demandFte,
            Double supplyFte,
            Double gapFte,
            Double payCostGbp,
            Double programmeCostGbp,
            Double totalCostGbp) {}
}
