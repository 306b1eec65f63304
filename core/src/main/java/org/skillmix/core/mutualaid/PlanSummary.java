package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a solved plan says, as the tables partners read: who goes where each week, what each donor service
 * lends each week against its floor, and how much of each shortfall is covered. Plain rows, so a plan can be
 * written, stored, read back and narrowed to one organisation without the solver's objects. FTE are in
 * hundredths, the unit the score and the bound count in.
 *
 * @param weeks the surge's weeks, 1..weeks (donor rows are given for every week, lending or not)
 */
public record PlanSummary(int weeks, List<Move> moves, List<DonorWeek> donorWeeks, List<Cover> cover) {

    public PlanSummary {
        moves = List.copyOf(moves);
        donorWeeks = List.copyOf(donorWeeks);
        cover = List.copyOf(cover);
    }

    /**
     * One person away for one week.
     *
     * @param supervisedBy the staff ids of whoever supervises them there that week, separated by ";"; empty when
     *                     their role works without supervision (supervision.csv)
     */
    public record Move(
            int week,
            String staffId,
            String fromOrg,
            String fromService,
            String toOrg,
            String toService,
            String capability,
            int fteCenti,
            String supervisedBy) {

        public Move(
                int week,
                String staffId,
                String fromOrg,
                String fromService,
                String toOrg,
                String toService,
                String capability,
                int fteCenti) {
            this(week, staffId, fromOrg, fromService, toOrg, toService, capability, fteCenti, "");
        }
    }

    /** One donor service in one week: staff it has, what it lends, the floor it keeps. */
    public record DonorWeek(int week, String org, String service, int staffCenti, int lentCenti, int floorCenti) {}

    /** One shortfall: what it needs and what the plan covers (never more than it needs). */
    public record Cover(
            int week,
            String org,
            String service,
            String capability,
            int neededCenti,
            int coveredCenti,
            boolean critical) {
        public int stillShortCenti() {
            return neededCenti - coveredCenti;
        }
    }

    /** The plan's tables, sorted: moves by week then staff id, donors and shortfalls by week, organisation, service. */
    public static PlanSummary of(MutualAidPlan plan, int weeks) {
        Map<String, String> supervisors = supervisors(plan);
        List<Move> moves = plan.getAssignments().stream()
                .filter(Assignment::isAway)
                .sorted(Comparator.comparingInt(Assignment::getWeek)
                        .thenComparing(a -> a.getStaff().getId()))
                .map(a -> {
                    StaffMember p = a.getStaff();
                    Shortfall s = a.getShortfall();
                    return new Move(
                            a.getWeek(),
                            p.getId(),
                            p.getHomeOrg(),
                            p.getHomeService(),
                            s.getOrgCode(),
                            s.getServiceCode(),
                            s.getCapabilityCode(),
                            p.fteCenti(),
                            supervisors.getOrDefault(a.getId(), ""));
                })
                .toList();

        Map<String, Integer> lent = new HashMap<>();
        Map<Shortfall, Integer> sent = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (!a.isAway()) continue;
            lent.merge(a.getWeek() + "|" + a.getStaff().getHome(), a.getStaff().fteCenti(), Integer::sum);
            sent.merge(a.getShortfall(), a.getStaff().fteCenti(), Integer::sum);
        }
        List<DonorService> donors = plan.getDonors().stream()
                .sorted(Comparator.comparing(DonorService::orgCode).thenComparing(DonorService::serviceCode))
                .toList();
        List<DonorWeek> donorWeeks = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            for (DonorService d : donors) {
                donorWeeks.add(new DonorWeek(
                        w,
                        d.orgCode(),
                        d.serviceCode(),
                        (int) Math.round(d.staffFte() * 100),
                        lent.getOrDefault(w + "|" + d.home(), 0),
                        (int) Math.round(d.minimumFte() * 100)));
            }
        }

        List<Cover> cover = plan.getShortfalls().stream()
                .sorted(Comparator.comparingInt(Shortfall::getWeek)
                        .thenComparing(Shortfall::getOrgCode)
                        .thenComparing(Shortfall::getServiceCode)
                        .thenComparing(Shortfall::getCapabilityCode))
                .map(s -> new Cover(
                        s.getWeek(),
                        s.getOrgCode(),
                        s.getServiceCode(),
                        s.getCapabilityCode(),
                        s.neededCenti(),
                        Math.min(s.neededCenti(), sent.getOrDefault(s, 0)),
                        s.isCritical()))
                .toList();
        return new PlanSummary(weeks, moves, donorWeeks, cover);
    }

    /** Assignment id → the ids of who supervises that person that week, as the score's rule shares them out. */
    private static Map<String, String> supervisors(MutualAidPlan plan) {
        SupervisionRules rules = plan.getSupervision() == null ? SupervisionRules.NONE : plan.getSupervision();
        Map<String, List<Assignment>> present = new HashMap<>();
        for (Assignment a : plan.getAssignments())
            if (rules.matters(a))
                present.computeIfAbsent(a.getWorkplace() + "@" + a.getWeek(), k -> new ArrayList<>())
                        .add(a);
        Map<String, String> by = new HashMap<>();
        for (List<Assignment> here : present.values()) {
            int week = here.get(0).getWeek();
            for (SupervisionRules.Link link : rules.allocate(here).links())
                by.merge(
                        link.supervisee().getId() + "@" + week,
                        link.supervisor().getId(),
                        (x, y) -> x + ";" + y);
        }
        return by;
    }

    /** Hundredths of an FTE-week of shortfall covered, critical or not: the sum the score counts. */
    public long coveredCenti(boolean critical) {
        return cover.stream()
                .filter(c -> c.critical() == critical)
                .mapToLong(Cover::coveredCenti)
                .sum();
    }

    /** Hundredths of an FTE-week of shortfall, critical or not. */
    public long neededCenti(boolean critical) {
        return cover.stream()
                .filter(c -> c.critical() == critical)
                .mapToLong(Cover::neededCenti)
                .sum();
    }

    public List<Move> movesIn(int week) {
        return moves.stream().filter(m -> m.week() == week).toList();
    }

    public List<Cover> coverIn(int week) {
        return cover.stream().filter(c -> c.week() == week).toList();
    }

    /**
     * The part of the plan one organisation may see: the moves of its own people, its own services' lending
     * and the shortfalls in it. The weeks stay, so an empty week still shows as one.
     */
    public PlanSummary narrowedTo(Predicate<String> organisation) {
        return new PlanSummary(
                weeks,
                moves.stream().filter(m -> organisation.test(m.fromOrg())).toList(),
                donorWeeks.stream().filter(d -> organisation.test(d.org())).toList(),
                cover.stream().filter(c -> organisation.test(c.org())).toList());
    }
}
