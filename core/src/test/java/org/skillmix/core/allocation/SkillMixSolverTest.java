package org.skillmix.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

class SkillMixSolverTest {

    /**
     * Roles: 0 = registered nurse (cost 50, F = 10), 1 = healthcare support worker (cost 25, F = 6).
     * Capabilities: 0 = wound care (D = 4), 1 = personal care (D = 5), 2 = medicines (D = 7).
     * Arcs: RN->wound 0.5 (cap 5), RN->medicines 0.6 (cap 6), RN->personal 0.3 (cap 3),
     *       HCSW->personal 1.0 (cap 6), HCSW->wound 0.2 (cap 1.2).
     *
     * Maximum cover: medicines only from RN, at most 6 of 7; wound + personal need 9 and the staff can
     * cover it, so covered = 4 + 5 + 6 = 15, unmet medicines = 1.
     * Least cost: 15 FTE assigned, HCSW (cheaper) gives all its 6, so RN gives 9: cost = 6 * 25 + 9 * 50 = 600.
     * Which optimum (the direct fill shares a short role over its open demand): HCSW could cover personal 5
     * and wound min(1.2, 4) = 1.2, more than its 6, so theta = 6 / (5 + 4) = 2/3 first; wound's cap 1.2 is below
     * 2/3 * 4, so wound takes 1.2 and theta = (6 - 1.2) / 5 = 0.96: personal 4.8. RN then meets what is open
     * (wound 2.8, medicines 6 of 7 at its cap, personal 0.2): 9 of its 10.
     * Spread: RN has 1 left; headroom wound 5 - 2.8 = 2.2, medicines 0, personal 3 - 0.2 = 2.8; factor 1/5,
     * so wound +0.44 and personal +0.56. Supply: wound 1.2 + 2.8 + 0.44 = 4.44, personal 4.8 + 0.2 + 0.56 = 5.56,
     * medicines 6.
     */
    @Test
    void handSolvedNursingCase() {
        SkillMixProblem problem = new SkillMixProblem(
                new double[] {50, 25}, 3, new int[] {0, 0, 0, 1, 1}, new int[] {0, 2, 1, 1, 0}, new double[] {
                    0.5, 0.6, 0.3, 1.0, 0.2
                });
        SkillMixSolver solver = new SkillMixSolver(problem);
        solver.solve(new double[] {10, 6}, new double[] {4, 5, 7});

        assertThat(solver.coveredTotal()).isCloseTo(15, within(1e-12));
        assertThat(solver.assignedCost()).isCloseTo(600, within(1e-9));
        assertThat(solver.assigned(0)).isCloseTo(2.8, within(1e-12));
        assertThat(solver.assigned(1)).isCloseTo(6, within(1e-12));
        assertThat(solver.assigned(2)).isCloseTo(0.2, within(1e-12));
        assertThat(solver.assigned(3)).isCloseTo(4.8, within(1e-12));
        assertThat(solver.assigned(4)).isCloseTo(1.2, within(1e-12));
        assertThat(solver.spread(0)).isCloseTo(0.44, within(1e-12));
        assertThat(solver.spread(2)).isCloseTo(0.56, within(1e-12));
        assertThat(solver.supply(0)).isCloseTo(4.44, within(1e-12));
        assertThat(solver.supply(1)).isCloseTo(5.56, within(1e-12));
        assertThat(solver.supply(2)).isCloseTo(6.0, within(1e-12));
        assertThat(solver.unmet(0)).isCloseTo(0, within(1e-12));
        assertThat(solver.unmet(2)).isCloseTo(1, within(1e-12));
    }

    /**
     * One role short of three capabilities' demand (F = 6, D = 2, 4, 6, every share 1): the shortfall falls on
     * each in proportion to its demand, theta = 6 / 12, covered 1, 2, 3. With the second capability's share
     * 0.1 (cap 0.6 below theta * 4) it takes its cap and the others share the rest: theta = (6 - 0.6) / (2 + 6)
     * = 0.675, covered 1.35, 0.6, 4.05.
     */
    @Test
    void aShortRoleLeavesEachCapabilityShortBySameShare() {
        SkillMixSolver even = new SkillMixSolver(new SkillMixProblem(
                new double[] {1}, 3, new int[] {0, 0, 0}, new int[] {0, 1, 2}, new double[] {1, 1, 1}));
        even.solve(new double[] {6}, new double[] {2, 4, 6});
        assertThat(new double[] {even.covered(0), even.covered(1), even.covered(2)})
                .containsExactly(new double[] {1, 2, 3}, within(1e-12));

        SkillMixSolver capped = new SkillMixSolver(new SkillMixProblem(
                new double[] {1}, 3, new int[] {0, 0, 0}, new int[] {0, 1, 2}, new double[] {1, 0.1, 1}));
        capped.solve(new double[] {6}, new double[] {2, 4, 6});
        assertThat(new double[] {capped.covered(0), capped.covered(1), capped.covered(2)})
                .containsExactly(new double[] {1.35, 0.6, 4.05}, within(1e-12));
        assertThat(capped.coveredTotal()).isCloseTo(6, within(1e-12));
    }

