package org.skillmix.usecase.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.SourceDataset;
import org.skillmix.usecase.projection.ProjectionRequest;
import org.skillmix.usecase.projection.ProjectionUseCase;

/** The what-if preview against the run's own deterministic projection and hand-worked costs. */
class WhatIfUseCaseTest {
    static final int YEARS = 2;

    /** GM with one scenario: flexible working for everyone from the base month, GBP 120,000 a year fixed. */
    static SystemModel withScenario() throws Exception {
        SystemModel gm = GmExample.model();
        YearMonth base = gm.info().baseMonth();
        Intervention flexible = new Intervention(
                "FLEX",
                InterventionKind.FLEXIBLE_WORKING,
                Intervention.Scope.EVERYONE,
                null,
                null,
                null,
                base,
                0,
                0.5,
                0,
                Interval.fixed(0.2),
                120_000,
                0,
                "test",
                null);
        return gm.toBuilder()
                .scenarios(List.of(new Scenario("FLEXI", "Flexible working", List.of(flexible))))
                .build();
    }

    /** The run's projection made as a run makes it, with draws 0. */
    static Projection run(SystemModel model, String scenario) {
        ProjectionRequest request = new ProjectionRequest(YEARS, 0, 42, 1, scenario, Baseline.FUNDED_PLAN);
        return new ProjectionUseCase()
                .run(model, new SourceDataset("gm", "0".repeat(64)), request, Progress.NONE)
                .projection();
    }

    @Test
    void withoutAChangeThePreviewIsTheRunsDeterministicTotals() throws Exception {
        SystemModel model = withScenario();
        for (String scenario : List.of("baseline", "FLEXI")) {
            Projection projection = run(model, scenario);
            WhatIfUseCase.Result preview =
                    new WhatIfUseCase().preview(model, WhatIfRequest.unchanged(scenario, YEARS, Baseline.FUNDED_PLAN));
            double[] gap = WhatIfUseCase.total(projection, Measure.GAP_FTE);
            double[] pay = WhatIfUseCase.total(projection, Measure.PAY_COST_GBP);
            for (int y = 0; y < YEARS; y++) {
                double gapMean = 0;
                double paySum = 0;
                for (int m = 0; m < 12; m++) {
                    gapMean += gap[y * 12 + m] / 12;
                    paySum += pay[y * 12 + m];
                }
                WhatIfUseCase.Year year = preview.years().get(y);
                assertThat(year.gapFte()).as(scenario + " year " + (y + 1)).isCloseTo(gapMean, within(1e-9));
                assertThat(year.payCostGbp()).isCloseTo(paySum, within(1e-6));
                assertThat(year.from()).isEqualTo(model.info().baseMonth().plusMonths(12L * y));
                // The fixed cost is paid a twelfth a month from the start: GBP 120,000 a full year, none at baseline.
                assertThat(year.programmeCostGbp()).isCloseTo(scenario.equals("baseline") ? 0 : 120_000, within(1e-6));
            }
        }
    }

    /**
     * GM with a scenario of four kinds: flexible working for everyone, new physician associate posts in general
     * practice (lines the scenario adds), health care support workers upskilled for wound care (a widened
     * allocation) and training places for nurses.
     */
    static SystemModel withMixedScenario() throws Exception {
        SystemModel gm = withScenario();
        YearMonth base = gm.info().baseMonth();
        List<Intervention> interventions = List.of(
                new Intervention(
                        "FLEX",
                        InterventionKind.FLEXIBLE_WORKING,
                        Intervention.Scope.EVERYONE,
                        null,
                        null,
                        null,
                        base,
                        12,
                        0.5,
                        0,
                        new Interval(0.05, 0.1, 0.15),
                        250_000,
                        60,
                        "test",
                        null),
                new Intervention(
                        "PA",
                        InterventionKind.NEW_ROLE,
                        new Intervention.Scope("primary_care", "ALL", "ALL", "ALL"),
                        null,
                        "PA",
                        null,
                        base.plusMonths(3),
                        6,
                        40,
                        0,
                        new Interval(0.2, 0.4, 0.6),
                        0,
                        1_000,
                        "test",
                        null),
                new Intervention(
                        "UPSKILL",
                        InterventionKind.UPSKILLING,
                        Intervention.Scope.role("HCSW"),
                        null,
                        null,
                        "WOUND",
                        base,
                        12,
                        0.3,
                        0,
                        new Interval(0.2, 0.3, 0.4),
                        0,
                        500,
                        "test",
                        null),
                new Intervention(
                        "TRAIN",
                        InterventionKind.TRAINING_PLACES,
                        Intervention.Scope.role("RN_ADULT"),
                        null,
                        null,
                        null,
                        base,
                        0,
                        100,
                        12,
                        new Interval(0.7, 0.8, 0.9),
                        0,
                        9_000,
                        "test",
                        null));
        return gm.toBuilder()
                .scenarios(List.of(gm.scenarios().get(0), new Scenario("MIXED", "Four kinds at once", interventions)))
                .build();
    }

