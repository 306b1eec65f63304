package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The what-if panel on a run's results page, as a planner reads it before changing anything: each level of the
 * run's scenario in its field as a plain number and beside it in its unit, never as Java writes a double.
 */
class WhatIfPanelTest extends WebTestBase {
    static final String ANALYST = "what-if-panel-analyst";
    static final String PASSWORD = "what-if-panel-pass-3";

    @Test
    void theLevelsAreWrittenAsAPlannerWritesThem() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        long dataset = exampleDataset(ANALYST, PASSWORD);
        // The example's "retain" scenario pays adult nurses a premium of 1500 a year (interventions.csv).
        long runId = finishedRun(
                ANALYST, PASSWORD, Map.of("datasetId", dataset, "years", 1, "draws", 0, "scenario", "retain"));

        String page = get(ANALYST, PASSWORD, "/runs/" + runId + "/results").body();
        String panel = page.substring(page.indexOf("id=\"what-if\""), page.indexOf("id=\"what-if-status\""));
        assertThat(panel)
                .contains("<div class=\"nhsuk-hint nhsuk-u-margin-bottom-1\" id=\"level-rn-premium-hint\">"
                        + "As run: £1,500 per FTE a year</div>")
                .contains("id=\"level-rn-premium\" value=\"1500\" data-code=\"rn-premium\""
                        + " aria-describedby=\"level-rn-premium-hint\"")
                .contains("As run: 0.5 share of staff in scope, 0-1")
                .doesNotContain("1500.0")
                .doesNotContain("GBP");
    }
}
