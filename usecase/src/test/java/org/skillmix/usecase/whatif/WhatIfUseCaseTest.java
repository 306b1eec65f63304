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
                "test");
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
