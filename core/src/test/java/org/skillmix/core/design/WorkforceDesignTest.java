package org.skillmix.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.Upskill;
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
                .workforce("T1", "RN", 10, 0, 0, 0)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "HCSW", Interval.fixed(24));
        SystemModel dear = t.role("HCSW", 22_000, 30_000)
                .workforce("T1", "HCSW", 100, 0, 0, 0)
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
                .workforce("T1", "RN", 10, 0, 0, 0)
                .workforce("T1", "HCSW", 100, 0, 0, 0)
                .build();
        WorkforceDesign.Design d = WorkforceDesign.solve(DesignInputs.from(cheap, 2026, up));
        assertThat(d.role("HCSW").designFte()).isCloseTo(24, within(1e-6));
        assertThat(d.role("RN").designFte()).isCloseTo(0, within(1e-6));
    }
}
