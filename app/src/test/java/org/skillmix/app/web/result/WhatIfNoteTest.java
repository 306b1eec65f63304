package org.skillmix.app.web.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.whatif.WhatIfRequest;

/**
 * The note a what-if's full run leaves on the dataset version it stores: the change as the what-if panel writes it
 * (each level by its intervention's name, in its unit), never Java's text of a map of doubles.
 */
class WhatIfNoteTest {
    static final List<WhatIfService.Level> RETAIN = List.of(
            new WhatIfService.Level(
                    "rn-premium", "Nurse retention premium", "retention_premium", 1000, "£ per FTE a year"),
            new WhatIfService.Level("pay-5", "Pay uplift", "pay_uplift", 3, "% pay uplift"));

    @Test
    void theNoteNamesEachLevelInItsUnitAndTheRateFactorsPlainly() {
        WhatIfRequest change = new WhatIfRequest(
                "retain", 2, Baseline.FUNDED_PLAN, Map.of("rn-premium", 1500.0, "pay-5", 5.0), 0.9, 1);
        assertThat(WhatIfService.describe(change, RETAIN))
                .isEqualTo("levels: Pay uplift (pay-5) 5% pay uplift, Nurse retention premium (rn-premium) £1,500 per"
                        + " FTE a year; leaver rates × 0.9; fill rates × 1");
    }

    @Test
    void withNoLevelChangedTheNoteSaysTheLevelsAreAsRun() {
        WhatIfRequest change = new WhatIfRequest("retain", 2, Baseline.FUNDED_PLAN, Map.of(), 1.25, 0.75);
        assertThat(WhatIfService.describe(change, RETAIN))
                .isEqualTo("levels as run; leaver rates × 1.25; fill rates × 0.75")
                .doesNotContain(".0");
    }
}
