package org.skillmix.app.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.boardpack.BoardPackRequest;

/** An analysis's settings as its page lists them: one row a setting, in words, a nested record's too. */
class SettingRowTest {

    @Test
    void aBoardPacksEngineSettingsAreRowsNotJson() {
        BoardPackRequest pack =
                BoardPackRequest.of(10, 200, 10, 20260401L, 2, Baseline.FUNDED_PLAN, null, 3, 0.0, null);
        assertThat(SettingRow.of(pack))
                .contains(
                        new SettingRow("Years", "10"),
                        new SettingRow("Draws", "200"),
                        new SettingRow("Marginal draws", "10"),
                        new SettingRow("Seed", "20260401"),
                        new SettingRow("Baseline", Baseline.FUNDED_PLAN.label()),
                        new SettingRow("Scenario", "default"))
                .noneMatch(r -> r.name().equals("Settings"))
                .noneMatch(r -> r.value().startsWith("{"));
    }
}
