package org.skillmix.core.allocation;

import java.util.Arrays;

/**
 * Solves a {@link SkillMixProblem} for given role FTE and capability demand, exactly, as a maximum flow
 * of least cost, then spreads the FTE left over. Mutable workspace: one per thread; it allocates nothing
 * per solve.
 *
 * <p>Method. All costs sit on the source -> role arcs, so the flows a set of roles can send form a
 * polymatroid and the greedy rule is optimal: take roles cheapest first and, for each, augment flow from
 * that role alone until no augmenting path is left (a direct fill first, the role's FTE shared over its
 * capabilities in proportion to the demand they still have open, then breadth-first paths that reroute
 * earlier roles' flow without reducing it). Each prefix of roles then
 * carries a maximum flow, which is the least-cost maximum flow of the lexicographic LP
 * (maximise covered demand, then minimise cost). Exact up to floating-point rounding; residuals below
 * 1e-12 of the largest input are treated as zero so rounding cannot create endless tiny augmentations.
 *
 * <p>Which maximum flow. When staff are short the LP has many optima: which capabilities go short is not
 * fixed by covered demand and cost. The direct fill makes the choice a rule a planner can state, "a short
 * role leaves every capability it serves short by the same share of its open demand, within its scope", and
 * makes it independent of the order the arcs were listed in (the problem orders each role's arcs by
 * capability number); only the rerouting's choice among equal paths follows the capabilities' numbering.
 *
 * <p>Spreading. Role FTE not assigned (there was no demand left for it) goes to the role's capabilities
 * in proportion to their remaining max-share headroom, capped by the headroom: spread[r,k] =
 * headroom[r,k] * min(1, left[r] / sum_k headroom[r,k]). So supply can exceed demand (a negative gap),
 * and a role whose max shares sum to less than 1 keeps the rest of its time for other duties.
 *
 * <p>If a solve gets exactly the inputs of the previous one, the previous answer is kept (the caching
 * cannot change a result).
 */
public final class SkillMixSolver {
    private final SkillMixProblem p;
    private final double[] fte;
    private final double[] demand;
    private final double[] arcCap;
    private final double[] x;
    /** Share of each role's remaining headroom spread beyond demand: min(1, left / headroom). */
    private final double[] roleFactor;

    private final double[] used;
    private final double[] load;
    private final double[] supply;
    private final int[] queue;
    private final int[] parentCapArc;
    private final int[] parentRoleArc;
    private final int[] capMark;
    /** The capabilities the current search reached, in order. */
    private final int[] reached;

    private final int[] roleMark;
    private int stamp;
    /** Nodes marked with the current solve's number cannot reach unmet demand any more in this solve. */
    private final int[] capDead;

    private final int[] roleDead;
    private int solveNumber;
    /**
     * The flow phase's adjacency: only arcs into capabilities with positive demand (an arc into a
     * capability without demand can never carry flow). Rebuilt only when the set of such capabilities
     * changes, which in a projection is rare.
     */
    private final boolean[] demandPositive;

    private final int[] flowRoleStart, flowRoleList, flowCapStart, flowCapList;
    /** A role's direct fill: the demand open at each of its flow arcs (by flow-list position), and which are capped. */
    private final double[] arcWant;
    /** By flow-list position: the arc's capability, and its cap this solve (max share x FTE). */
    private final int[] flowCapabilityAt;

    private final double[] capAt;

    private final boolean[] arcCapped;
    private boolean flowBuilt;
    private boolean solved;
    private long solves;
    private long cacheHits;

    public SkillMixSolver(SkillMixProblem problem) {
        this.p = problem;
        int r = p.roles, k = p.capabilities, a = p.arcRole.length;
        fte = new double[r];
        demand = new double[k];
        arcCap = new double[a];
        x = new double[a];
        roleFactor = new double[r];
        used = new double[r];
        load = new double[k];
        supply = new double[k];
        queue = new int[r];
        parentCapArc = new int[k];
        parentRoleArc = new int[r];
        capMark = new int[k];
        reached = new int[k];
        roleMark = new int[r];
        capDead = new int[k];
        roleDead = new int[r];
        demandPositive = new boolean[k];
        flowRoleStart = new int[r + 1];
        flowRoleList = new int[a];
        flowCapStart = new int[k + 1];
        flowCapList = new int[a];
        arcWant = new double[a];
        flowCapabilityAt = new int[a];
        capAt = new double[a];
        arcCapped = new boolean[a];
    }

    /** Lists the flow arcs for the positive-demand pattern of the demand just copied in. */
    private void buildFlowArcs() {
        for (int k = 0; k < p.capabilities; k++) demandPositive[k] = demand[k] > 0;
        flowBuilt = true;
        int n = 0;
        for (int r = 0; r < p.roles; r++) {
            flowRoleStart[r] = n;
            for (int a = p.roleArcStart[r]; a < p.roleArcStart[r + 1]; a++) {
                if (demandPositive[p.inCapability[a]]) {
                    flowCapabilityAt[n] = p.inCapability[a];
                    flowRoleList[n++] = a;
                }
            }
        }
        flowRoleStart[p.roles] = n;
        n = 0;
        for (int k = 0; k < p.capabilities; k++) {
            flowCapStart[k] = n;
            if (demandPositive[k]) {
                for (int q = p.capabilityArcStart[k]; q < p.capabilityArcStart[k + 1]; q++)
                    flowCapList[n++] = p.capabilityArcList[q];
            }
        }
        flowCapStart[p.capabilities] = n;
    }

