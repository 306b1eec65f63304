package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DischargeSummaryTest {

    /**
     * The trusts' daily ready-to-leave patients are summed over every code the ICB's trusts hold: North Middlesex
     * (RAP) with the Royal Free, and a trust formed by a merger (North London, G6V2S) under its own code as well as
     * its predecessors'. North Central London's trusts then add up to the ICB's own figure (547.7 a day), as they did
     * not without RAP (463).
     */
    @Test
    void theTrustsMeanCountsEveryCodeTheyHold() {
        TrustLineage lineage = new TrustLineage(
                Map.of("RAL", List.of("RAL", "RAP"), "G6V2S", List.of("RRP", "TAF")),
                Map.of("RAP", "RAL", "RRP", "G6V2S", "TAF", "G6V2S"),
                Map.of());

        assertThat(DischargeSummary.withPredecessors(Set.of("RAL", "G6V2S", "RKE"), lineage))
                .containsExactly("G6V2S", "RAL", "RAP", "RKE", "RRP", "TAF");
    }
}
