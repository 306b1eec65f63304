package org.skillmix.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

class WorkforceDesignTest {

    /**
     * Hand-solved. Demand: wound care 30 FTE, insulin 10 FTE, personal care 50 FTE.
     * Roles (cost per FTE): RN 50k can do wound 1.0, insulin 1.0, personal 1.0 (at most 100 FTE);
     * NA 35k can do wound 0.5, personal 1.0 (at most 40 FTE); HCSW 25k personal 1.0 (at most 30 FTE).
     * Cheapest first: personal care by HCSW (30) then NA; wound care needs RN or NA (at most half of an NA's
     * time). With NA = 40: wound 20 from NA and personal 20 from NA fills NA's 40; the 10 remaining wound
     * and 10 insulin come from RN = 20. Cost 30 x 25 + 40 x 35 + 20 x 50 = 750 + 1,400 + 1,000 = 3,150k.
     * Check no cheaper: each NA FTE replaces an RN FTE (50k) at 35k while NA's personal-care half replaces
     * an RN-hour too, so NA at its cap is right; HCSW at its cap (cheapest personal care). LP optimum 3,150k.
     */
    @Test
    void handSolvedMix() {
        WorkforceDesign.Problem p = new WorkforceDesign.Problem(
                List.of(
                        new WorkforceDesign.RoleOption("RN", 50_000, 60, 100),
                        new WorkforceDesign.RoleOption("NA", 35_000, 0, 40),
                        new WorkforceDesign.RoleOption("HCSW", 25_000, 20, 30)),
                List.of(
                        new WorkforceDesign.CanDo("RN", "wound", 1), new WorkforceDesign.CanDo("RN", "insulin", 1),
                        new WorkforceDesign.CanDo("RN", "personal", 1), new WorkforceDesign.CanDo("NA", "wound", 0.5),
                        new WorkforceDesign.CanDo("NA", "personal", 1),
                                new WorkforceDesign.CanDo("HCSW", "personal", 1)),
                Map.of("wound", 30.0, "insulin", 10.0, "personal", 50.0));
        WorkforceDesign.Design d = WorkforceDesign.solve(p);
        assertThat(d.role("HCSW").designFte()).isCloseTo(30, within(1e-6));
        assertThat(d.role("NA").designFte()).isCloseTo(40, within(1e-6));
        assertThat(d.role("RN").designFte()).isCloseTo(20, within(1e-6));
        assertThat(d.annualCost()).isCloseTo(3_150_000, within(1e-3));
        assertThat(d.role("RN").change()).isCloseTo(-40, within(1e-6));
        assertThat(d.shortfall().values()).allSatisfy(v -> assertThat(v).isCloseTo(0, within(1e-9)));
    }