    public SkillMixProblem problem() {
        return p;
    }

    /** fte[r] is each role's effective FTE, demand[k] each capability's demand in FTE; both >= 0. */
    public void solve(double[] roleFte, double[] capabilityDemand) {
        solves++;
        if (solved
                && Arrays.equals(roleFte, 0, p.roles, fte, 0, p.roles)
                && Arrays.equals(capabilityDemand, 0, p.capabilities, demand, 0, p.capabilities)) {
            cacheHits++;
            return;
        }
        // one pass over each input: copy, the scale, the demand left and the positive-demand pattern
        double scale = 1;
        for (int r = 0; r < p.roles; r++) {
            double f = roleFte[r];
            fte[r] = f;
            scale = Math.max(scale, f);
            used[r] = 0;
        }
        double demandLeft = 0;
        boolean rebuild = !flowBuilt;
        for (int k = 0; k < p.capabilities; k++) {
            double d = capabilityDemand[k];
            demand[k] = d;
            scale = Math.max(scale, d);
            demandLeft += Math.max(0, d);
            load[k] = 0;
            if (d > 0 != demandPositive[k]) rebuild = true;
        }
        double tol = scale * 1e-12;
        solveNumber++;

        // only flow arcs ever carry x, so only they need resetting (all of them after a rebuild)
        if (rebuild) {
            buildFlowArcs();
            Arrays.fill(x, 0);
        }
        for (int q = 0, end = flowRoleStart[p.roles]; q < end; q++) {
            int a = flowRoleList[q];
            x[a] = 0;
            arcCap[a] = p.inShare[a] * Math.max(0, fte[p.inRole[a]]);
            capAt[q] = arcCap[a];
        }
        final int[] roleStart = p.roleArcStart, arcCapability = p.inCapability;
        final int[] flowStart = flowRoleStart;
        for (int r : p.costOrder) {
            double free = fte[r];
            if (!(free > tol) || flowStart[r] == flowStart[r + 1] || !(demandLeft > tol)) continue;
            double given = shareOut(r, free);
            used[r] = given;
            demandLeft -= given;
            // with (almost) no demand left anywhere, no path can exist: skip the search
            while (fte[r] - used[r] > tol && demandLeft > tol) {
                // each augmentation saturates the role, an arc, a reverse flow or a capability's demand
                double delta = augment(r, tol);
                if (delta == 0) break;
                demandLeft -= delta;
            }
        }

        Arrays.fill(supply, 0);
        final double[] share = p.inShare;
        // assigned + spread = x + (maxShare * F - x) * factor = x * (1 - factor) + maxShare * F * factor:
        // one multiply-add over all arcs, plus a correction on the few arcs that carry flow
        for (int r = 0; r < p.roles; r++) {
            double f = Math.max(0, fte[r]);
            double left = f - used[r];
            // sum over the role's arcs of (maxShare * F - x) = F * sum(maxShare) - used
            double headroom = f * p.roleShareSum[r] - used[r];
            double factor = (left > tol && headroom > tol) ? Math.min(1.0, left / headroom) : 0.0;
            roleFactor[r] = factor;
            double w = f * factor;
            if (w != 0) {
                for (int a = roleStart[r], end = roleStart[r + 1]; a < end; a++)
                    supply[arcCapability[a]] += share[a] * w;
            }
        }
        for (int q = 0, end = flowRoleStart[p.roles]; q < end; q++) {
            int a = flowRoleList[q];
            double xa = x[a];
            if (xa != 0) supply[arcCapability[a]] += xa * (1 - roleFactor[p.inRole[a]]);
        }
        solved = true;
    }

    /**
     * Role r's direct fill: its free FTE over the capabilities it may cover, in proportion to the demand each
     * still has open, each arc within its cap: x[a] = min(cap[a], theta * want[a]), with theta the level at which
     * the FTE runs out (each arc min(cap, want) when the role can cover them all). So where a role is short, every
     * capability it serves is left short by the same share of what it still needs, as far as the caps allow,
     * whatever order the arcs were listed in. Returns the FTE given.
     *
     * <p>Water-filling: theta = rest / (sum of want over uncapped arcs); an arc whose cap is below theta * want
     * is capped (takes its cap out of rest and its want out of the sum), which only raises theta, so caps are
     * final once set and the loop ends when a pass caps nothing; theta stays below 1 because the role cannot
     * cover every min(cap, want).
     */
    private double shareOut(int r, double free) {
        final int start = flowRoleStart[r], end = flowRoleStart[r + 1];
        final int[] kAt = flowCapabilityAt;
        final double[] want = arcWant, cap = capAt;
        double reach = 0, open = 0;
        for (int q = start; q < end; q++) {
            int k = kAt[q];
            double w = Math.max(0, demand[k] - load[k]);
            want[q] = w;
            arcCapped[q] = false;
            reach += Math.min(cap[q], w);
            open += w;
        }
        if (reach <= free) {
            for (int q = start; q < end; q++) give(q, Math.min(cap[q], want[q]));
            return reach;
        }
        double rest = free, theta;
        boolean capped;
        do {
            theta = rest / open;
            capped = false;
            for (int q = start; q < end; q++) {
                if (!arcCapped[q] && cap[q] < theta * want[q]) {
                    arcCapped[q] = true;
                    rest -= cap[q];
                    open -= want[q];
                    capped = true;
                }
            }
        } while (capped && open > 0);
        double given = 0;
        for (int q = start; q < end; q++) {
            double delta = arcCapped[q] ? cap[q] : theta * want[q];
            give(q, delta);
            given += delta;
        }
        return Math.min(given, free);
    }

