package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best (critical, other) cover of a small plan by trying every choice of shortfall (or none) for every
 * person-week, over all shortfalls of the week, keeping only plans {@link HardRules} finds lawful.
 */
final class ExhaustiveSearch {

    private ExhaustiveSearch() {}

    static long[] best(MutualAidPlan problem) {
        List<Assignment> slots = problem.getAssignments();
        Map<Integer, List<Shortfall>> byWeek = new HashMap<>();
        for (Shortfall s : problem.getShortfalls())
            byWeek.computeIfAbsent(s.getWeek(), w -> new ArrayList<>()).add(s);
        List<List<Shortfall>> options = new ArrayList<>();
        for (Assignment a : slots) {
            List<Shortfall> choices = new ArrayList<>();
            choices.add(null);
            // A choice that breaks a rule on its own breaks it in any plan (every rule only gets worse with more
            // people away), so dropping it here loses no lawful plan and keeps the odometer short.
            for (Shortfall s : byWeek.getOrDefault(a.getWeek(), List.of())) {
                MutualAidPlan alone = new MutualAidPlan(
                        problem.getStaff(),
                        problem.getShortfalls(),
                        problem.getDonors(),
                        problem.getDistances(),
                        List.of(Assignment.of(a.getStaff(), a.getWeek(), s)));
                if (HardRules.breaches(alone).isEmpty()) choices.add(s);
            }
            options.add(choices);
        }
        long[] best = {0, 0};
        int[] choice = new int[slots.size()];
        // Odometer over every combination: fine for the dozen person-weeks of a small instance.
        while (true) {
            List<Assignment> plan = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                plan.add(Assignment.of(
                        slots.get(i).getStaff(),
                        slots.get(i).getWeek(),
                        options.get(i).get(choice[i])));
            }
            MutualAidPlan candidate = new MutualAidPlan(
                    problem.getStaff(), problem.getShortfalls(), problem.getDonors(), problem.getDistances(), plan);
            long critical = candidate.coveredCenti(true);
            long other = candidate.coveredCenti(false);
            if ((critical > best[0] || (critical == best[0] && other > best[1]))
                    && HardRules.breaches(candidate).isEmpty()) {
                best = new long[] {critical, other};
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == options.get(i).size()) choice[i++] = 0;
            if (i == choice.length) return best;
        }
    }
}