    /**
     * From a system: 12,000 people x 1 visit x 1.2 h wound care / 12 / 100 h = 12 FTE of wound care a month.
     * HCSW (30k) cannot do wound care until upskilled to 0.5 of their time; RN (50k) can. HCSW labour pool
     * 24 a year, 100 HCSW today, so by 2026/27 (2 years from April 2025) at most 100 + 2 x 24 = 148.
     * Without upskilling: RN = 12. With it: HCSW = 24 (12 / 0.5), RN = 0: 24 x 30k = 720k < 12 x 50k = 600k?
     * No: 720k > 600k, so the LP keeps RN. With HCSW at 20k: 24 x 20k = 480k < 600k, so it upskills HCSW.
     * (RN has a labour pool of 24 a year too, so 12 RN are within reach: 10 + 2 x 24 = 58. Both roles have a leaver
     * rate of 1, so the design need keep none of today's staff and cost alone decides.)
     */
    @Test
    void designFromASystemUsesUpskilledRolesWhenCheaper() {
        TestSystem t = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .role("RN", 40_000, 50_000)
                .canDo("RN", "wound", 1.0)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "RN", 10, 0, 1, 0)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "HCSW", Interval.fixed(24))
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(24));
        SystemModel dear = t.role("HCSW", 22_000, 30_000)
                .workforce("T1", "HCSW", 100, 0, 1, 0)
                .build();
        List<Upskill> up = List.of(new Upskill("HCSW", "wound", 0.5));
        WorkforceDesign.Problem p = DesignInputs.from(dear, 2026, up);
        assertThat(p.demand().get("wound")).isCloseTo(12, within(1e-9));
        assertThat(p.roles().stream()
                        .filter(r -> r.code().equals("HCSW"))
                        .findFirst()
                        .orElseThrow()
                        .upperFte())
                .isCloseTo(148, within(1e-9));
        assertThat(WorkforceDesign.solve(p).role("RN").designFte()).isCloseTo(12, within(1e-6));
        SystemModel cheap = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .role("RN", 40_000, 50_000)
                .canDo("RN", "wound", 1.0)
                .role("HCSW", 16_000, 20_000)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "RN", 10, 0, 1, 0)
                .workforce("T1", "HCSW", 100, 0, 1, 0)
                .build();
        WorkforceDesign.Design d = WorkforceDesign.solve(DesignInputs.from(cheap, 2026, up));
        assertThat(d.role("HCSW").designFte()).isCloseTo(24, within(1e-6));
        assertThat(d.role("RN").designFte()).isCloseTo(0, within(1e-6));
    }

    /**
     * The labour pool is the supply baseline's recruit cap. 10 RN today, labour_pool_annual 24 and
     * trend_labour_pool_annual 6 a year: over the 2 years to March 2027 at most 10 + 2 x 24 = 58 on the funded plan
     * and 10 + 2 x 6 = 22 on current trends, each limit saying which pool it took. A role with no pool of its own
     * (PA) grows by the same 5% a year default on both.
     */
    @Test
    void theLabourPoolIsTheBaselines() {
        SystemModel m = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .role("RN", 40_000, 50_000)
                .role("PA", 50_000, 70_000)
                .canDo("RN", "wound", 1.0)
                .canDo("PA", "wound", 1.0)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "RN", 10, 0, 1, 0)
                .workforce("T1", "PA", 100, 0, 0, 0)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(24))
                .assumption(Assumption.Parameters.TREND_LABOUR_POOL_ANNUAL, "RN", Interval.fixed(6))
                .build();
        WorkforceDesign.Problem funded = DesignInputs.from(m, 2026, List.of(), Baseline.FUNDED_PLAN);
        WorkforceDesign.Problem trends = DesignInputs.from(m, 2026, List.of(), Baseline.CURRENT_TRENDS);
        assertThat(upper(funded, "RN")).isCloseTo(58, within(1e-9));
        assertThat(upper(trends, "RN")).isCloseTo(22, within(1e-9));
        assertThat(upper(DesignInputs.from(m, 2026, List.of()), "RN")).isCloseTo(58, within(1e-9));
        assertThat(upper(funded, "PA")).isCloseTo(110.25, within(1e-9));
        assertThat(upper(trends, "PA")).isCloseTo(110.25, within(1e-9));
        assertThat(limit(funded, "RN")).contains("(labour pool 24 + pipeline qualifiers 0)");
        assertThat(limit(trends, "RN")).contains("(historical intake 6 + pipeline qualifiers 0)");
    }

    private static String limit(WorkforceDesign.Problem p, String role) {
        return p.roles().stream()
                .filter(r -> r.code().equals(role))
                .findFirst()
                .orElseThrow()
                .limit();
    }

    /**
     * Growth limits: a role with neither labour pool nor pipeline grows by max_growth_annual a year (its own row,
     * else ALL, else the 5% built-in default): 100 FTE over 2 years (April 2025 to March 2027) reach at most
     * 100 x 1.05^2 = 110.25 by default, 100 x 1.02^2 = 104.04 with an ALL row of 2%, and 100 with a role row of 0.
     */
    @Test
    void rolesWithoutPipelineOrPoolGrowByTheirLimit() {
        TestSystem t = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .role("PA", 50_000, 70_000)
                .role("RN", 40_000, 50_000)
                .canDo("PA", "wound", 1.0)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "PA", 100, 0, 0, 0)
                .workforce("T1", "RN", 100, 0, 0, 0);
        assertThat(upper(DesignInputs.from(t.build(), 2026, List.of()), "PA")).isCloseTo(110.25, within(1e-9));
        t.assumption(Assumption.Parameters.MAX_GROWTH_ANNUAL, "ALL", Interval.fixed(0.02));
        assertThat(upper(DesignInputs.from(t.build(), 2026, List.of()), "PA")).isCloseTo(104.04, within(1e-9));
        t.assumption(Assumption.Parameters.MAX_GROWTH_ANNUAL, "PA", Interval.fixed(0));
        WorkforceDesign.Problem p = DesignInputs.from(t.build(), 2026, List.of());
        assertThat(upper(p, "PA")).isCloseTo(100, within(1e-9));
        assertThat(upper(p, "RN")).isCloseTo(104.04, within(1e-9));
        assertThat(p.roles().get(0).limit()).contains("max_growth_annual PA");
    }

    private static double upper(WorkforceDesign.Problem p, String role) {
        return p.roles().stream()
                .filter(r -> r.code().equals(role))
                .findFirst()
                .orElseThrow()
                .upperFte();
    }

    /**
     * Staff leave only at the leaver rate: with 10% a year, over the 2 years to March 2027 a role keeps at least
     * 0.9^2 = 81% of today. 100 HCSW (20k) and 10 RN (50k); wound care needs 12 FTE; HCSW upskilled to 0.5. Without
     * the floor the LP would keep 24 HCSW and no RN; with it HCSW >= 81 and RN >= 8.1: the 81 HCSW already give up
     * to 40.5 FTE of wound care, so the design is HCSW 81, RN 8.1, and the floor is named in the limit text.
     */
    @Test
    void designKeepsWhatNaturalAttritionLeaves() {
        SystemModel m = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("wound", 100)
                .role("RN", 40_000, 50_000)
                .canDo("RN", "wound", 1.0)
                .role("HCSW", 16_000, 20_000)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "RN", 10, 0, 0.1, 0)
                .workforce("T1", "HCSW", 100, 0, 0.1, 0)
                .build();
        WorkforceDesign.Problem p = DesignInputs.from(m, 2026, List.of(new Upskill("HCSW", "wound", 0.5)));
        WorkforceDesign.Design d = WorkforceDesign.solve(p);
        assertThat(d.role("HCSW").designFte()).isCloseTo(81, within(1e-6));
        assertThat(d.role("RN").designFte()).isCloseTo(8.1, within(1e-6));
        assertThat(d.role("RN").limit()).contains("keeps at least 81% of today (leaver rate 10.0% a year)");
    }
}
