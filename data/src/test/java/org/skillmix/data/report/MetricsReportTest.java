package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsReportTest {

    /** The warm-up's failures are dropped, so a warm-up that stopped rendering would only show as a slower run. */
    @Test
    void theWarmUpRendersTheWholePageWithItsCharts() {
        String html = MetricsReport.warmUpPage();
        assertThat(html).contains("<option value=\"R0A\">warm-up</option>");
        assertThat(html.stripTrailing()).endsWith("</html>");
    }
}
