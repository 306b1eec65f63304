package org.skillmix.app.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;

/**
 * Which analysis files a reader may not download. design.csv names no organisation, so withholding other
 * organisations' rows leaves every row; yet on the example its emergency care assistants' FTE today (743.8) is the
 * ambulance trust RX7's own (its only employer), and its ambulance rows are that one trust's sector.
 */
class AnalysisRefusalsTest {
    static final Account LEAD = new Account("lead", AccessRole.ORG_LEAD, "QOP", "R0A");
    static final Account VIEWER = new Account("viewer", AccessRole.VIEWER, "QOP", null);
    static final Account ANALYST = new Account("analyst", AccessRole.ANALYST, "QOP", null);

    @Test
    void aLeadMayNotReadTheDesignWhoseSectorsOfOneOrganisationAreThatOrganisationsFigures() {
        assertThat(AnalysisResults.refusal(LEAD, "design.csv")).isEqualTo(AnalysisResults.DESIGN_REFUSED);
        assertThat(AnalysisResults.refusal(LEAD, "design-supervision.csv")).isEqualTo(AnalysisResults.DESIGN_REFUSED);
        assertThat(AnalysisResults.refusal(VIEWER, "design.csv")).isNull();
        assertThat(AnalysisResults.refusal(ANALYST, "design-supervision.csv")).isNull();
    }

    @Test
    void aLeadStillReadsTablesWhoseRowsNameTheirOrganisation() {
        assertThat(AnalysisResults.refusal(LEAD, "winter-plan.csv")).isNull();
        assertThat(AnalysisResults.refusal(LEAD, "winter-plan.html")).isEqualTo(AnalysisResults.REPORT_REFUSED);
    }
}
