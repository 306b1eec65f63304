package org.skillmix.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.design.WorkforceDesign.CanDo;
import org.skillmix.core.design.WorkforceDesign.Problem;
import org.skillmix.core.design.WorkforceDesign.Reserved;
import org.skillmix.core.design.WorkforceDesign.RoleOption;
import org.skillmix.core.system.Supervision;

/** The scope-of-practice constraints of the design LP, each against a hand-solved case, and an independent bound. */
class ScopeOfPracticeTest {

    private static RoleOption role(String code, double cost) {
        return new RoleOption(code, cost, 0, 1_000);
    }

    /**
     * Medical care 10 FTE; a doctor (100k) or a physician associate (50k) can give all of their time to it. Without a
     * rule the LP takes 10 PA (500k). With medical care reserved to doctors at 80%: PA <= (0.2 / 0.8) DOC, and
     * DOC + PA = 10, so DOC = 8, PA = 2, cost 800k + 100k = 900k.
     */
    @Test
    void reservedCapabilityKeepsTheLicensedShare() {
        List<RoleOption> roles = List.of(role("DOC", 100_000), role("PA", 50_000));
        List<CanDo> canDo = List.of(new CanDo("DOC", "MED", 1), new CanDo("PA", "MED", 1));
        Map<String, Double> demand = Map.of("MED", 10.0);

        WorkforceDesign.Design free = WorkforceDesign.solve(new Problem(roles, canDo, demand));
        assertThat(free.role("PA").designFte()).isCloseTo(10, within(1e-6));
        assertThat(free.role("DOC").designFte()).isCloseTo(0, within(1e-6));

        WorkforceDesign.Design ruled = WorkforceDesign.solve(
                new Problem(roles, canDo, demand, List.of(new Reserved("MED", Set.of("DOC"), 0.8)), List.of()));
        assertThat(ruled.role("DOC").designFte()).isCloseTo(8, within(1e-6));
        assertThat(ruled.role("PA").designFte()).isCloseTo(2, within(1e-6));
        assertThat(ruled.annualCost()).isCloseTo(900_000, within(1e-2));
    }

    /** A capability reserved wholly (share 1) to licensed roles gets nothing from any other role. */
    @Test
    void wholeReservationExcludesUnlicensedRoles() {
        List<RoleOption> roles = List.of(role("PHARM", 70_000), role("HCSW", 30_000));
        List<CanDo> canDo = List.of(new CanDo("PHARM", "RX", 1), new CanDo("HCSW", "RX", 1));
        WorkforceDesign.Design d = WorkforceDesign.solve(new Problem(
                roles, canDo, Map.of("RX", 5.0), List.of(new Reserved("RX", Set.of("PHARM"), 1)), List.of()));
        assertThat(d.role("HCSW").designFte()).isCloseTo(0, within(1e-6));
        assertThat(d.role("PHARM").designFte()).isCloseTo(5, within(1e-6));
    }

