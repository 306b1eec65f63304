package org.skillmix.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A site's pathways iterate in pathway order whatever order they were given in: the discharge study ranks pathways
 * tied on utilisation in that order, and Map.copyOf's order (which differs from one JVM to the next) gave
 * `skillmix discharge` a different "most binding pathway" from one run to the next on the same files.
 */
class DischargeSiteTest {

    /** Every choice of two or three pathways, given last pathway first, each with the same utilisation. */
    static List<Map<Pathway, PathwayParameters>> choices() {
        Pathway[] all = Pathway.values();
        List<Map<Pathway, PathwayParameters>> choices = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            if (Integer.bitCount(mask) < 2) continue;
            double share = 1.0 / Integer.bitCount(mask);
            Map<Pathway, PathwayParameters> given = new LinkedHashMap<>();
            for (int i = all.length - 1; i >= 0; i--) {
                if ((mask & 1 << i) != 0) given.put(all[i], new PathwayParameters(share, 10 * share, 5 * share));
            }
            choices.add(given);
        }
        return choices;
    }

    @Test
    void pathwaysIterateInPathwayOrder() {
        for (Map<Pathway, PathwayParameters> given : choices()) {
            DischargeSite site = new DischargeSite("X", 100, 10, given, DischargeSite.flatWeek());
            List<Pathway> inOrder = given.keySet().stream().sorted().toList();
            assertThat(site.pathways().keySet()).as("given %s", given.keySet()).containsExactlyElementsOf(inOrder);
        }
    }

    @Test
    void pathwaysTiedOnUtilisationRankInPathwayOrder() {
        for (Map<Pathway, PathwayParameters> given : choices()) {
            DischargeSite site = new DischargeSite("X", 100, 10, given, DischargeSite.flatWeek());
            List<BindingLimit> ranked = BindingLimit.rank(List.of(site), Map.of("X", 4.0));
            assertThat(ranked.stream().map(BindingLimit::utilisation).distinct())
                    .hasSize(1);
            assertThat(ranked.stream().map(BindingLimit::pathway))
                    .containsExactlyElementsOf(given.keySet().stream().sorted().toList());
        }
    }
}
