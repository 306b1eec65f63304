package org.skillmix.core.mutualaid;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An upper bound on the critical demand any plan can cover: a linear programme over FTE flows from each
 * donor service into (capability, week) pools and on to the critical shortfalls in them, which forgets who
 * exactly is sent. Every constraint below is implied by the staff-level rules, so every lawful plan is a
 * feasible point and its cover can never exceed the bound:
 * <ul>
 *   <li>flow(d, s) &le; FTE of d's people who may lawfully be sent to s (capability, passport, travel);</li>
 *   <li>for each donor and (capability, week) pool: flow &le; FTE of d's people who may go to some
 *       shortfall of the pool;</li>
 *   <li>for each donor and week: flow &le; the largest sum of FTE of whole people who may go somewhere that
 *       week that fits within its spare FTE above the floor (one person, one place a week);</li>
 *   <li>for each donor: flow over the surge &le; &Sigma; FTE &times; the fewer of the weeks each person agreed to
 *       be away and the weeks with a critical shortfall they may lawfully cover;</li>
 *   <li>for each shortfall: cover &le; what it needs.</li>
 * </ul>
 * Counted in hundredths of an FTE, as the score counts. Non-critical shortfalls are left out: they can
 * only use up people, and the solver puts critical cover first.
 *
 * <p>The constraints nest (donor &sup; donor-week &sup; donor-pool &sup; donor-shortfall), so the LP is a
 * maximum flow through a tree of capacities and a max-flow algorithm solves it exactly, in milliseconds
 * where a general simplex took minutes on the 5,000-staff instance. {@link #criticalCentiBoundLp} states
 * the same programme to ojAlgo; the tests check both give the same value.
 */
public final class MutualAidBound {

    private MutualAidBound() {}

    /** The bound, in hundredths of an FTE of critical shortfall covered (solved as a maximum flow). */
    public static long criticalCentiBound(MutualAidPlan plan) {
        Network net = network(plan);
        FlowGraph graph = new FlowGraph();
        int source = graph.node();
        int sink = graph.node();
        Map<Shortfall, Integer> shortfallNode = new HashMap<>();
        for (Shortfall s : net.critical) {
            int node = graph.node();
            shortfallNode.put(s, node);
            graph.edge(node, sink, s.neededCenti());
        }
        for (Donor d : net.donors) {
            int donorNode = graph.node();
            graph.edge(source, donorNode, d.weeksCap);
            Map<Integer, Integer> weekNode = new HashMap<>();
            Map<String, Integer> poolNode = new HashMap<>();
            for (Arc a : d.arcs) {
                int w = weekNode.computeIfAbsent(a.shortfall.getWeek(), week -> {
                    int node = graph.node();
                    graph.edge(donorNode, node, d.weekCap.get(week));
                    return node;
                });
                String poolKey = pool(a.shortfall);
                int p = poolNode.computeIfAbsent(poolKey, key -> {
                    int node = graph.node();
                    graph.edge(w, node, d.poolCap.get(key));
                    return node;
                });
                graph.edge(p, shortfallNode.get(a.shortfall), a.lawfulCenti);
            }
        }
        return graph.maxFlow(source, sink);
    }

    /** The same programme solved by ojAlgo's simplex: for checking the flow on small instances. */
    public static double criticalCentiBoundLp(MutualAidPlan plan) {
        Network net = network(plan);
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<Shortfall, Expression> cover = new LinkedHashMap<>();
        for (Shortfall s : net.critical) {
            cover.put(s, model.addExpression("cover_" + s.getId()).upper(BigDecimal.valueOf(s.neededCenti())));
        }
        int v = 0;
        for (Donor d : net.donors) {
            Expression total = model.addExpression("away_" + v).upper(BigDecimal.valueOf(d.weeksCap));
            Map<Integer, Expression> byWeek = new HashMap<>();
            Map<String, Expression> byPool = new HashMap<>();
            for (Arc a : d.arcs) {
                Variable x = model.addVariable("x_" + (v++))
                        .lower(0)
                        .upper(BigDecimal.valueOf(a.lawfulCenti))
                        .weight(1);
                cover.get(a.shortfall).set(x, 1);
                total.set(x, 1);
                byWeek.computeIfAbsent(
                                a.shortfall.getWeek(),
                                w -> model.addExpression("week_" + model.countExpressions())
                                        .upper(BigDecimal.valueOf(d.weekCap.get(w))))
                        .set(x, 1);
                byPool.computeIfAbsent(
                                pool(a.shortfall),
                                k -> model.addExpression("pool_" + model.countExpressions())
                                        .upper(BigDecimal.valueOf(d.poolCap.get(k))))
                        .set(x, 1);
            }
        }
        if (v == 0) return 0;
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible())
            throw new IllegalStateException("mutual aid bound LP: " + result.getState());
        return result.getValue();
    }

    private static String pool(Shortfall s) {
        return s.getWeek() + "|" + s.getCapabilityCode();
    }

    private record Arc(Shortfall shortfall, long lawfulCenti) {}

    private record Donor(long weeksCap, Map<Integer, Long> weekCap, Map<String, Long> poolCap, List<Arc> arcs) {}

    private record Network(List<Shortfall> critical, List<Donor> donors) {}

    /** The capacities of the programme, shared by the flow and the LP so they cannot drift apart. */
    private static Network network(MutualAidPlan plan) {
        List<Shortfall> critical =
                plan.getShortfalls().stream().filter(Shortfall::isCritical).toList();
        Map<HomeService, DonorService> donorRows = new HashMap<>();
        for (DonorService d : plan.getDonors()) donorRows.put(d.home(), d);
        Map<HomeService, List<StaffMember>> byHome = new LinkedHashMap<>();
        for (StaffMember p : plan.getStaff())
            byHome.computeIfAbsent(p.getHome(), h -> new ArrayList<>()).add(p);
        int weeks = plan.getAssignments().stream()
                .mapToInt(Assignment::getWeek)
                .max()
                .orElse(0);

        List<Donor> donors = new ArrayList<>();
        for (Map.Entry<HomeService, List<StaffMember>> group : byHome.entrySet()) {
            DonorService row = donorRows.get(group.getKey());
            if (row != null && (!row.donorAllowed() || row.spareCenti() <= 0)) continue;
            List<StaffMember> people = group.getValue().stream()
                    .filter(p -> p.getMaxWeeksAway() > 0 && p.fteCenti() > 0)
                    .toList();
            long weeksCap = 0;
            List<Arc> arcs = new ArrayList<>();
            Map<Integer, Long> weekCap = new HashMap<>();
            Map<Integer, List<StaffMember>> weekPeople = new HashMap<>();
            Map<String, Long> poolCap = new HashMap<>();
            for (StaffMember p : people) {
                Map<Integer, Boolean> anyInWeek = new HashMap<>();
                Map<String, Boolean> anyInPool = new HashMap<>();
                for (Shortfall s : critical) {
                    if (MutualAidPlan.lawful(p, s, plan.getDistances())) {
                        anyInWeek.put(s.getWeek(), true);
                        anyInPool.put(pool(s), true);
                    }
                }
                // Away in a week with no critical shortfall they may cover adds no critical cover: at most
                // min(agreed weeks away, weeks with one) of a person's weeks count.
                weeksCap += (long) p.fteCenti() * Math.min(Math.min(p.getMaxWeeksAway(), weeks), anyInWeek.size());
                anyInWeek.keySet().forEach(w -> {
                    weekCap.merge(w, (long) p.fteCenti(), Long::sum);
                    weekPeople.computeIfAbsent(w, x -> new ArrayList<>()).add(p);
                });
                anyInPool.keySet().forEach(k -> poolCap.merge(k, (long) p.fteCenti(), Long::sum));
            }
            // People are lent whole: the most a donor can lend in a week is the largest sum of its people's FTE
            // that stays within the spare above the floor (0.9 FTE spare and full-timers lend nothing).
            if (row != null) weekCap.replaceAll((w, fte) -> largestSumWithin(weekPeople.get(w), row.spareCenti()));
            for (Shortfall s : critical) {
                long lawful = 0;
                for (StaffMember p : people)
                    if (MutualAidPlan.lawful(p, s, plan.getDistances())) lawful += p.fteCenti();
                if (lawful > 0) arcs.add(new Arc(s, lawful));
            }
            if (!arcs.isEmpty()) donors.add(new Donor(weeksCap, weekCap, poolCap, arcs));
        }
        return new Network(critical, donors);
    }

    /** Subset sum: the largest total FTE (hundredths) of some of these people not above the limit. */
    static long largestSumWithin(List<StaffMember> people, int limit) {
        boolean[] reachable = new boolean[limit + 1];
        reachable[0] = true;
        for (StaffMember p : people) {
            int fte = p.fteCenti();
            for (int total = limit; total >= fte; total--) reachable[total] |= reachable[total - fte];
        }
        int best = limit;
        while (!reachable[best]) best--;
        return best;
    }

    /** Dinic's maximum flow on long capacities. */
    private static final class FlowGraph {
        private int nodes;
        private int[] head = new int[16];
        private int edges;
        private int[] to = new int[16];
        private int[] next = new int[16];
        private long[] cap = new long[16];

        int node() {
            if (nodes == head.length) head = Arrays.copyOf(head, nodes * 2);
            head[nodes] = -1;
            return nodes++;
        }

        void edge(int from, int toNode, long capacity) {
            add(from, toNode, capacity);
            add(toNode, from, 0);
        }

        private void add(int from, int toNode, long capacity) {
            if (edges == to.length) {
                to = Arrays.copyOf(to, edges * 2);
                next = Arrays.copyOf(next, edges * 2);
                cap = Arrays.copyOf(cap, edges * 2);
            }
            to[edges] = toNode;
            cap[edges] = capacity;
            next[edges] = head[from];
            head[from] = edges++;
        }

        long maxFlow(int source, int sink) {
            long flow = 0;
            int[] level = new int[nodes];
            int[] current = new int[nodes];
            while (true) {
                Arrays.fill(level, -1);
                level[source] = 0;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(source);
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    for (int e = head[u]; e >= 0; e = next[e]) {
                        if (cap[e] > 0 && level[to[e]] < 0) {
                            level[to[e]] = level[u] + 1;
                            queue.add(to[e]);
                        }
                    }
                }
                if (level[sink] < 0) return flow;
                System.arraycopy(head, 0, current, 0, nodes);
                long pushed;
                while ((pushed = push(source, sink, Long.MAX_VALUE, level, current)) > 0) flow += pushed;
            }
        }

        private long push(int u, int sink, long limit, int[] level, int[] current) {
            if (u == sink) return limit;
            for (; current[u] >= 0; current[u] = next[current[u]]) {
                int e = current[u];
                if (cap[e] > 0 && level[to[e]] == level[u] + 1) {
                    long got = push(to[e], sink, Math.min(limit, cap[e]), level, current);
                    if (got > 0) {
                        cap[e] -= got;
                        cap[e ^ 1] += got;
                        return got;
                    }
                }
            }
            return 0;
        }
    }
}
