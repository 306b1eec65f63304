package org.skillmix.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skillmix.core.intervention.InterventionRuns.BASE;
import static org.skillmix.core.intervention.InterventionRuns.at;
import static org.skillmix.core.intervention.InterventionRuns.iv;
import static org.skillmix.core.intervention.InterventionRuns.oneTrust;
import static org.skillmix.core.intervention.InterventionRuns.run;
import static org.skillmix.core.intervention.InterventionRuns.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * Each intervention kind that brings staff or skills the system did not have (recruits from abroad, training
 * places, new roles and posts, upskilling), against a hand-worked case (effects fixed at their mode).
 */
class AddedCapacityEffectsTest {

    /**
     * International recruitment of 120 a year, half of whom take up post: 5 a month beyond the labour pool
     * (which is 0 here), shared by establishment between T1 (100) and T2 (300): 1.25 and 3.75 a month.
     * No leavers: S_T1(12) = 100 + 12 x 1.25 = 115; S_T2(12) = 300 + 45 = 345.
     */
    @Test
    void internationalRecruitsArriveBeyondThePool() {
        SystemModel model = oneTrust()
                .org("T2", Sector.ACUTE, "E1")
                .workforce("T1", "RN", 100, 0, 0, 0.5)
                .workforce("T2", "RN", 300, 0, 0, 0.5)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(0))
                .build();
        double[][] out = run(
                model,
                scenario(iv("ir", InterventionKind.INTERNATIONAL_RECRUITMENT, Intervention.Scope.EVERYONE, 120, 0.5)),
                13);
        assertThat(at(out, 12, SupplyModel.STOCK, 0, 2)).isCloseTo(115, within(1e-9));
        assertThat(at(out, 12, SupplyModel.STOCK, 1, 2)).isCloseTo(345, within(1e-9));
        assertThat(at(out, 0, SupplyModel.RECRUITS, 0, 2)).isCloseTo(1.25, within(1e-12));
    }

    /**
     * 24 extra training places a year from the base month, an 18-month course, 75 % completing and staying:
     * 24 / 12 x 0.75 = 1.5 qualifiers a month from month 18. No leavers: S(t) = 100 + 1.5 (t - 18) for t >= 18,
     * so S(30) = 118 and S(18) = 100.
     */
    @Test
    void trainingPlacesQualifyAfterTheCourse() {
        SystemModel model = oneTrust().workforce("T1", "RN", 100, 0, 0, 0).build();
        Intervention places = new Intervention(
                "tp",
                InterventionKind.TRAINING_PLACES,
                Intervention.Scope.role("RN"),
                null,
                null,
                null,
                BASE,
                0,
                24,
                18,
                Interval.fixed(0.75),
                0,
                9_000,
                "",
                null);
        double[][] out = run(model, scenario(places), 31);
        assertThat(at(out, 17, SupplyModel.QUALIFIERS, 0, 1)).isZero();
        assertThat(at(out, 18, SupplyModel.QUALIFIERS, 0, 1)).isCloseTo(1.5, within(1e-12));
        assertThat(at(out, 18, SupplyModel.STOCK, 0, 1)).isCloseTo(100, within(1e-9));
        assertThat(at(out, 30, SupplyModel.STOCK, 0, 1)).isCloseTo(118, within(1e-9));
        // programme cost: 24 places x GBP 9,000 a year = 216,000 a year = 18,000 a month
        ProjectionKernel kernel = ScenarioSystem.kernel(model, List.of(scenario(places)), 12);
        assertThat(new InterventionEffects(kernel, scenario(places)).programmeCost(0))
                .isCloseTo(18_000, within(1e-9));
    }

    /**
     * New role: 100 nursing-associate posts in T1, filled at an annual rate e = 0.5, NA leaver rate 0.10
     * (copied from the role's line in T2). From S0 = 0 with E = 100: S(t) = S*(1 - (1 - h - f)^t),
     * S* = 100 f / (h + f), h = 1 - 0.9^(1/12), f = 1 - 0.5^(1/12).
     */
    @Test
    void newRolePostsFillFromNothing() {
        SystemModel model = oneTrust()
                .org("T2", Sector.ACUTE, "E1")
                .role("NA", 24_000, 32_000)
                .workforce("T1", "RN", 100, 0, 0, 0)
                .workforce("T2", "NA", 10, 0, 0.10, 0)
                .build();
        Intervention na = new Intervention(
                "na",
                InterventionKind.NEW_ROLE,
                new Intervention.Scope("ALL", "ALL", "T1", "ALL"),
                null,
                "NA",
                null,
                BASE,
                0,
                100,
                0,
                Interval.fixed(0.5),
                0,
                0,
                "",
                null);
        double[][] out = run(model, scenario(na), 25);
        double h = 1 - Math.pow(0.9, 1.0 / 12), f = 1 - Math.pow(0.5, 1.0 / 12), fixed = 100 * f / (h + f);
        for (int t = 0; t <= 24; t++) {
            assertThat(at(out, t, SupplyModel.STOCK, 2, 3))
                    .as("month " + t)
                    .isCloseTo(fixed * (1 - Math.pow(1 - h - f, t)), within(1e-9));
        }
        // the baseline on the same widened system leaves the empty line empty
        double[][] base = run(ScenarioSystem.widen(model, List.of(scenario(na))), Scenario.baseline(), 25);
        assertThat(at(base, 24, SupplyModel.STOCK, 2, 3)).isZero();
    }

    /**
     * Upskilling: healthcare support workers (personal care only) trained for wound care up to 0.3 of their
     * time, half of them trained. Demand: 12,000 people x 1 activity a year x 1.2 h of wound care
     * / 12 months / 100 h = 12 FTE of wound care, which no one else can do.
     * 100 HCSW: trained 50 give up to 0.3 x 50 = 15 FTE, so all 12 FTE are covered; untrained: 0.
     * Only 20 % trained: 0.3 x 20 = 6 FTE covered, 6 unmet. (Supply itself can exceed demand: trained staff's
     * spare time is spread over their headroom, so the test checks the covered demand, demand - unmet.)
     */
    @Test
    void upskillingWidensWhatTrainedStaffCanDo() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .capability("personal", 100)
                .capability("wound", 100)
                .role("HCSW", 22_000, 30_000)
                .canDo("HCSW", "personal", 1.0)
                .service("community", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("community", "all", "ALL", 1)
                .hours("community", "wound", 1.2)
                .workforce("T1", "HCSW", 100, 0, 0, 0)
                .build();
        Intervention up = new Intervention(
                "up",
                InterventionKind.UPSKILLING,
                Intervention.Scope.role("HCSW"),
                null,
                null,
                "wound",
                BASE,
                0,
                0.3,
                0,
                Interval.fixed(0.5),
                0,
                500,
                "",
                null);
        assertThat(woundSupply(model, scenario(up))).isCloseTo(12, within(1e-9));
        assertThat(woundSupply(model, scenario(up.withEffect(Interval.fixed(0.2)))))
                .isCloseTo(6, within(1e-9));
        assertThat(woundSupply(model, Scenario.baseline())).isZero();
    }

    private static double woundSupply(SystemModel model, Scenario scenario) {
        List<Scenario> all = List.of(
                scenario,
                scenario(new Intervention(
                        "up",
                        InterventionKind.UPSKILLING,
                        Intervention.Scope.role("HCSW"),
                        null,
                        null,
                        "wound",
                        BASE,
                        0,
                        0.3,
                        0,
                        Interval.fixed(0.5),
                        0,
                        0,
                        "",
                        null)));
        ProjectionKernel kernel = ScenarioSystem.kernel(model, all, 1);
        InterventionEffects effects = new InterventionEffects(kernel, scenario);
        ProjectionKernel.Worker worker = kernel.newWorker();
        worker.begin(
                kernel.parameters().modes(),
                scenario.interventions().isEmpty() ? null : effects.adjuster(effects.modes()));
        worker.step(0);
        int cell = kernel.demand().cell(kernel.demand().capabilityIndex("wound"), Sector.COMMUNITY.ordinal(), 0);
        assertThat(worker.demandCells()[cell]).isCloseTo(12, within(1e-9));
        return worker.demandCells()[cell] - worker.unmetCells()[cell];
    }

    /**
     * Homecare expansion: trust T1 creates 50 care-worker posts, filled at 0.6 a year, in its adult social
     * care arm "T1-HOMECARE" (home place E1). Care worker leaver rate 0.25 (from C1's line). From 0:
     * S(t) = S*(1 - (1 - h - f)^t), S* = 50 f/(h + f), h = 1 - 0.75^(1/12), f = 1 - 0.4^(1/12); their time
     * meets social-care demand (personal care in sector adult_social_care).
     */
    @Test
    void homecareExpansionAddsSocialCareStaffEmployedByATrust() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.COMMUNITY, "E1")
                .org("C1", Sector.ADULT_SOCIAL_CARE, "E1")
                .capability("personal", 100)
                .role("CW", 21_000, 26_000)
                .canDo("CW", "personal", 1.0)
                .service("homecare", Sector.ADULT_SOCIAL_CARE)
                .population("E1", 2025, "F", "all", 100_000)
                .utilisation("homecare", "all", "ALL", 1)
                .hours("homecare", "personal", 12)
                .workforce("C1", "CW", 100, 0, 0.25, 0)
                .build();
        Intervention hc = new Intervention(
                "hc",
                InterventionKind.HOMECARE_EXPANSION,
                new Intervention.Scope("ALL", "ALL", "T1", "ALL"),
                null,
                "CW",
                null,
                BASE,
                0,
                50,
                0,
                Interval.fixed(0.6),
                0,
                0,
                "",
                null);
        double[][] out = run(model, scenario(hc), 13);
        double h = 1 - Math.pow(0.75, 1.0 / 12), f = 1 - Math.pow(0.4, 1.0 / 12), fixed = 50 * f / (h + f);
        assertThat(at(out, 12, SupplyModel.STOCK, 1, 2)).isCloseTo(fixed * (1 - Math.pow(1 - h - f, 12)), within(1e-9));
        SystemModel widened = ScenarioSystem.widen(model, List.of(scenario(hc)));
        assertThat(widened.organisation("T1-HOMECARE").orElseThrow().sector()).isEqualTo(Sector.ADULT_SOCIAL_CARE);
    }
}