    /**
     * The preview (prepared kernel, rates in the parameter values, totals only) against the full deterministic
     * run of the changed dataset, as the queued run of the same change would project it: the same figures to the
     * last bit, for the baseline, a one-intervention scenario and one that adds lines and widens allocations,
     * unchanged and changed, and again from the cached kernel and pooled workers.
     */
    @Test
    void aPreviewIsTheFullDeterministicRunOfTheChangedDataset() throws Exception {
        SystemModel model = withMixedScenario();
        WhatIfUseCase useCase = new WhatIfUseCase();
        List<WhatIfRequest> requests = List.of(
                WhatIfRequest.unchanged("baseline", YEARS, Baseline.FUNDED_PLAN),
                new WhatIfRequest("baseline", YEARS, Baseline.FUNDED_PLAN, Map.of(), 1.3, 0.6),
                new WhatIfRequest("FLEXI", YEARS, Baseline.FUNDED_PLAN, Map.of("FLEX", 0.9), 0.7, 1.2),
                WhatIfRequest.unchanged("MIXED", YEARS, Baseline.FUNDED_PLAN),
                new WhatIfRequest(
                        "MIXED",
                        YEARS,
                        Baseline.FUNDED_PLAN,
                        Map.of("PA", 80.0, "UPSKILL", 0.5, "TRAIN", 20.0),
                        1.4,
                        0.8),
                new WhatIfRequest("MIXED", YEARS, Baseline.FUNDED_PLAN, Map.of("FLEX", 0.2), 0.5, 1.5));
        for (int pass = 0; pass < 2; pass++) {
            for (WhatIfRequest request : requests) {
                SystemModel changed = useCase.changedModel(model, request);
                Projection full = run(changed, request.scenario());
                WhatIfUseCase.Result preview = useCase.preview(model, request);
                double[] demand = WhatIfUseCase.total(full, Measure.DEMAND_FTE);
                double[] supply = WhatIfUseCase.total(full, Measure.SUPPLY_FTE);
                double[] gap = WhatIfUseCase.total(full, Measure.GAP_FTE);
                double[] pay = WhatIfUseCase.total(full, Measure.PAY_COST_GBP);
                for (int y = 0; y < YEARS; y++) {
                    WhatIfUseCase.Year year = preview.years().get(y);
                    String as = request + " year " + (y + 1);
                    assertThat(year.demandFte()).as(as).isEqualTo(yearMean(demand, y));
                    assertThat(year.supplyFte()).as(as).isEqualTo(yearMean(supply, y));
                    assertThat(year.gapFte()).as(as).isEqualTo(yearMean(gap, y));
                    assertThat(year.payCostGbp()).as(as).isEqualTo(yearSum(pay, y));
                }
            }
        }
    }

    /** The sum over year y's months, in month order. */
    private static double yearSum(double[] monthly, int y) {
        double s = 0;
        for (int m = 0; m < 12; m++) s += monthly[y * 12 + m];
        return s;
    }

    /** The mean over year y's months: their sum over 12. */
    private static double yearMean(double[] monthly, int y) {
        return yearSum(monthly, y) / 12;
    }

    @Test
    void aHigherLevelOrFewerLeaversCloseMoreOfTheGap() throws Exception {
        SystemModel model = withScenario();
        WhatIfUseCase useCase = new WhatIfUseCase();
        double asRun = useCase.preview(model, WhatIfRequest.unchanged("FLEXI", YEARS, null))
                .years()
                .get(1)
                .gapFte();
        double more = useCase.preview(model, new WhatIfRequest("FLEXI", YEARS, null, Map.of("FLEX", 1.0), 1, 1))
                .years()
                .get(1)
                .gapFte();
        double fewerLeavers = useCase.preview(model, new WhatIfRequest("FLEXI", YEARS, null, Map.of(), 0.8, 1))
                .years()
                .get(1)
                .gapFte();
        assertThat(more).isLessThan(asRun);
        assertThat(fewerLeavers).isLessThan(asRun);
        assertThat(useCase.preview(model, new WhatIfRequest("FLEXI", YEARS, null, Map.of("FLEX", 1.0), 1, 1))
                        .levels())
                .containsEntry("FLEX", 1.0);
    }

    @Test
    void refusesWhatTheScenarioDoesNotHaveAndFactorsOutOfRange() throws Exception {
        SystemModel model = withScenario();
        assertThatThrownBy(() -> new WhatIfUseCase()
                        .preview(model, new WhatIfRequest("FLEXI", YEARS, null, Map.of("NOPE", 1.0), 1, 1)))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("no intervention NOPE");
        assertThatThrownBy(() -> new WhatIfRequest("FLEXI", YEARS, null, Map.of(), 2, 1))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("0.5 to 1.5");
        assertThatThrownBy(() -> new WhatIfRequest("FLEXI", YEARS, null, Map.of("FLEX", -1.0), 1, 1))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("0 to 1,000,000");
    }
}
