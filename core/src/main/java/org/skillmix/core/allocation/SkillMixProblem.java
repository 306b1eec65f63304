package org.skillmix.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shape of one skill-mix allocation (one place x sector): roles, capabilities, and the arcs
 * "role r may give up to maxShare of its FTE to capability k", with each role's cost per FTE. Immutable;
 * solve it with a {@link SkillMixSolver}.
 *
 * <p>The linear programme it stands for, for role FTE F[r] and capability demand D[k]:
 * <pre>
 * x[r,k] >= 0,  x[r,k] <= maxShare[r,k] * F[r],  sum_k x[r,k] <= F[r],  covered[k] = min(D[k], sum_r x[r,k])
 * maximise sum_k covered[k], then minimise sum_{r,k} cost[r] * x[r,k]
 * </pre>
 * is a bipartite transportation network source -> role (capacity F[r], cost cost[r]) -> capability
 * (capacity maxShare*F[r]) -> sink (capacity D[k]), so the solver is a network algorithm, not a simplex.
 */
public final class SkillMixProblem {
    final int roles;
    final int capabilities;
    final double[] roleCost;
    final int[] arcRole;
    final int[] arcCapability;
    final double[] arcMaxShare;
    /**
     * The solver's own arc numbering: arcs sorted by role, so a role's arcs are the contiguous internal
     * indices roleArcStart[r] .. roleArcStart[r + 1]. internal[arc] maps a caller's arc number to it; the
     * in* arrays are indexed by internal number; capabilityArcList lists internal numbers.
     */
    final int[] internal, inRole, inCapability, roleArcStart, capabilityArcStart, capabilityArcList;

    final double[] inShare;
    /** Sum of each role's max shares. */
    final double[] roleShareSum;
    /** Roles cheapest first, ties by index: the greedy order that makes the maximum flow least-cost. */
    final int[] costOrder;

    public SkillMixProblem(
            double[] roleCost, int capabilities, int[] arcRole, int[] arcCapability, double[] arcMaxShare) {
        if (arcRole.length != arcCapability.length || arcRole.length != arcMaxShare.length) {
            throw new IllegalArgumentException("arc arrays differ in length");
        }
        this.roles = roleCost.length;
        this.capabilities = capabilities;
        this.roleCost = roleCost.clone();
        this.arcRole = arcRole.clone();
        this.arcCapability = arcCapability.clone();
        this.arcMaxShare = arcMaxShare.clone();
        List<List<Integer>> byRole = new ArrayList<>(), byCap = new ArrayList<>();
        for (int r = 0; r < roles; r++) byRole.add(new ArrayList<>());
        for (int k = 0; k < capabilities; k++) byCap.add(new ArrayList<>());
        for (int a = 0; a < arcRole.length; a++) {
            if (arcRole[a] < 0 || arcRole[a] >= roles || arcCapability[a] < 0 || arcCapability[a] >= capabilities) {
                throw new IllegalArgumentException("arc " + a + " out of range");
            }
            if (!(arcMaxShare[a] > 0 && arcMaxShare[a] <= 1))
                throw new IllegalArgumentException("max share must be in (0, 1]");
            byRole.get(arcRole[a]).add(a);
            byCap.get(arcCapability[a]).add(a);
        }
        // the solver's order is the roles' and capabilities' numbering, never the order the arcs were listed in
        // (a dataset's row order), so reordering the arcs cannot change a solution: see SkillMixSolver
        byRole.forEach(l ->
                l.sort(Comparator.<Integer>comparingInt(a -> arcCapability[a]).thenComparingInt(a -> a)));
        byCap.forEach(
                l -> l.sort(Comparator.<Integer>comparingInt(a -> arcRole[a]).thenComparingInt(a -> a)));
        int[][] roleArcs = byRole.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int[][] capabilityArcs = byCap.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        roleArcStart = new int[roles + 1];
        int[] byRoleOrder = flatten(roleArcs, roleArcStart);
        int arcs = arcRole.length;
        internal = new int[arcs];
        inRole = new int[arcs];
        inCapability = new int[arcs];
        inShare = new double[arcs];
        for (int q = 0; q < arcs; q++) {
            int a = byRoleOrder[q];
            internal[a] = q;
            inRole[q] = arcRole[a];
            inCapability[q] = arcCapability[a];
            inShare[q] = arcMaxShare[a];
        }
        capabilityArcStart = new int[capabilities + 1];
        capabilityArcList = flatten(capabilityArcs, capabilityArcStart);
        for (int q = 0; q < arcs; q++) capabilityArcList[q] = internal[capabilityArcList[q]];
        roleShareSum = new double[roles];
        for (int q = 0; q < arcs; q++) roleShareSum[inRole[q]] += inShare[q]; // in the solver's order, as it sums
        costOrder = IntStream.range(0, roles)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(r -> roleCost[r]).thenComparingInt(r -> r))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int[] flatten(int[][] lists, int[] start) {
        for (int i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
        int[] flat = new int[start[lists.length]];
        for (int i = 0; i < lists.length; i++) System.arraycopy(lists[i], 0, flat, start[i], lists[i].length);
        return flat;
    }

    public int roles() {
        return roles;
    }

    public int capabilities() {
        return capabilities;
    }

    public int arcs() {
        return arcRole.length;
    }

    public int arcRole(int arc) {
        return arcRole[arc];
    }

    public int arcCapability(int arc) {
        return arcCapability[arc];
    }

    public double arcMaxShare(int arc) {
        return arcMaxShare[arc];
    }

    public double roleCost(int role) {
        return roleCost[role];
    }

    @Override
    public String toString() {
        return "SkillMixProblem[roles=" + roles + ", capabilities=" + capabilities + ", arcs=" + arcRole.length
                + ", costs=" + Arrays.toString(roleCost) + "]";
    }
}
