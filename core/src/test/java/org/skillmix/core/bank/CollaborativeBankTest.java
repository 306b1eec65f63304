package org.skillmix.core.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollaborativeBankTest {

    /**
     * Hand-worked: three organisations, four registered nurses in the pool, a cap of GBP 30 an hour.
     * Week 1: A posts 10 critical hours offering 35 (paid 30 under the cap; agency 60), B 10 hours at 28
     * (agency 50), C 10 hours at 25 (agency 45). w1 (A, 8 h, min 20) can take all three; w2 (B, 6 h, min 26)
     * A's and B's; w3 (C, 6 h, min 29) only A's; w4 (A, 4 h, min 31) none, the cap being below their minimum.
     * The pool has 20 usable hours, so at best 20 of the 30 are covered. A's critical 10 come first; of the
     * other 10, B's save 50 - 28 = 22 an hour and C's 45 - 25 = 20, so B is covered and C goes to agency.
     * Capped spend: 10 x 30 + 10 x 28 + 10 x 45 = 1030, 10 agency hours.
     * Without the cap: nurses ran short in week 1, C was left to agency at 45, so A and B bid up to 45:
     * A pays min(60, max(35, 45)) = 45, B min(50, max(28, 45)) = 45: 450 + 450 + 450 = 1350.
     * Week 2: B posts 5 hours at 32 (agency 50): paid 30 under the cap, the pool has plenty, no bidding: 32 without.
     */
    @Test
    void threeOrganisationsFourWorkersHandWorked() {
        List<BankWorker> pool = List.of(
                new BankWorker("w1", "A", Set.of("RN"), 8, 20), new BankWorker("w2", "B", Set.of("RN"), 6, 26),
                new BankWorker("w3", "C", Set.of("RN"), 6, 29), new BankWorker("w4", "A", Set.of("RN"), 4, 31));
        BankShift a1 = new BankShift("A1", "A", 1, "RN", 10, true, 35, 60);
        BankShift b1 = new BankShift("B1", "B", 1, "RN", 10, false, 28, 50);
        BankShift c1 = new BankShift("C1", "C", 1, "RN", 10, false, 25, 45);
        BankShift b2 = new BankShift("B2", "B", 2, "RN", 5, false, 32, 50);
        BankPlan plan = new CollaborativeBank(Map.of("RN", 30.0)).fill(pool, List.of(a1, b1, c1, b2));

        assertThat(plan.covers()).extracting(BankPlan.Cover::bankHours).containsExactly(10.0, 10.0, 0.0, 5.0);
        assertThat(plan.covers()).extracting(BankPlan.Cover::cappedRate).containsExactly(30.0, 28.0, 25.0, 30.0);
        assertThat(plan.covers()).extracting(BankPlan.Cover::uncappedRate).containsExactly(45.0, 45.0, 45.0, 32.0);
        assertThat(plan.agencyHours()).isEqualTo(10.0);
        assertThat(plan.spendCapped()).isCloseTo(1030 + 150, within(1e-9));
        assertThat(plan.spendUncapped()).isCloseTo(1350 + 160, within(1e-9));
        assertThat(plan.fills()).noneMatch(f -> f.worker().id().equals("w4"));
        assertThat(plan.fills())
                .filteredOn(f -> f.worker().id().equals("w3") && f.shift().week() == 1)
                .allMatch(f -> f.shift() == a1);
        assertThat(plan.fills().stream()
                        .filter(f -> f.shift().week() == 1)
                        .mapToDouble(BankPlan.Fill::hours)
                        .sum())
                .isCloseTo(20, within(1e-9));
    }

    /** Without any cap both regimes pay the offer where the pool suffices. */
    @Test
    void noScarcityNoCapSameSpend() {
        List<BankWorker> pool = List.of(new BankWorker("w1", "A", Set.of("HCSW", "RN"), 40, 15));
        BankShift s = new BankShift("S", "B", 1, "HCSW", 12, false, 18, 30);
        BankPlan plan = new CollaborativeBank(Map.of()).fill(pool, List.of(s));
        assertThat(plan.agencyHours()).isZero();
        assertThat(plan.spendCapped()).isEqualTo(12 * 18.0);
        assertThat(plan.spendUncapped()).isEqualTo(12 * 18.0);
    }

    /**
     * Generated instances: every hour of every shift is covered by bank or agency exactly once; no worker works
     * more than their hours in a week, nor a shift outside their roles or below their minimum; the bank covers
     * as many hours, and as many critical hours, as a plain maximum flow says any plan could; and the spend
     * without the cap is never less than with it.
     */
    @Test
    void generatedInstancesKeepEveryRuleAndCoverTheMost() {
        List<String> roles = List.of("RN", "HCSW", "AHP");
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            List<BankWorker> pool = new ArrayList<>();
            for (int i = 0; i < 3 + random.nextInt(10); i++) {
                Set<String> held = random.nextBoolean()
                        ? Set.of(roles.get(random.nextInt(3)))
                        : Set.of(roles.get(0), roles.get(1 + random.nextInt(2)));
                pool.add(new BankWorker(
                        "w" + i, "O" + random.nextInt(3), held, random.nextInt(5) * 6, 14 + random.nextInt(20)));
            }
            List<BankShift> shifts = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(12); i++) {
                double offer = 15 + random.nextInt(25);
                shifts.add(new BankShift(
                        "s" + i,
                        "O" + random.nextInt(3),
                        1 + random.nextInt(3),
                        roles.get(random.nextInt(3)),
                        4 + random.nextInt(5) * 4,
                        random.nextInt(4) == 0,
                        offer,
                        offer + 5 + random.nextInt(40)));
            }
            Map<String, Double> caps = Map.of("RN", 25.0 + random.nextInt(10), "HCSW", 18.0 + random.nextInt(8));
            CollaborativeBank bank = new CollaborativeBank(caps);
            BankPlan plan = bank.fill(pool, shifts);

            Map<String, Double> workerWeek = new HashMap<>();
            Map<BankShift, Double> onShift = new HashMap<>();
            for (BankPlan.Fill f : plan.fills()) {
                assertThat(f.worker().roles()).contains(f.shift().roleCode());
                assertThat(f.worker().minRate()).isLessThanOrEqualTo(bank.cappedRate(f.shift()));
                workerWeek.merge(f.worker().id() + "|" + f.shift().week(), f.hours(), Double::sum);
                onShift.merge(f.shift(), f.hours(), Double::sum);
            }
            for (BankWorker w : pool) {
                for (int week = 1; week <= 3; week++) {
                    assertThat(workerWeek.getOrDefault(w.id() + "|" + week, 0.0))
                            .isLessThanOrEqualTo(w.hoursPerWeek() + 1e-9);
                }
            }
            for (BankPlan.Cover c : plan.covers()) {
                assertThat(c.bankHours() + c.agencyHours()).isCloseTo(c.shift().hours(), within(1e-9));
                assertThat(c.agencyHours()).isGreaterThanOrEqualTo(0);
                assertThat(c.bankHours()).isCloseTo(onShift.getOrDefault(c.shift(), 0.0), within(1e-9));
                assertThat(c.uncappedRate()).isGreaterThanOrEqualTo(c.cappedRate());
            }
            for (int week = 1; week <= 3; week++) {
                int wk = week;
                List<BankShift> of = shifts.stream().filter(s -> s.week() == wk).toList();
                double bankAll = plan.covers().stream()
                        .filter(c -> c.shift().week() == wk)
                        .mapToDouble(BankPlan.Cover::bankHours)
                        .sum();
                double bankCritical = plan.covers().stream()
                        .filter(c -> c.shift().week() == wk && c.shift().critical())
                        .mapToDouble(BankPlan.Cover::bankHours)
                        .sum();
                assertThat(bankAll)
                        .as("seed %d week %d cover", seed, week)
                        .isCloseTo(maxFlow(bank, pool, of), within(1e-6));
                assertThat(bankCritical)
                        .as("seed %d week %d critical cover", seed, week)
                        .isCloseTo(
                                maxFlow(
                                        bank,
                                        pool,
                                        of.stream().filter(BankShift::critical).toList()),
                                within(1e-6));
            }
            assertThat(plan.spendUncapped()).isGreaterThanOrEqualTo(plan.spendCapped() - 1e-9);
        }
    }

    /** A plain Edmonds-Karp maximum flow source -> shifts -> eligible workers -> sink, on a dense matrix. */
    private static double maxFlow(CollaborativeBank bank, List<BankWorker> pool, List<BankShift> shifts) {
        int n = shifts.size() + pool.size() + 2, source = n - 2, sink = n - 1;
        double[][] cap = new double[n][n];
        for (int i = 0; i < shifts.size(); i++) {
            cap[source][i] = shifts.get(i).hours();
            for (int j = 0; j < pool.size(); j++) {
                BankWorker w = pool.get(j);
                if (w.roles().contains(shifts.get(i).roleCode()) && w.minRate() <= bank.cappedRate(shifts.get(i))) {
                    cap[i][shifts.size() + j] = Double.MAX_VALUE;
                }
            }
        }
        for (int j = 0; j < pool.size(); j++)
            cap[shifts.size() + j][sink] = pool.get(j).hoursPerWeek();
        double flow = 0;
        while (true) {
            int[] parent = new int[n];
            java.util.Arrays.fill(parent, -1);
            parent[source] = source;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(source));
            while (!queue.isEmpty() && parent[sink] < 0) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && cap[u][v] > 1e-12) {
                        parent[v] = u;
                        queue.add(v);
                    }
                }
            }
            if (parent[sink] < 0) return flow;
            double delta = Double.MAX_VALUE;
            for (int v = sink; v != source; v = parent[v]) delta = Math.min(delta, cap[parent[v]][v]);
            for (int v = sink; v != source; v = parent[v]) {
                cap[parent[v]][v] -= delta;
                cap[v][parent[v]] += delta;
            }
            flow += delta;
        }
    }
}
