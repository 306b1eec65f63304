package org.skillmix.core.mutualaid;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A redeployment plan for a surge: who goes where, week by week.
 *
 * <p>The score has one hard level and three soft levels, compared in order: (0) hundredths of an FTE of
 * critical shortfall covered, (1) the same for non-critical shortfall, (2) preferences (spread moves
 * fairly, keep people near their own skills and home). Lexicographic levels, not weights, because no
 * amount of preference should cost a single hour of critical cover.
 */
@PlanningSolution
public class MutualAidPlan {

    public static final int SOFT_LEVELS = 3;

    @ProblemFactCollectionProperty
    private List<StaffMember> staff;

    @ProblemFactCollectionProperty
    private List<Shortfall> shortfalls;

    @ProblemFactCollectionProperty
    private List<DonorService> donors;

    @ProblemFactProperty
    private Distances distances;

    @ProblemFactProperty
    private SupervisionRules supervision;

    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public MutualAidPlan() {
        // for Timefold's cloning
    }

    public MutualAidPlan(
            List<StaffMember> staff,
            List<Shortfall> shortfalls,
            List<DonorService> donors,
            Distances distances,
            List<Assignment> assignments) {
        this(staff, shortfalls, donors, distances, SupervisionRules.NONE, assignments);
    }

    public MutualAidPlan(
            List<StaffMember> staff,
            List<Shortfall> shortfalls,
            List<DonorService> donors,
            Distances distances,
            SupervisionRules supervision,
            List<Assignment> assignments) {
        this.supervision = supervision;
        this.staff = staff;
        this.shortfalls = shortfalls;
        this.donors = donors;
        this.distances = distances;
        this.assignments = assignments;
    }

    /**
     * An empty plan (everyone at home) for the weeks 1..weeks. Each person's candidates are the
     * shortfalls of that week they could lawfully be sent to on their own: a verified capability at the
     * shortfall's minimum level or above, not their
     * own service, a passport valid through the week if it is another organisation, within their travel
     * limit, not from a service that may not lend, and not someone whose own FTE is more than their service's
     * spare above its floor (sending them alone would breach it). Filtering these here rather than only in the
     * constraints keeps the search to moves that can be feasible; the constraints still check them, so a
     * plan made by hand is judged the same way. Rules that depend on other people (floors) or on the
     * other weeks (weeks away) are left to the constraints.
     */
    public static MutualAidPlan of(
            List<StaffMember> staff,
            List<Shortfall> shortfalls,
            List<DonorService> donors,
            Distances distances,
            int weeks) {
        return of(staff, shortfalls, donors, distances, SupervisionRules.NONE, weeks);
    }

    /** As above, with the supervision rules redeployed staff must keep (supervision.csv). */
    public static MutualAidPlan of(
            List<StaffMember> staff,
            List<Shortfall> shortfalls,
            List<DonorService> donors,
            Distances distances,
            SupervisionRules supervision,
            int weeks) {
        Set<HomeService> cannotLend = new HashSet<>();
        Map<HomeService, Integer> spare = new HashMap<>();
        for (DonorService d : donors) {
            if (!d.donorAllowed() || d.spareCenti() <= 0) cannotLend.add(d.home());
            spare.put(d.home(), d.spareCenti());
        }
        Map<Integer, List<Shortfall>> byWeek = new HashMap<>();
        for (Shortfall s : shortfalls)
            byWeek.computeIfAbsent(s.getWeek(), w -> new ArrayList<>()).add(s);
        List<Assignment> assignments = new ArrayList<>();
        for (StaffMember p : staff) {
            for (int w = 1; w <= weeks; w++) {
                List<Shortfall> candidates = new ArrayList<>();
                if (!cannotLend.contains(p.getHome())
                        && p.getMaxWeeksAway() > 0
                        && p.fteCenti() > 0
                        && p.fteCenti() <= spare.getOrDefault(p.getHome(), Integer.MAX_VALUE)) {
                    for (Shortfall s : byWeek.getOrDefault(w, List.of())) {
                        if (lawful(p, s, distances)) candidates.add(s);
                    }
                }
                assignments.add(new Assignment(p, w, candidates));
            }
        }
        return new MutualAidPlan(staff, shortfalls, donors, distances, supervision, assignments);
    }

    /** The rules that depend on the person and the shortfall only. */
    static boolean lawful(StaffMember p, Shortfall s, Distances distances) {
        boolean crosses = !s.getOrgCode().equals(p.getHomeOrg());
        return p.levelOf(s.getCapabilityCode()) >= s.getMinLevel()
                && !s.getService().equals(p.getHome())
                && (!crosses || p.passportValidThrough(s.getWeekEnding()))
                && distances.km(p.getBasePlace(), s.getPlaceCode()) <= p.getMaxTravelKm();
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public List<Shortfall> getShortfalls() {
        return shortfalls;
    }

    public List<DonorService> getDonors() {
        return donors;
    }

    public Distances getDistances() {
        return distances;
    }

    public SupervisionRules getSupervision() {
        return supervision;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    /** Hundredths of an FTE of shortfall covered, critical or not, counted the way the score counts it. */
    public long coveredCenti(boolean critical) {
        Map<Shortfall, Integer> sent = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.isAway()) sent.merge(a.getShortfall(), a.getStaff().fteCenti(), Integer::sum);
        }
        long covered = 0;
        for (Map.Entry<Shortfall, Integer> e : sent.entrySet()) {
            if (e.getKey().isCritical() == critical)
                covered += Math.min(e.getValue(), e.getKey().neededCenti());
        }
        return covered;
    }
}
