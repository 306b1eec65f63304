package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quick lawful first plan for the local search to improve: critical shortfalls first, the scarcest
 * first, each filled by the people with the fewest other places to go. Timefold's own construction
 * heuristic tries every candidate of every person-week in turn, which on 60,000 person-weeks used most
 * of a minute; this takes well under a second.
 */
final class GreedyStart {

    private GreedyStart() {}

    static void fill(MutualAidPlan plan) {
        Map<Shortfall, List<Assignment>> who = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            for (Shortfall s : a.getCandidates())
                who.computeIfAbsent(s, x -> new ArrayList<>()).add(a);
        }
        Map<HomeService, Integer> spare = new HashMap<>();
        for (DonorService d : plan.getDonors()) spare.put(d.home(), d.spareCenti());
        Map<String, Integer> lent = new HashMap<>();
        Map<StaffMember, Integer> weeksAway = new HashMap<>();
        SupervisionRules rules = plan.getSupervision() == null ? SupervisionRules.NONE : plan.getSupervision();
        Map<String, List<Assignment>> present = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (rules.matters(a))
                present.computeIfAbsent(place(a), k -> new ArrayList<>()).add(a);
            if (a.isAway()) {
                lent.merge(key(a), a.getStaff().fteCenti(), Integer::sum);
                weeksAway.merge(a.getStaff(), 1, Integer::sum);
            }
        }
        for (boolean critical : new boolean[] {true, false}) {
            List<Shortfall> order = plan.getShortfalls().stream()
                    .filter(s -> s.isCritical() == critical)
                    .sorted(Comparator.comparingDouble(
                            s -> offered(who.getOrDefault(s, List.of())) / Math.max(1, s.neededCenti())))
                    .toList();
            for (Shortfall s : order) {
                int missing = s.neededCenti();
                for (Assignment a : who.getOrDefault(s, List.of()))
                    if (a.getShortfall() == s) missing -= a.getStaff().fteCenti();
                List<Assignment> people = new ArrayList<>(who.getOrDefault(s, List.of()));
                people.sort(Comparator.comparingInt(
                                (Assignment a) -> a.getCandidates().size())
                        .thenComparing(a -> -a.getStaff().fteCenti()));
                // Two passes: first only people who fit in what is still missing, so nobody's FTE is spent on
                // more than the shortfall needs while others are short; then whoever can close the rest.
                for (int pass = 0; pass < 2; pass++)
                    for (Assignment a : people) {
                        if (missing <= 0) break;
                        StaffMember p = a.getStaff();
                        int fte = p.fteCenti();
                        if (pass == 0 && fte > missing) continue;
                        if (a.isAway() || weeksAway.getOrDefault(p, 0) >= p.getMaxWeeksAway()) continue;
                        Integer limit = spare.get(p.getHome());
                        if (limit != null && lent.getOrDefault(key(a), 0) + fte > limit) continue;
                        if (!supervised(a, s, rules, present)) continue;
                        List<Assignment> wasHere = present.get(place(a));
                        if (wasHere != null) wasHere.remove(a);
                        a.setShortfall(s);
                        if (rules.matters(a))
                            present.computeIfAbsent(place(a), k -> new ArrayList<>())
                                    .add(a);
                        lent.merge(key(a), fte, Integer::sum);
                        weeksAway.merge(p, 1, Integer::sum);
                        missing -= fte;
                    }
            }
        }
    }

    /** Whether a person of a supervised role sent to s would find a supervision place there (others always do). */
    private static boolean supervised(
            Assignment a, Shortfall s, SupervisionRules rules, Map<String, List<Assignment>> present) {
        if (!rules.needsSupervision(a.getStaff().getRoleCode())) return true;
        List<Assignment> there = new ArrayList<>(present.getOrDefault(s.getService() + "@" + a.getWeek(), List.of()));
        there.add(Assignment.of(a.getStaff(), a.getWeek(), s));
        return rules.allocate(there).unsupervisedCenti() == 0;
    }

    private static String place(Assignment a) {
        return a.getWorkplace() + "@" + a.getWeek();
    }

    private static double offered(List<Assignment> people) {
        return people.stream().mapToInt(a -> a.getStaff().fteCenti()).sum();
    }

    private static String key(Assignment a) {
        return a.getStaff().getHomeOrg() + '/' + a.getStaff().getHomeService() + '@' + a.getWeek();
    }
}