    /**
     * Medical care 10 FTE, doctor 100k, PA 50k, each PA supervised by a doctor at most 2 per doctor FTE:
     * minimise 100 d + 50 p with d + p = 10 and p <= 2 d: p = 2 d, so d = 10/3, p = 20/3, cost 666,667.
     * The plan says the doctors supervise all 20/3 PA FTE.
     */
    @Test
    void supervisionRatioBindsTheCheaperRole() {
        List<RoleOption> roles = List.of(role("DOC", 100_000), role("PA", 50_000));
        List<CanDo> canDo = List.of(new CanDo("DOC", "MED", 1), new CanDo("PA", "MED", 1));
        WorkforceDesign.Design d = WorkforceDesign.solve(new Problem(
                roles, canDo, Map.of("MED", 10.0), List.of(), List.of(new Supervision("PA", "DOC", 2, ""))));
        assertThat(d.role("DOC").designFte()).isCloseTo(10.0 / 3, within(1e-6));
        assertThat(d.role("PA").designFte()).isCloseTo(20.0 / 3, within(1e-6));
        assertThat(d.annualCost()).isCloseTo(2_000_000.0 / 3, within(1e-2));
        assertThat(d.supervising()).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo("PA");
            assertThat(s.supervisor()).isEqualTo("DOC");
            assertThat(s.fte()).isCloseTo(20.0 / 3, within(1e-6));
        });
    }

    /**
     * Two roles share one supervisor's places: A needs a supervisor FTE per 2, B per 4, so A/2 + B/4 <= S. With S
     * fixed at 10 FTE (upper = lower by cost: S is the only one able to do "s" work of 10 FTE) and A, B needed at 12
     * and 16 FTE for their own work, 12/2 + 16/4 = 10: exactly feasible, with no shortfall.
     */
    @Test
    void supervisorPlacesAreSharedByTheRolesTheySupervise() {
        List<RoleOption> roles = List.of(
                new RoleOption("S", 90_000, 0, 10),
                new RoleOption("A", 40_000, 0, 12),
                new RoleOption("B", 30_000, 0, 16));
        List<CanDo> canDo = List.of(new CanDo("S", "s", 1), new CanDo("A", "a", 1), new CanDo("B", "b", 1));
        Map<String, Double> demand = Map.of("s", 10.0, "a", 12.0, "b", 16.0);
        List<Supervision> rules = List.of(new Supervision("A", "S", 2, ""), new Supervision("B", "S", 4, ""));
        WorkforceDesign.Design d = WorkforceDesign.solve(new Problem(roles, canDo, demand, List.of(), rules));
        assertThat(d.shortfall().values()).allSatisfy(v -> assertThat(v).isCloseTo(0, within(1e-6)));
        WorkforceDesign.Design tighter = WorkforceDesign.solve(new Problem(
                roles,
                canDo,
                demand,
                List.of(),
                List.of(new Supervision("A", "S", 2, ""), new Supervision("B", "S", 3, ""))));
        // B's places now cost 16/3 supervisor FTE: A and B cannot both be met; 12/2 + 16/3 > 10 by 4/3 S FTE.
        double shortA = tighter.shortfall().get("a"),
                shortB = tighter.shortfall().get("b");
        assertThat(shortA + shortB).isGreaterThan(1);
        double a = tighter.role("A").designFte(), b = tighter.role("B").designFte();
        assertThat(a / 2 + b / 3).isLessThanOrEqualTo(10 + 1e-6);
    }

    /**
     * On random instances every rule holds in the design, and the cost is at least an independent lower bound:
     * every FTE of capability k delivered costs at least the cheapest role able to deliver k (sum_k x[r,k] <= F[r]),
     * so cost >= sum_k delivered[k] x min cost of a role that can do k.
     */
    @Test
    void randomDesignsKeepEveryRuleAndTheCostBound() {
        Random random = new Random(11);
        for (int instance = 0; instance < 60; instance++) {
            int nRoles = 3 + random.nextInt(4), nCaps = 2 + random.nextInt(3);
            List<RoleOption> roles = new ArrayList<>();
            for (int r = 0; r < nRoles; r++)
                roles.add(new RoleOption("R" + r, 20_000 + random.nextInt(100_000), 0, 5 + random.nextInt(40)));
            List<CanDo> canDo = new ArrayList<>();
            Map<String, Double> demand = new HashMap<>();
            for (int k = 0; k < nCaps; k++) {
                demand.put("K" + k, 1.0 + random.nextInt(30));
                for (int r = 0; r < nRoles; r++)
                    if (random.nextDouble() < 0.6)
                        canDo.add(new CanDo("R" + r, "K" + k, 0.2 + 0.8 * random.nextDouble()));
            }
            List<Reserved> reserved = List.of(new Reserved("K0", Set.of("R0", "R1"), 0.5 + 0.5 * random.nextDouble()));
            List<Supervision> supervised = List.of(new Supervision("R2", "R0", 1 + random.nextInt(4), ""));
            WorkforceDesign.Design d = WorkforceDesign.solve(new Problem(roles, canDo, demand, reserved, supervised));

            double bound = 0;
            for (var e : demand.entrySet()) {
                double delivered = e.getValue() - d.shortfall().get(e.getKey());
                double cheapest = canDo.stream()
                        .filter(c -> c.capability().equals(e.getKey()))
                        .mapToDouble(c -> roles.get(Integer.parseInt(c.role().substring(1)))
                                .annualCost())
                        .min()
                        .orElse(0);
                bound += delivered * cheapest;
            }
            assertThat(d.annualCost()).as("instance %d", instance).isGreaterThanOrEqualTo(bound - 1e-3);
            double licensed = d.capabilityFte("K0", Set.of("R0", "R1"));
            double all = d.capabilityFte("K0", Set.of("R0", "R1", "R2", "R3", "R4", "R5", "R6"));
            assertThat(licensed).isGreaterThanOrEqualTo(reserved.get(0).minShare() * all - 1e-6);
            assertThat(d.role("R2").designFte())
                    .isLessThanOrEqualTo(supervised.get(0).maxSuperviseesPerFte()
                                    * d.role("R0").designFte()
                            + 1e-6);
            for (WorkforceDesign.RoleResult r : d.roles())
                assertThat(r.designFte()).isLessThanOrEqualTo(r.upperFte() + 1e-6);
        }
    }
}
