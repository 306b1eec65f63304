package org.skillmix.core.explain;

import java.time.YearMonth;
import java.util.List;

/** A capability's supply in a place and month (all sectors), as the sum of its terms. */
public record SupplyExplanation(
        YearMonth month, String capability, String place, List<SupplyTerm> terms, double totalFte) {
    public SupplyExplanation {
        terms = List.copyOf(terms);
    }
}