    /**
     * The order a dataset lists its role-capability rows in cannot change an allocation: 300 random instances
     * solved with their arcs as drawn and shuffled give the same cover, unmet demand and supply of every
     * capability and the same FTE on every arc, bit for bit.
     */
    @Test
    void arcOrderDoesNotChangeTheSolution() {
        SplittableRandom random = new SplittableRandom(20261207L);
        for (int instance = 0; instance < 300; instance++) {
            int roles = 1 + random.nextInt(8), caps = 1 + random.nextInt(8);
            double[] cost = new double[roles];
            for (int r = 0; r < roles; r++) cost[r] = 1 + random.nextInt(4);
            List<int[]> arcs = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                for (int k = 0; k < caps; k++) {
                    if (random.nextDouble() < 0.5) arcs.add(new int[] {r, k});
                }
            }
            double[] share = arcs.stream()
                    .mapToDouble(a -> random.nextDouble() < 0.3 ? 1.0 : 0.05 + 0.95 * random.nextDouble())
                    .toArray();
            int n = arcs.size();
            int[] order = IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            SkillMixSolver drawn = new SkillMixSolver(new SkillMixProblem(
                    cost,
                    caps,
                    arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray(),
                    share));
            SkillMixSolver shuffled = new SkillMixSolver(new SkillMixProblem(
                    cost,
                    caps,
                    Arrays.stream(order).map(i -> arcs.get(i)[0]).toArray(),
                    Arrays.stream(order).map(i -> arcs.get(i)[1]).toArray(),
                    Arrays.stream(order).mapToDouble(i -> share[i]).toArray()));
            double[] fte = new double[roles];
            double[] demand = new double[caps];
            for (int r = 0; r < roles; r++) fte[r] = 10 * random.nextDouble();
            for (int k = 0; k < caps; k++) demand[k] = random.nextDouble() < 0.1 ? 0 : 12 * random.nextDouble();
            drawn.solve(fte, demand);
            shuffled.solve(fte, demand);
            String label = "instance " + instance;
            for (int k = 0; k < caps; k++) {
                assertThat(shuffled.covered(k)).as(label).isEqualTo(drawn.covered(k));
                assertThat(shuffled.unmet(k)).as(label).isEqualTo(drawn.unmet(k));
                assertThat(shuffled.supply(k)).as(label).isEqualTo(drawn.supply(k));
            }
            for (int i = 0; i < n; i++) {
                assertThat(shuffled.assigned(i)).as(label).isEqualTo(drawn.assigned(order[i]));
                assertThat(shuffled.spread(i)).as(label).isEqualTo(drawn.spread(order[i]));
            }
        }
    }

    /**
     * Role 0 (cost 1, F = 4) can do capabilities 0 and 1; role 1 (cost 2, F = 4) only capability 0.
     * D = (4, 4). Cheapest first, role 0 fills capability 0 directly; role 1 can then only help by
     * rerouting: role 1 -> cap 0, role 0 moves cap 0 -> cap 1. Covered 8, cost 4 * 1 + 4 * 2 = 12.
     */
    @Test
    void reroutesEarlierFlowToCoverMore() {
        SkillMixProblem problem = new SkillMixProblem(
                new double[] {1, 2}, 2, new int[] {0, 0, 1}, new int[] {0, 1, 0}, new double[] {1, 1, 1});
        SkillMixSolver solver = new SkillMixSolver(problem);
        solver.solve(new double[] {4, 4}, new double[] {4, 4});
        assertThat(solver.coveredTotal()).isCloseTo(8, within(1e-12));
        assertThat(solver.assignedCost()).isCloseTo(12, within(1e-12));
        assertThat(solver.assigned(0)).isCloseTo(0, within(1e-12));
        assertThat(solver.assigned(1)).isCloseTo(4, within(1e-12));
        assertThat(solver.assigned(2)).isCloseTo(4, within(1e-12));
    }

    /** With no demand everything is spread; max shares summing to 0.5 keep half the FTE off capabilities. */
    @Test
    void noDemandSpreadsWithinHeadroom() {
        SkillMixProblem problem =
                new SkillMixProblem(new double[] {1}, 2, new int[] {0, 0}, new int[] {0, 1}, new double[] {0.2, 0.3});
        SkillMixSolver solver = new SkillMixSolver(problem);
        solver.solve(new double[] {10}, new double[] {0, 0});
        assertThat(solver.supply(0)).isCloseTo(2, within(1e-12));
        assertThat(solver.supply(1)).isCloseTo(3, within(1e-12));
        assertThat(solver.coveredTotal()).isZero();
    }

    /** Same inputs twice: the second solve is served from the cache and gives the same answer. */
    @Test
    void repeatedInputsHitTheCache() {
        SkillMixProblem problem =
                new SkillMixProblem(new double[] {1}, 1, new int[] {0}, new int[] {0}, new double[] {1});
        SkillMixSolver solver = new SkillMixSolver(problem);
        solver.solve(new double[] {3}, new double[] {2});
        solver.solve(new double[] {3}, new double[] {2});
        assertThat(solver.cacheHits()).isEqualTo(1);
        assertThat(solver.supply(0)).isCloseTo(3, within(1e-12));
        solver.solve(new double[] {3}, new double[] {5});
        assertThat(solver.supply(0)).isCloseTo(3, within(1e-12));
        assertThat(solver.unmet(0)).isCloseTo(2, within(1e-12));
    }

    /**
     * 400 random instances (1-8 roles, 1-8 capabilities, random arcs, zero FTE / demand sometimes, tied
     * costs sometimes) against ojAlgo's general LP solver on the LP as stated (covered[k] <= D[k],
     * covered[k] <= sum_r x[r,k]), solved lexicographically in two phases. Covered demand and cost must
     * agree within 1e-6 (relative to the objective's size): the network answer is exact, ojAlgo's simplex
     * is exact up to its own tolerances, well below 1e-6 at these magnitudes (inputs 0-10, costs 1-5).
     */
    @Test
    void agreesWithGeneralLpSolverOnRandomInstances() {
        SplittableRandom random = new SplittableRandom(20240607L);
        for (int instance = 0; instance < 400; instance++) {
            int roles = 1 + random.nextInt(8), caps = 1 + random.nextInt(8);
            double[] cost = new double[roles];
            for (int r = 0; r < roles; r++)
                cost[r] = 1 + random.nextInt(5) + (random.nextBoolean() ? 0 : random.nextDouble());
            List<int[]> arcs = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                for (int k = 0; k < caps; k++) {
                    if (random.nextDouble() < 0.45) {
                        arcs.add(new int[] {r, k});
                        shares.add(random.nextDouble() < 0.2 ? 1.0 : 0.05 + 0.95 * random.nextDouble());
                    }
                }
            }
            int[] arcRole = arcs.stream().mapToInt(a -> a[0]).toArray();
            int[] arcCap = arcs.stream().mapToInt(a -> a[1]).toArray();
            double[] share = shares.stream().mapToDouble(Double::doubleValue).toArray();
            double[] fte = new double[roles];
            double[] demand = new double[caps];
            for (int r = 0; r < roles; r++) fte[r] = random.nextDouble() < 0.1 ? 0 : 10 * random.nextDouble();
            for (int k = 0; k < caps; k++) demand[k] = random.nextDouble() < 0.1 ? 0 : 10 * random.nextDouble();

            SkillMixSolver solver = new SkillMixSolver(new SkillMixProblem(cost, caps, arcRole, arcCap, share));
            solver.solve(fte, demand);
            double[] reference = solveWithOjAlgo(cost, caps, arcRole, arcCap, share, fte, demand);

            String label = "instance " + instance;
            assertThat(solver.coveredTotal())
                    .as(label)
                    .isCloseTo(reference[0], within(1e-6 * Math.max(1, reference[0])));
            assertThat(solver.assignedCost())
                    .as(label)
                    .isCloseTo(reference[1], within(1e-6 * Math.max(1, reference[1])));
            // feasibility of the network answer itself
            for (int r = 0; r < roles; r++) {
                double sum = 0;
                for (int a = 0; a < arcRole.length; a++) {
                    if (arcRole[a] != r) continue;
                    assertThat(solver.assigned(a) + solver.spread(a))
                            .as(label)
                            .isLessThanOrEqualTo(share[a] * fte[r] + 1e-9);
                    assertThat(solver.assigned(a)).as(label).isGreaterThanOrEqualTo(0);
                    sum += solver.assigned(a) + solver.spread(a);
                }
                assertThat(sum).as(label).isLessThanOrEqualTo(fte[r] + 1e-9);
            }
            for (int k = 0; k < caps; k++) {
                assertThat(solver.covered(k)).as(label).isLessThanOrEqualTo(demand[k] + 1e-9);
                assertThat(solver.covered(k) + solver.unmet(k)).as(label).isCloseTo(demand[k], within(1e-9));
            }
        }
    }

    /**
     * A solver reused month after month (its flow arcs kept while the set of capabilities with demand stays
     * the same, rebuilt when it changes, its dead-node marks renewed each solve) gives bit for bit what a
     * fresh solver gives on the same inputs: 200 problems, each solved 30 times with drifting FTE and
     * demand that now and then drop to zero (so the positive-demand pattern changes).
     */
    @Test
    void reusedWorkspaceEqualsFreshSolver() {
        SplittableRandom random = new SplittableRandom(77);
        for (int instance = 0; instance < 200; instance++) {
            int roles = 1 + random.nextInt(9), caps = 1 + random.nextInt(15);
            double[] cost = new double[roles];
            for (int r = 0; r < roles; r++) cost[r] = 1 + random.nextInt(4);
            List<int[]> arcs = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                for (int k = 0; k < caps; k++) {
                    if (random.nextDouble() < 0.4) {
                        arcs.add(new int[] {r, k});
                        shares.add(0.05 + 0.95 * random.nextDouble());
                    }
                }
            }
            SkillMixProblem problem = new SkillMixProblem(
                    cost,
                    caps,
                    arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray(),
                    shares.stream().mapToDouble(Double::doubleValue).toArray());
            SkillMixSolver reused = new SkillMixSolver(problem);
            double[] fte = new double[roles], demand = new double[caps];
            for (int r = 0; r < roles; r++) fte[r] = 10 * random.nextDouble();
            for (int k = 0; k < caps; k++) demand[k] = 10 * random.nextDouble();
            for (int month = 0; month < 30; month++) {
                for (int r = 0; r < roles; r++) fte[r] *= 0.9 + 0.2 * random.nextDouble();
                for (int k = 0; k < caps; k++) {
                    double u = random.nextDouble();
                    demand[k] = u < 0.1 ? 0 : demand[k] == 0 || u > 0.95 ? 10 * u : demand[k] * (0.9 + 0.2 * u);
                }
                reused.solve(fte, demand);
                SkillMixSolver fresh = new SkillMixSolver(problem);
                fresh.solve(fte, demand);
                String label = "instance " + instance + " month " + month;
                for (int k = 0; k < caps; k++) {
                    assertThat(reused.supply(k)).as(label).isEqualTo(fresh.supply(k));
                    assertThat(reused.unmet(k)).as(label).isEqualTo(fresh.unmet(k));
                }
                for (int a = 0; a < problem.arcs(); a++) {
                    assertThat(reused.assigned(a)).as(label).isEqualTo(fresh.assigned(a));
                    assertThat(reused.spread(a)).as(label).isEqualTo(fresh.spread(a));
                }
            }
        }
    }

    /** {max covered, least cost at that cover} by ojAlgo, two phases. */
    private static double[] solveWithOjAlgo(
            double[] cost, int caps, int[] arcRole, int[] arcCap, double[] share, double[] fte, double[] demand) {
        double covered = phase(cost, caps, arcRole, arcCap, share, fte, demand, Double.NaN);
        double leastCost = phase(cost, caps, arcRole, arcCap, share, fte, demand, covered);
        return new double[] {covered, leastCost};
    }

    private static double phase(
            double[] cost,
            int caps,
            int[] arcRole,
            int[] arcCap,
            double[] share,
            double[] fte,
            double[] demand,
            double requiredCover) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[arcRole.length];
        for (int a = 0; a < x.length; a++) {
            x[a] = model.addVariable("x" + a).lower(0).upper(BigDecimal.valueOf(share[a] * fte[arcRole[a]]));
        }
        Variable[] c = new Variable[caps];
        for (int k = 0; k < caps; k++)
            c[k] = model.addVariable("c" + k).lower(0).upper(BigDecimal.valueOf(demand[k]));
        for (int r = 0; r < fte.length; r++) {
            Expression e = model.addExpression("role" + r).upper(BigDecimal.valueOf(fte[r]));
            for (int a = 0; a < x.length; a++) if (arcRole[a] == r) e.set(x[a], 1);
        }
        for (int k = 0; k < caps; k++) {
            // covered[k] - sum_r x[r,k] <= 0
            Expression e = model.addExpression("cover" + k).upper(0);
            e.set(c[k], 1);
            for (int a = 0; a < x.length; a++) if (arcCap[a] == k) e.set(x[a], -1);
        }
        Optimisation.Result result;
        if (Double.isNaN(requiredCover)) {
            for (Variable v : c) v.weight(1);
            result = model.maximise();
        } else {
            Expression total = model.addExpression("total").lower(BigDecimal.valueOf(requiredCover - 1e-9));
            for (Variable v : c) total.set(v, 1);
            for (int a = 0; a < x.length; a++) x[a].weight(cost[arcRole[a]]);
            result = model.minimise();
        }
        assertThat(result.getState().isOptimal())
                .as("ojAlgo state " + result.getState())
                .isTrue();
        return result.getValue();
    }
}
