package org.skillmix.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skillmix.core.intervention.InterventionRuns.BASE;
import static org.skillmix.core.intervention.InterventionRuns.at;
import static org.skillmix.core.intervention.InterventionRuns.iv;
import static org.skillmix.core.intervention.InterventionRuns.oneTrust;
import static org.skillmix.core.intervention.InterventionRuns.run;
import static org.skillmix.core.intervention.InterventionRuns.scenario;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * Each intervention kind that changes the rates and pay of staff in post, against a hand-worked case (effects fixed
 * at their mode); {@link AddedCapacityEffectsTest} has the kinds that bring staff or skills the system lacked.
 */
class InterventionEffectsTest {

    /**
     * The case. 1,000 FTE, leaver rate 9.1 % a year, labour pool binding at J = 120 a year = 10 a
     * month (vacancies 100,000 would recruit far more). Flexible working for everyone with effect
     * e = 1 - 7.4/9.1 cuts the leaver rate to 9.1 % x 7.4/9.1 = 7.4 %. Monthly hazard
     * h' = 1 - 0.926^(1/12) = 0.0063863; S(t+1) = (1 - h') S(t) + J, so
     * S(60) = J/h' + (S0 - J/h')(1 - h')^60 = 1565.858 + (1000 - 1565.858) x 0.680855 = 1180.59.
     * Without it (h = 1 - 0.909^(1/12) = 0.0079193): S(60) = 1262.734 - 262.734 x 0.620611 = 1099.68.
     */
    @Test
    void cuttingTheLeaverRateFollowsTheClosedForm() {
        SystemModel model = oneTrust()
                .workforce("T1", "RN", 1000, 100_000, 0.091, 0.5)
                .assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(120))
                .build();
        Intervention flexible =
                iv("flex", InterventionKind.FLEXIBLE_WORKING, Intervention.Scope.EVERYONE, 1.0, 1 - 7.4 / 9.1);
        double[][] with = run(model, scenario(flexible), 61);
        double[][] without = run(model, Scenario.baseline(), 61);
        double h2 = 1 - Math.pow(0.926, 1.0 / 12), h1 = 1 - Math.pow(0.909, 1.0 / 12), j = 10;
        for (int t = 0; t <= 60; t++) {
            double expected = j / h2 + (1000 - j / h2) * Math.pow(1 - h2, t);
            assertThat(at(with, t, SupplyModel.STOCK, 0, 1))
                    .as("month " + t)
                    .isCloseTo(expected, within(1e-9 * expected));
        }
        assertThat(at(with, 60, SupplyModel.STOCK, 0, 1)).isCloseTo(1180.5906, within(1e-3));
        assertThat(at(without, 60, SupplyModel.STOCK, 0, 1)).isCloseTo(1099.6784, within(1e-3));
        assertThat(h1).isCloseTo(0.0079193, within(1e-7));
    }

    /**
     * Pay uplift 5 % with effect 0.02 per 1 %: leaver rate x (1 - 0.1) = 0.10 x 0.9 = 0.09, fill rate
     * x 1.1 = 0.5 x 1.1 = 0.55, pay x 1.05. Vacancy-driven with E = 100: S(t) = S* + (60 - S*)(1 - h - f)^t,
     * S* = fE/(h + f), h = 1 - 0.91^(1/12), f = 1 - 0.45^(1/12). Month 0 pay cost 60 x 45,000 x 1.05 / 12 = 236,250.
     */
    @Test
    void payUpliftCutsLeaversRaisesFillAndCosts() {
        SystemModel model = oneTrust().workforce("T1", "RN", 60, 40, 0.10, 0.5).build();
        double[][] out = run(
                model, scenario(iv("pay", InterventionKind.PAY_UPLIFT, Intervention.Scope.role("RN"), 5, 0.02)), 120);
        double h = 1 - Math.pow(0.91, 1.0 / 12), f = 1 - Math.pow(0.45, 1.0 / 12), fixed = f * 100 / (h + f);
        for (int t = 0; t < 120; t++) {
            double expected = fixed + (60 - fixed) * Math.pow(1 - h - f, t);
            assertThat(at(out, t, SupplyModel.STOCK, 0, 1))
                    .as("month " + t)
                    .isCloseTo(expected, within(1e-9 * expected));
        }
        assertThat(at(out, 0, SupplyModel.PAY_COST, 0, 1)).isCloseTo(236_250, within(1e-6));
    }

    /**
     * Retention premium GBP 2,000 with effect 0.05 per GBP 1,000: leaver rate 0.12 x (1 - 0.1) = 0.108.
     * No recruits: S(12) = 100 x (1 - 0.108) = 89.2. Month 0 cost 100 x (45,000 + 2,000) / 12 = 391,666.67.
     */
    @Test
    void retentionPremiumCutsLeaversAndAddsItsCost() {
        SystemModel model = oneTrust().workforce("T1", "RN", 100, 0, 0.12, 0).build();
        double[][] out = run(
                model,
                scenario(iv("prem", InterventionKind.RETENTION_PREMIUM, Intervention.Scope.EVERYONE, 2000, 0.05)),
                13);
        assertThat(at(out, 12, SupplyModel.STOCK, 0, 1)).isCloseTo(89.2, within(1e-9));
        assertThat(at(out, 0, SupplyModel.PAY_COST, 0, 1)).isCloseTo(100 * 47_000 / 12.0, within(1e-6));
    }

    /**
     * Wellbeing covering half the staff with effect 0.2: leaver and sickness rates x (1 - 0.2 x 0.5) = 0.9.
     * Sickness 0.05 -> 0.045: effective FTE at month 0 = 100 x 0.955 = 95.5. Leaver 0.10 -> 0.09: S(12) = 91.
     * Ramp of 12 months starting at the base: month 0 carries 1/12 of the effect (sickness 0.05 x (1 - 0.1/12)).
     */
    @Test
    void wellbeingCutsLeaversAndSickness() {
        SystemModel model = oneTrust()
                .workforce("T1", "RN", 100, 0, 0, 0, 0.05, Interval.fixed(0.10), Interval.fixed(0))
                .build();
        double[][] out =
                run(model, scenario(iv("wb", InterventionKind.WELLBEING, Intervention.Scope.EVERYONE, 0.5, 0.2)), 13);
        assertThat(at(out, 0, SupplyModel.EFFECTIVE, 0, 1)).isCloseTo(95.5, within(1e-9));
        assertThat(at(out, 12, SupplyModel.STOCK, 0, 1)).isCloseTo(91, within(1e-9));
        Intervention ramped = new Intervention(
                "wb",
                InterventionKind.WELLBEING,
                Intervention.Scope.EVERYONE,
                null,
                null,
                null,
                BASE,
                12,
                0.5,
                0,
                Interval.fixed(0.2),
                0,
                0,
                "",
                null);
        double[][] slow = run(model, scenario(ramped), 1);
        assertThat(at(slow, 0, SupplyModel.EFFECTIVE, 0, 1)).isCloseTo(100 * (1 - 0.05 * (1 - 0.1 / 12)), within(1e-9));
    }

    /**
     * Joint recruitment on all vacancies (scale 1) with effect 0.2: fill rate 0.5 -> 0.6. No leavers,
     * E = 100, S0 = 60: S(t) = 100 - 40 (1 - f)^t with f = 1 - 0.4^(1/12); S(12) = 100 - 40 x 0.4 = 84.
     */
    @Test
    void jointRecruitmentRaisesTheFillRate() {
        SystemModel model = oneTrust().workforce("T1", "RN", 60, 40, 0, 0.5).build();
        double[][] out = run(
                model, scenario(iv("jr", InterventionKind.JOINT_RECRUITMENT, Intervention.Scope.EVERYONE, 1, 0.2)), 13);
        assertThat(at(out, 12, SupplyModel.STOCK, 0, 1)).isCloseTo(84, within(1e-9));
    }

    /**
     * Two-way rotation of 20 FTE between acute HCSW (200 FTE) and social-care care workers (100 FTE),
     * effect 0.3 on rotating staff: acute leaver rate x (1 - 0.3 x 20/200) = 0.97, care x (1 - 0.3 x 0.2) = 0.94.
     * No recruits: S_acute(12) = 200 (1 - 0.1 x 0.97) = 180.6; S_care(12) = 100 (1 - 0.3 x 0.94) = 71.8.
     */
    @Test
    void rotationImprovesRetentionOnBothSides() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("C1", Sector.ADULT_SOCIAL_CARE, "E1")
                .role("HCSW", 22_000, 30_000)
                .role("CW", 21_000, 26_000)
                .workforce("T1", "HCSW", 200, 0, 0.10, 0)
                .workforce("C1", "CW", 100, 0, 0.30, 0)
                .build();
        Intervention rot = new Intervention(
                "rot",
                InterventionKind.ROTATION,
                new Intervention.Scope("acute", "HCSW", "ALL", "ALL"),
                "adult_social_care",
                "CW",
                null,
                BASE,
                0,
                20,
                0,
                Interval.fixed(0.3),
                0,
                0,
                "",
                null);
        double[][] out = run(model, scenario(rot), 13);
        assertThat(at(out, 12, SupplyModel.STOCK, 0, 2)).isCloseTo(180.6, within(1e-9));
        assertThat(at(out, 12, SupplyModel.STOCK, 1, 2)).isCloseTo(71.8, within(1e-9));
    }

    /**
     * System bank with a pay cap of 1.2 taking half the agency FTE: of 10 agency FTE, 5 move to the bank.
     * Month 0 cost = (100 + 4 x 1.0 + 5 x 1.2 + 5 x 1.6) x 45,000 / 12 = 118 x 3,750 = 442,500 (before:
     * (100 + 4 + 16) x 3,750 = 450,000). Effective FTE is unchanged: 100 + 4 + 10 = 114.
     */
    @Test
    void systemBankMovesAgencyToCappedBank() {
        SystemModel model = oneTrust()
                .workforce("T1", "RN", 100, 0, 4, 10, 0, Interval.fixed(0), Interval.fixed(0))
                .build();
        double[][] out = run(
                model, scenario(iv("bank", InterventionKind.SYSTEM_BANK, Intervention.Scope.EVERYONE, 1.2, 0.5)), 1);
        double[][] base = run(model, Scenario.baseline(), 1);
        assertThat(at(out, 0, SupplyModel.PAY_COST, 0, 1)).isCloseTo(442_500, within(1e-6));
        assertThat(at(base, 0, SupplyModel.PAY_COST, 0, 1)).isCloseTo(450_000, within(1e-6));
        assertThat(at(out, 0, SupplyModel.EFFECTIVE, 0, 1)).isCloseTo(114, within(1e-9));
    }
}
