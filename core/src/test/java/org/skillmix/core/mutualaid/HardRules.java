package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard rules written a second time, plainly and apart from the constraint streams, so the tests
 * check the solver's plans against something the solver did not compute.
 */
final class HardRules {

    private HardRules() {}

    /** Every breach in the plan, described; empty when the plan keeps every hard rule. */
    static List<String> breaches(MutualAidPlan plan) {
        List<String> breaches = new ArrayList<>();
        Map<HomeService, DonorService> donors = new HashMap<>();
        for (DonorService d : plan.getDonors()) donors.put(d.home(), d);
        Map<String, Integer> lent = new HashMap<>();
        Map<StaffMember, Integer> weeksAway = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            Shortfall s = a.getShortfall();
            if (s == null) continue;
            StaffMember p = a.getStaff();
            if (!p.getCapabilities().containsKey(s.getCapabilityCode())) breaches.add(a + ": capability not verified");
            else if (p.getCapabilities().get(s.getCapabilityCode()) < s.getMinLevel())
                breaches.add(a + ": level " + p.getCapabilities().get(s.getCapabilityCode()) + " < " + s.getMinLevel());
            if (!s.getOrgCode().equals(p.getHomeOrg())
                    && (p.getPassportValidUntil() == null
                            || p.getPassportValidUntil().isBefore(s.getWeekEnding()))) {
                breaches.add(a + ": no valid passport");
            }
            if (plan.getDistances().km(p.getBasePlace(), s.getPlaceCode()) > p.getMaxTravelKm())
                breaches.add(a + ": too far");
            if (s.getWeek() != a.getWeek()) breaches.add(a + ": wrong week");
            if (s.getOrgCode().equals(p.getHomeOrg()) && s.getServiceCode().equals(p.getHomeService())) {
                breaches.add(a + ": own service");
            }
            DonorService d = donors.get(p.getHome());
            if (d != null && !d.donorAllowed()) breaches.add(a + ": protected donor");
            lent.merge(p.getHomeOrg() + "/" + p.getHomeService() + "@" + a.getWeek(), p.fteCenti(), Integer::sum);
            weeksAway.merge(p, 1, Integer::sum);
        }
        weeksAway.forEach((p, n) -> {
            if (n > p.getMaxWeeksAway()) breaches.add(p + ": " + n + " weeks away > " + p.getMaxWeeksAway());
        });
        for (DonorService d : plan.getDonors()) {
            for (Map.Entry<String, Integer> e : lent.entrySet()) {
                if (e.getKey().startsWith(d.orgCode() + "/" + d.serviceCode() + "@")
                        && d.staffFte() * 100 - e.getValue() < d.minimumFte() * 100 - 1e-6) {
                    breaches.add(e.getKey() + ": below the floor");
                }
            }
        }
        breaches.addAll(supervisionBreaches(plan));
        return breaches;
    }

    /**
     * Supervision checked from the plan's "who supervises whom" links, not from the score: every redeployed
     * person of a supervised role is fully covered by links to supervisors of an allowed role who are at the
     * same service that week, and no supervisor gives more than their FTE of supervision.
     */
    static List<String> supervisionBreaches(MutualAidPlan plan) {
        List<String> breaches = new ArrayList<>();
        SupervisionRules rules = plan.getSupervision();
        if (rules == null) return breaches;
        Map<String, List<Assignment>> present = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            String where = a.isAway()
                    ? a.getShortfall().getService().toString()
                    : a.getStaff().getHome().toString();
            present.computeIfAbsent(where + "@" + a.getWeek(), k -> new ArrayList<>())
                    .add(a);
        }
        for (Map.Entry<String, List<Assignment>> e : present.entrySet()) {
            Map<StaffMember, Double> used = new HashMap<>();
            Map<StaffMember, Integer> covered = new HashMap<>();
            for (SupervisionRules.Link link : rules.allocate(e.getValue()).links()) {
                boolean there = e.getValue().stream().anyMatch(a -> a.getStaff() == link.supervisor());
                double n = rules.rows().stream()
                        .filter(r -> r.roleCode().equals(link.supervisee().getRoleCode())
                                && r.supervisorRoleCode()
                                        .equals(link.supervisor().getRoleCode()))
                        .mapToDouble(r -> r.maxSuperviseesPerFte())
                        .findFirst()
                        .orElse(0);
                if (!there || n == 0) breaches.add(e.getKey() + ": " + link + " not a lawful supervisor");
                else used.merge(link.supervisor(), link.fteCenti() / n, Double::sum);
                covered.merge(link.supervisee(), link.fteCenti(), Integer::sum);
            }
            used.forEach((s, u) -> {
                if (u > s.fteCenti() + 1) breaches.add(e.getKey() + ": " + s + " supervises beyond their FTE");
            });
            for (Assignment a : e.getValue())
                if (a.isAway()
                        && rules.needsSupervision(a.getStaff().getRoleCode())
                        && covered.getOrDefault(a.getStaff(), 0) < a.getStaff().fteCenti() - 1)
                    breaches.add(a + ": without a supervisor");
        }
        return breaches;
    }
}
