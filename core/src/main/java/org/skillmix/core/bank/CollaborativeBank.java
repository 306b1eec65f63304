package org.skillmix.core.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.allocation.SkillMixProblem;
import org.skillmix.core.allocation.SkillMixSolver;

/**
 * The collaborative bank (docs/bank.md): shifts posted by any organisation, filled from the system's shared
 * pool under a system-wide pay cap per role, agency the last resort.
 *
 * <p><b>With the cap.</b> A bank hour on a shift pays min(offered, cap of the shift's role) (a role without a
 * cap pays the offer); a worker is offered a shift only if they hold its role and it pays at least their
 * minimum rate. Week by week, hours flow from shifts to workers (each worker gives at most their weekly
 * hours): first the most hours covered (the least agency), among those the most critical hours, and among
 * those the least spend, spend being bank pay plus agency for the hours left. That is a least-cost maximum
 * flow with the cost on each shift's hours, (pay - agency) - M x critical, solved exactly by the skill-mix
 * allocation's network algorithm ({@link SkillMixSolver}: shifts in the place of roles, workers in the place of
 * capabilities, a worker's weekly hours the "demand").
 *
 * <p><b>Without the cap: a model of competition</b> (an assumption, stated). Workers go to the best-paying
 * organisation first. Where, in a week, the pool of a role could not cover every shift of that role (some
 * hours went to agency), organisations bid for the scarce workers up to what the hours left short would cost
 * from an agency: the role's price that week is the highest agency rate among its shifts left (partly) to
 * agency, and every organisation keeping a bank worker that week pays max(its offer, that price), but never
 * more than its own agency rate (it would rather book the agency). Where the pool had enough, no one bids
 * up: each pays its offer. The cover is the capped plan's, so the two spends compare like with like; since
 * min(offer, cap) <= offer <= min(agency, max(offer, price)), the spend without the cap is never less.
 */
public final class CollaborativeBank {

    /** Critical hours outrank any saving: larger than any rate difference the files allow. */
    static final double CRITICAL_WEIGHT = 1e7;

    private final Map<String, Double> caps;

    /** @param caps the system-wide hourly pay cap by role code; roles not listed are not capped */
    public CollaborativeBank(Map<String, Double> caps) {
        this.caps = Map.copyOf(caps);
    }

    public double cappedRate(BankShift s) {
        Double cap = caps.get(s.roleCode());
        return cap == null ? s.offeredRate() : Math.min(s.offeredRate(), cap);
    }

    public BankPlan fill(List<BankWorker> workers, List<BankShift> shifts) {
        Map<Integer, List<BankShift>> byWeek = new TreeMap<>();
        for (BankShift s : shifts)
            byWeek.computeIfAbsent(s.week(), w -> new ArrayList<>()).add(s);
        Map<BankShift, Double> bankHours = new HashMap<>();
        List<BankPlan.Fill> fills = new ArrayList<>();
        for (List<BankShift> week : byWeek.values()) fillWeek(workers, week, bankHours, fills);

        // the competition price of each week x role where the pool ran short
        Map<String, Double> price = new HashMap<>();
        for (BankShift s : shifts) {
            if (s.hours() - bankHours.getOrDefault(s, 0.0) > 1e-9)
                price.merge(s.week() + "|" + s.roleCode(), s.agencyRate(), Math::max);
        }
        List<BankPlan.Cover> covers = new ArrayList<>();
        for (BankShift s : shifts) {
            double bank = bankHours.getOrDefault(s, 0.0);
            double p = price.getOrDefault(s.week() + "|" + s.roleCode(), 0.0);
            double uncapped = Math.min(s.agencyRate(), Math.max(s.offeredRate(), p));
            covers.add(new BankPlan.Cover(s, bank, s.hours() - bank, cappedRate(s), uncapped));
        }
        return new BankPlan(fills, covers);
    }

    private void fillWeek(
            List<BankWorker> workers,
            List<BankShift> shifts,
            Map<BankShift, Double> bankHours,
            List<BankPlan.Fill> fills) {
        List<BankWorker> pool =
                workers.stream().filter(w -> w.hoursPerWeek() > 0).toList();
        double[] cost = new double[shifts.size()];
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            BankShift s = shifts.get(i);
            double pay = cappedRate(s);
            cost[i] = (pay - s.agencyRate()) - (s.critical() ? CRITICAL_WEIGHT : 0);
            for (int j = 0; j < pool.size(); j++) {
                BankWorker w = pool.get(j);
                if (w.roles().contains(s.roleCode()) && w.minRate() <= pay) arcs.add(new int[] {i, j});
            }
        }
        if (arcs.isEmpty()) return;
        double[] share = new double[arcs.size()];
        java.util.Arrays.fill(share, 1.0);
        SkillMixProblem problem = new SkillMixProblem(
                cost,
                pool.size(),
                arcs.stream().mapToInt(a -> a[0]).toArray(),
                arcs.stream().mapToInt(a -> a[1]).toArray(),
                share);
        SkillMixSolver solver = new SkillMixSolver(problem);
        solver.solve(
                shifts.stream().mapToDouble(BankShift::hours).toArray(),
                pool.stream().mapToDouble(BankWorker::hoursPerWeek).toArray());
        Map<BankShift, Double> weekHours = new LinkedHashMap<>();
        for (int a = 0; a < arcs.size(); a++) {
            double h = solver.assigned(a);
            if (h <= 1e-9) continue;
            BankShift s = shifts.get(arcs.get(a)[0]);
            fills.add(new BankPlan.Fill(s, pool.get(arcs.get(a)[1]), h));
            weekHours.merge(s, h, Double::sum);
        }
        // the flow never exceeds a shift's hours; rounding may leave it a hair above, which would make agency negative
        weekHours.forEach((s, h) -> bankHours.put(s, Math.min(h, s.hours())));
    }
}
