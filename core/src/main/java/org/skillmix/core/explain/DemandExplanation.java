package org.skillmix.core.explain;

import java.time.YearMonth;
import java.util.List;

/** A capability's demand in a place and month (all sectors), as the sum of its terms. */
public record DemandExplanation(
        YearMonth month, String capability, String place, List<DemandTerm> terms, double totalFte) {
    public DemandExplanation {
        terms = List.copyOf(terms);
    }
}
