package org.skillmix.core.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverChainsTest {

    /**
     * The compound moves make room as they go: applied one after another to a lawful plan where cover is
     * scarce (floors at 95%, every service short), none of them breaks a hard rule, and each sends someone to a
     * shortfall that was still short.
     */
    @Test
    void everyProposedChainKeepsThePlanLawfulAndAddsCoverWhereItWasShort() {
        MutualAidPlan plan = GeneratedSurge.generate(11, 400, 24, 4, 5, 6, 1.0, 0.95);
        GreedyStart.fill(plan);
        assertThat(HardRules.breaches(plan)).isEmpty();
        CoverChains.Index index = new CoverChains.Index(plan);
        Random random = new Random(3);
        int applied = 0;
        int withEjection = 0;
        for (int i = 0; i < 3000; i++) {
            Reassignment move = CoverChains.propose(index, random);
            if (move == null) continue;
            Assignment first =
                    (Assignment) move.getPlanningEntities().iterator().next();
            Shortfall target = (Shortfall) move.getPlanningValues().iterator().next();
            assertThat(sent(plan).getOrDefault(target, 0)).isLessThan(target.neededCenti());
            assertThat(first.getCandidates()).contains(target);
            if (move.getPlanningEntities().size() > 1) withEjection++;
            move.apply();
            applied++;
            assertThat(HardRules.breaches(plan))
                    .as("after move %d: %s", applied, move)
                    .isEmpty();
        }
        assertThat(applied).isGreaterThan(100);
        assertThat(withEjection).isGreaterThan(10);
    }

    private static Map<Shortfall, Integer> sent(MutualAidPlan plan) {
        Map<Shortfall, Integer> sent = new HashMap<>();
        for (Assignment a : plan.getAssignments())
            if (a.isAway()) sent.merge(a.getShortfall(), a.getStaff().fteCenti(), Integer::sum);
        return sent;
    }
}