    /** Gives the flow arc at position q of the flow list delta FTE. */
    private void give(int q, double delta) {
        if (delta > 0) {
            x[flowRoleList[q]] = delta;
            load[flowCapabilityAt[q]] += delta;
        }
    }

    /**
     * One breadth-first augmenting path from role r to a capability with demand left; 0 if none.
     * When none, every node the search reached is marked dead: the reached set has no residual arc
     * leaving it, and later augmentations (paths from other roles to the sink) can neither enter it nor
     * change its arcs, so it stays cut off from the sink for the rest of this solve.
     */
    private double augment(int r, double tol) {
        if (roleDead[r] == solveNumber) return 0;
        stamp++;
        int head = 0, tail = 0;
        queue[tail++] = r;
        roleMark[r] = stamp;
        int found = -1;
        int reachedCount = 0;
        search:
        while (head < tail) {
            int role = queue[head++];
            for (int q = flowRoleStart[role], qEnd = flowRoleStart[role + 1]; q < qEnd; q++) {
                int a = flowRoleList[q];
                int k = p.inCapability[a];
                if (capMark[k] == stamp || capDead[k] == solveNumber || arcCap[a] - x[a] <= tol) continue;
                capMark[k] = stamp;
                reached[reachedCount++] = k;
                parentCapArc[k] = a;
                if (demand[k] - load[k] > tol) {
                    found = k;
                    break search;
                }
                for (int q2 = flowCapStart[k], q2End = flowCapStart[k + 1]; q2 < q2End; q2++) {
                    int b = flowCapList[q2];
                    int other = p.inRole[b];
                    if (roleMark[other] == stamp || roleDead[other] == solveNumber || x[b] <= tol) continue;
                    roleMark[other] = stamp;
                    parentRoleArc[other] = b;
                    queue[tail++] = other;
                }
            }
        }
        if (found < 0) {
            for (int i = 0; i < tail; i++) roleDead[queue[i]] = solveNumber;
            for (int i = 0; i < reachedCount; i++) capDead[reached[i]] = solveNumber;
            return 0;
        }
        double delta = Math.min(fte[r] - used[r], demand[found] - load[found]);
        int k = found;
        while (true) {
            int a = parentCapArc[k];
            delta = Math.min(delta, arcCap[a] - x[a]);
            int role = p.inRole[a];
            if (role == r) break;
            int b = parentRoleArc[role];
            delta = Math.min(delta, x[b]);
            k = p.inCapability[b];
        }
        k = found;
        while (true) {
            int a = parentCapArc[k];
            x[a] += delta;
            int role = p.inRole[a];
            if (role == r) break;
            int b = parentRoleArc[role];
            x[b] -= delta;
            k = p.inCapability[b];
        }
        used[r] += delta;
        load[found] += delta;
        return delta;
    }

    /** FTE of the arc's role assigned to the arc's capability to cover demand. */
    public double assigned(int arc) {
        return x[p.internal[arc]];
    }

    /** FTE of the arc's role spread onto the arc's capability beyond demand. */
    public double spread(int arc) {
        int a = p.internal[arc];
        int r = p.inRole[a];
        return (p.inShare[a] * Math.max(0, fte[r]) - x[a]) * roleFactor[r];
    }

    /** Demand of capability k covered: min(D[k], assigned to k). */
    public double covered(int k) {
        return load[k];
    }

    /** Supply of capability k: assigned plus spread. */
    public double supply(int k) {
        return supply[k];
    }

    /** Demand of capability k left uncovered, D[k] - covered[k] (never negative). */
    public double unmet(int k) {
        return Math.max(0, demand[k] - load[k]);
    }

    public double coveredTotal() {
        double total = 0;
        for (double l : load) total += l;
        return total;
    }

    /** sum_{r,k} cost[r] * assigned[r,k]: the second objective. */
    public double assignedCost() {
        double total = 0;
        for (int a = 0; a < x.length; a++) total += p.roleCost[p.inRole[a]] * x[a];
        return total;
    }

    public long solves() {
        return solves;
    }

    public long cacheHits() {
        return cacheHits;
    }
}
