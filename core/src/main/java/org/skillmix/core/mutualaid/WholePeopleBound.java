package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on critical cover that knows people are lent whole: a Lagrangian relaxation by donor and week.
 *
 * <p>The critical part of any lawful plan is a choice, for each donor service d and week w, of a set T of its
 * people whose FTE fits within d's spare above its floor, each sent to one critical shortfall of that week they may
 * lawfully cover; each person away at most their agreed weeks W_p; cover of a shortfall s is c_s = min(need_s,
 * sent_s). For any prices 0 &le; &lambda;_s &le; 1 on shortfalls and &nu;_p &ge; 0 on a person's weeks away:
 * <pre>
 *   &Sigma;_s c_s = &Sigma;_s [(1 - &lambda;_s) c_s + &lambda;_s c_s]
 *            &le; &Sigma;_s (1 - &lambda;_s) need_s + &Sigma;_s &lambda;_s sent_s                (c_s &le; need_s, c_s &le; sent_s)
 *            &le; &Sigma;_s (1 - &lambda;_s) need_s + &Sigma;_p &nu;_p fte_p W_p
 *              + &Sigma;_(d,w) &Sigma;_(p in T_dw) fte_p (&lambda;_(s(p)) - &nu;_p)                 (weeks away of p &le; W_p)
 *            &le; &Sigma;_s (1 - &lambda;_s) need_s + &Sigma;_p &nu;_p fte_p W_p + &Sigma;_(d,w) K_dw(&lambda;, &nu;)
 * </pre>
 * where K_dw is the best 0/1 knapsack over d's people who may cover something in week w: value of p is fte_p
 * (max over their lawful shortfalls s that week of &lambda;_s, minus &nu;_p) when positive, weight fte_p, capacity
 * the spare. So every choice of prices gives a valid bound; the prices are only searched (subgradient steps) to make
 * it small, and the smallest found is returned. Each knapsack is solved exactly, so unlike the flow of
 * {@link MutualAidBound} it cannot lend 0.4 of a 1.0 FTE nurse beside a 0.6 FTE one from a service with 1.0 FTE
 * spare, nor split one person across shortfalls. Rules left out (supervision, non-critical cover) only make the bound
 * larger, never smaller. The bound depends on the instance alone, not on any plan.
 */
public final class WholePeopleBound {

    /**
     * The most subgradient steps, each one pass of small knapsacks (5-10 ms on the 5,000-staff instance). The search
     * stops sooner once its step has shrunk to nothing; on that instance it stops after about 2,000 steps.
     */
    static final int DEFAULT_ITERATIONS = 3_000;

    /**
     * Polyak's step aims at this share of the best bound so far, since the optimum is unknown, and the step is halved
     * after {@link #PATIENCE} steps without a smaller bound. Tuned on the 5,000-staff tight instance (docs/performance.md):
     * 0.95 and 60 ended at 1,882.2, 0.98 and 10 at 1,892.6, 0.995 and 10 at 1,895.5 FTE-weeks.
     */
    static final double TARGET = 0.95;

    static final int PATIENCE = 60;

    private final List<Shortfall> critical;
    private final List<StaffMember> people = new ArrayList<>();
    private double[] bestLambda;
    private double[] bestNu;
    private final long[] need;
    private final int[] fte;
    private final int[] weeksCap;
    private final List<DonorWeek> donorWeeks;
    private final double[] lambda;
    private final double[] nu;

    /** One donor service in one week: who may cover a critical shortfall, and the spare they must fit in. */
    private record DonorWeek(int week, int spare, int[] people, int[][] lawful) {}

