package org.skillmix.usecase.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.GmExample;

/**
 * A comparison run in part (the optimiser's one-at-a-time runs) has the same target gaps and costs on the same draws,
 * and no discharge figures nor gap rows by capability, sector and place, on GM, whose dataset has the discharge
 * calibration.
 */
class ComparisonWithoutDischargeTest {

    @Test
    void theTargetGapsAndCostsAreTheSameAndTheRestIsLeftOut() throws Exception {
        SystemModel gm = GmExample.model();
        var settings = new ScenarioComparison.Settings(2, 3, 7L, 2, Set.of(), 0, Baseline.FUNDED_PLAN);
        ScenarioComparison.Result with = new ScenarioComparison(gm, List.of(), 2).run(settings);
        ScenarioComparison.Result without = new ScenarioComparison(gm, List.of(), 2, false).run(settings);
        assertThat(with.summary().stream().allMatch(r -> r.discharge().isPresent()))
                .isTrue();
        assertThat(without.summary()).allMatch(r -> r.discharge().isEmpty());
        assertThat(with.gaps()).isNotEmpty();
        assertThat(without.gaps()).isEmpty();
        for (int i = 0; i < with.summary().size(); i++) {
            var a = with.summary().get(i);
            var b = without.summary().get(i);
            assertThat(b.targetGap()).isEqualTo(a.targetGap());
            assertThat(b.payCostGbp()).isEqualTo(a.payCostGbp());
            assertThat(b.extraCostGbp()).isEqualTo(a.extraCostGbp());
        }
    }
}
