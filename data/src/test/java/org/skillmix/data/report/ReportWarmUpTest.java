package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.export.SampleSystem;

class ReportWarmUpTest {

    @Test
    void evaluatesEveryPartOfTheTemplate() {
        String page = ReportWarmUp.render();
        // Each th:each and th:if body was entered, so its expressions were parsed and evaluated.
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<dt>Seed</dt><dd>1</dd>")
                .contains("<code class=\"checksum\">0</code>")
                .contains("<h3>By sector</h3>")
                .contains("data-fan=\"0\"")
                .contains("<h4>Acute</h4>")
                .contains("id=\"heat-month\" min=\"0\" max=\"0\" value=\"0\"")
                .contains("style=\"height:118px\"")
                .contains("<h3>Services</h3>\n<p>warm-up</p>")
                .contains("\"monthLabels\":[\"Apr 2025\"]")
                .doesNotContain("The projection has no gap by capability and place.");
    }

    @Test
    void leavesTheRealPageAsItWas() {
        SystemModel system = SampleSystem.system("Greater Manchester ICS", "Wound care");
        Projection projection = SampleSystem.projection(system, 10, 500);
        RunManifest run = HtmlReportTest.run(projection);
        String before = new HtmlReport(system, projection, run).render();
        ReportWarmUp.render();
        assertThat(new HtmlReport(system, projection, run).render()).isEqualTo(before);
    }
}