    private WholePeopleBound(MutualAidPlan plan) {
        critical = plan.getShortfalls().stream().filter(Shortfall::isCritical).toList();
        need = critical.stream().mapToLong(Shortfall::neededCenti).toArray();
        Map<HomeService, DonorService> rows = new HashMap<>();
        for (DonorService d : plan.getDonors()) rows.put(d.home(), d);
        int weeks = plan.getAssignments().stream()
                .mapToInt(Assignment::getWeek)
                .max()
                .orElse(0);
        List<Integer> fteList = new ArrayList<>();
        List<Integer> weeksList = new ArrayList<>();
        // (home, week) -> people (index) and the shortfalls each may lawfully cover that week
        Map<String, List<int[]>> lawfulBy = new LinkedHashMap<>();
        Map<String, List<Integer>> peopleBy = new LinkedHashMap<>();
        Map<String, Integer> spareBy = new HashMap<>();
        Map<String, Integer> weekBy = new HashMap<>();
        for (StaffMember p : plan.getStaff()) {
            DonorService row = rows.get(p.getHome());
            // No row: the service has no floor given, so nothing limits what it lends (as the plan's candidates).
            int spare = row == null ? Integer.MAX_VALUE : row.spareCenti();
            if (row != null && !row.donorAllowed()) continue;
            if (p.getMaxWeeksAway() <= 0 || p.fteCenti() <= 0 || p.fteCenti() > spare) continue;
            Map<Integer, List<Integer>> byWeek = new HashMap<>();
            for (int s = 0; s < critical.size(); s++) {
                Shortfall sf = critical.get(s);
                if (sf.getWeek() >= 1 && sf.getWeek() <= weeks && MutualAidPlan.lawful(p, sf, plan.getDistances()))
                    byWeek.computeIfAbsent(sf.getWeek(), w -> new ArrayList<>()).add(s);
            }
            if (byWeek.isEmpty()) continue;
            int index = fteList.size();
            fteList.add(p.fteCenti());
            people.add(p);
            weeksList.add(Math.min(p.getMaxWeeksAway(), byWeek.size()));
            for (Map.Entry<Integer, List<Integer>> e : byWeek.entrySet()) {
                String key = p.getHome() + "@" + e.getKey();
                spareBy.put(key, spare);
                weekBy.put(key, e.getKey());
                peopleBy.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
                lawfulBy.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
        fte = fteList.stream().mapToInt(Integer::intValue).toArray();
        weeksCap = weeksList.stream().mapToInt(Integer::intValue).toArray();
        donorWeeks = new ArrayList<>();
        for (String key : peopleBy.keySet()) {
            donorWeeks.add(new DonorWeek(
                    weekBy.get(key),
                    spareBy.get(key),
                    peopleBy.get(key).stream().mapToInt(Integer::intValue).toArray(),
                    lawfulBy.get(key).toArray(int[][]::new)));
        }
        lambda = new double[need.length];
        nu = new double[fte.length];
    }

    /** The bound, in hundredths of an FTE of critical shortfall covered, after the default number of steps. */
    public static long criticalCentiBound(MutualAidPlan plan) {
        return criticalCentiBound(plan, DEFAULT_ITERATIONS);
    }

    /** The smallest bound found in this many subgradient steps (0 steps: the bound at the starting prices). */
    public static long criticalCentiBound(MutualAidPlan plan, int iterations) {
        WholePeopleBound b = new WholePeopleBound(plan);
        if (b.need.length == 0) return 0;
        return b.minimise(iterations);
    }

    private long minimise(int iterations) {
        // Start from every shortfall worth its full need and weeks away free: the bound is then the most the donors
        // could lend week by week, whole people, ignoring how much each shortfall needs.
        java.util.Arrays.fill(lambda, 1.0);
        double[] sent = new double[need.length];
        int[] weeksUsed = new int[fte.length];
        double best = Double.POSITIVE_INFINITY;
        double theta = 1.0;
        int sinceBetter = 0;
        for (int it = 0; it <= iterations; it++) {
            double value = evaluate(sent, weeksUsed);
            if (value < best - 1e-9) {
                best = value;
                bestLambda = lambda.clone();
                bestNu = nu.clone();
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (it == iterations || theta < 1e-4) break;
            // Subgradient of the bound: dL/d lambda_s = sent_s - need_s, dL/d nu_p = fte_p (W_p - weeks chosen).
            double norm = 0;
            for (int s = 0; s < need.length; s++) norm += sq(sent[s] - need[s]);
            for (int p = 0; p < fte.length; p++) norm += sq((double) fte[p] * (weeksCap[p] - weeksUsed[p]));
            if (norm == 0) break; // the prices are optimal: no step can lower the bound
            // Polyak's step towards a target a little below the best bound so far (the optimum is unknown).
            double step = theta * (value - TARGET * best) / norm;
            for (int s = 0; s < need.length; s++)
                lambda[s] = Math.min(1, Math.max(0, lambda[s] - step * (sent[s] - need[s])));
            for (int p = 0; p < fte.length; p++)
                nu[p] = Math.max(0, nu[p] - step * fte[p] * (weeksCap[p] - weeksUsed[p]));
        }
        // Every term is a sum of at most a few thousand products of hundredths and prices in [0, 1]; rounding in
        // doubles is far below 0.01 of a hundredth, and cover is a whole number of hundredths.
        return (long) Math.floor(best + 1e-6 * (1 + Math.abs(best)));
    }

    /** The bound at the current prices; fills what each shortfall is sent and each person's weeks away there. */
    private double evaluate(double[] sent, int[] weeksUsed) {
        java.util.Arrays.fill(sent, 0);
        java.util.Arrays.fill(weeksUsed, 0);
        double value = 0;
        for (int s = 0; s < need.length; s++) value += (1 - lambda[s]) * need[s];
        for (int p = 0; p < fte.length; p++) value += nu[p] * fte[p] * weeksCap[p];
        for (DonorWeek dw : donorWeeks) value += knapsack(dw, sent, weeksUsed);
        return value;
    }

    /** The best set of the donor-week's people within its spare, each to their best-priced shortfall. */
    private double knapsack(DonorWeek dw, double[] sent, int[] weeksUsed) {
        return knapsack(dw, sent, weeksUsed, null);
    }

    /** One person sent to one shortfall in one week by a knapsack, with what it was worth at the prices. */
    private record Pick(int person, int[] lawful, int week, double value) {}

    private double knapsack(DonorWeek dw, double[] sent, int[] weeksUsed, List<Pick> picks) {
        int n = dw.people().length;
        double[] value = new double[n];
        int[] target = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            int p = dw.people()[i];
            int bestS = -1;
            for (int s : dw.lawful()[i]) if (bestS < 0 || lambda[s] > lambda[bestS]) bestS = s;
            target[i] = bestS;
            value[i] = fte[p] * (lambda[bestS] - nu[p]);
            if (value[i] > 0) total += fte[p];
        }
        boolean[] take = new boolean[n];
        double got = 0;
        if (total <= dw.spare()) {
            // Everyone worth sending fits.
            for (int i = 0; i < n; i++) take[i] = value[i] > 0;
        } else {
            int cap = dw.spare();
            double[] bestAt = new double[cap + 1];
            boolean[][] used = new boolean[n][cap + 1];
            for (int i = 0; i < n; i++) {
                if (value[i] <= 0) continue;
                int w = fte[dw.people()[i]];
                for (int c = cap; c >= w; c--) {
                    double with = bestAt[c - w] + value[i];
                    if (with > bestAt[c]) {
                        bestAt[c] = with;
                        used[i][c] = true;
                    }
                }
            }
            int c = cap;
            for (int i = n - 1; i >= 0; i--) {
                if (used[i][c]) {
                    take[i] = true;
                    c -= fte[dw.people()[i]];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!take[i]) continue;
            int p = dw.people()[i];
            got += value[i];
            if (picks != null) picks.add(new Pick(p, dw.lawful()[i], dw.week(), value[i]));
            sent[target[i]] += fte[p];
            weeksUsed[p]++;
        }
        return got;
    }

    /**
     * A start for the search from the bound's prices (after this many subgradient steps): the people each donor-week's
     * knapsack sends at the best prices found, the most valuable first, each to the lawful shortfall of that week
     * where their FTE covers most of what is still missing at those prices, while they have weeks away left. Each
     * donor-week sends a subset of what its knapsack chose within the spare, so floors hold; every move is within the
     * person-week's candidates (lawful for the person and the shortfall); people whose role needs supervision are left
     * to {@link GreedyStart}, which checks it. Only from a plan with everyone at home (else it does nothing), since
     * the knapsacks know nothing of people already away. Returns the number of person-weeks sent.
     */
    static int pricedStart(MutualAidPlan plan, int iterations) {
        if (plan.getAssignments().stream().anyMatch(Assignment::isAway)) return 0;
        WholePeopleBound b = new WholePeopleBound(plan);
        if (b.need.length == 0) return 0;
        b.minimise(iterations);
        System.arraycopy(b.bestLambda, 0, b.lambda, 0, b.lambda.length);
        System.arraycopy(b.bestNu, 0, b.nu, 0, b.nu.length);
        List<Pick> picks = new ArrayList<>();
        double[] sent = new double[b.need.length];
        int[] weeksUsed = new int[b.fte.length];
        for (DonorWeek dw : b.donorWeeks) b.knapsack(dw, sent, weeksUsed, picks);
        picks.sort(java.util.Comparator.comparingDouble(Pick::value).reversed());
        Map<String, Assignment> slot = new HashMap<>();
        for (Assignment a : plan.getAssignments()) slot.put(a.getStaff().getId() + "@" + a.getWeek(), a);
        SupervisionRules rules = plan.getSupervision() == null ? SupervisionRules.NONE : plan.getSupervision();
        java.util.Arrays.fill(sent, 0);
        java.util.Arrays.fill(weeksUsed, 0);
        int made = 0;
        for (Pick pick : picks) {
            StaffMember p = b.people.get(pick.person());
            Assignment a = slot.get(p.getId() + "@" + pick.week());
            if (a == null || a.isAway() || rules.needsSupervision(p.getRoleCode())) continue;
            if (weeksUsed[pick.person()] >= p.getMaxWeeksAway()) continue;
            // The knapsack priced the person at their best shortfall; send them where, at those prices, their FTE
            // covers most of what is still missing (so a full shortfall passes them on to the next).
            int to = -1;
            double worth = 0;
            for (int s : pick.lawful()) {
                double w = b.lambda[s] * Math.min(p.fteCenti(), b.need[s] - sent[s]);
                if (w > worth) {
                    worth = w;
                    to = s;
                }
            }
            if (to < 0 || !a.getCandidates().contains(b.critical.get(to))) continue;
            a.setShortfall(b.critical.get(to));
            weeksUsed[pick.person()]++;
            sent[to] += p.fteCenti();
            made++;
        }
        return made;
    }

    private static double sq(double x) {
        return x * x;
    }
}
