package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;

class MutualAidReportTest {

    /**
     * Two weeks from 2026-12-01. Week 1: one person (an id with markup, as a staff file may hold) lent for half an
     * FTE, no shortfall. Week 2: nobody lent; a critical shortfall of 3 FTE covered 1 (so 2 still short) and one of
     * 0.5 not critical covered in full. Cover: critical 1.00 FTE-weeks, other 0.50.
     */
    private static PlanSummary plan() {
        return new PlanSummary(
                2,
                List.of(new PlanSummary.Move(1, "<b>S1</b>", "A&B", "ED", "RM3", "UEC", "TRIAGE", 50, "S9;S10")),
                List.of(),
                List.of(
                        new PlanSummary.Cover(2, "R0A \"north\"", "UEC", "TRIAGE", 300, 100, true),
                        new PlanSummary.Cover(2, "RWJ", "COMM", "WOUND", 50, 50, false)));
    }

    @Test
    void eachWeekSaysWhoGoesWhereAndWhatIsCoveredWithEveryNameEscaped() {
        String html = MutualAidReport.render(
                "Greater <Manchester>",
                LocalDate.of(2026, 12, 1),
                Baseline.FUNDED_PLAN,
                plan(),
                "Only organisation A&B's part");

        assertThat(html)
                .contains("<title>Mutual aid plan: Greater &lt;Manchester&gt; (funded-plan baseline)</title>")
                .contains("<p><strong>Only organisation A&amp;B&#39;s part</strong></p>")
                .contains(
                        "<p>Surge from 1 December 2026, 2 weeks. Staff are named by pseudonymous id only. Critical cover:"
                                + " 1.00 FTE-weeks; other cover: 0.50 FTE-weeks.</p>")
                .contains("<h2>Week 1 (1 December 2026 to 7 December 2026)</h2>")
                .contains("<tr><td>&lt;b&gt;S1&lt;/b&gt;</td><td>A&amp;B, ED</td><td>RM3, UEC</td><td>TRIAGE</td>"
                        + "<td class=\"n\">0.50</td><td>S9;S10</td></tr>")
                .contains("<h2>Week 2 (8 December 2026 to 14 December 2026)</h2>")
                .contains("<tr><td>R0A &quot;north&quot;</td><td>UEC</td><td>TRIAGE</td><td>yes</td>"
                        + "<td class=\"n\">3.00</td><td class=\"n\">1.00</td><td class=\"n short\">2.00</td></tr>")
                .contains("<tr><td>RWJ</td><td>COMM</td><td>WOUND</td><td>no</td>"
                        + "<td class=\"n\">0.50</td><td class=\"n\">0.50</td><td class=\"n\">0.00</td></tr>")
                .doesNotContain("<script");
        // week 1 has no shortfall and week 2 nobody lent: each says so, once
        assertThat(html.split("No shortfall this week.", -1)).hasSize(2);
        assertThat(html.split("Nobody is redeployed this week.", -1)).hasSize(2);
        assertThat(html.indexOf("No shortfall this week.")).isLessThan(html.indexOf("Week 2 ("));
        assertThat(html.indexOf("Nobody is redeployed this week.")).isGreaterThan(html.indexOf("Week 2 ("));
    }

    @Test
    void aOneWeekPlanForTheWholeSystemSaysWeekAndNoScope() {
        String html = MutualAidReport.render(
                "GM",
                LocalDate.of(2026, 12, 1),
                Baseline.CURRENT_TRENDS,
                new PlanSummary(1, List.of(), List.of(), List.of()));
        assertThat(html)
                .contains("(current-trends baseline)</title>")
                .contains("<p>Surge from 1 December 2026, 1 week. ")
                .doesNotContain("<strong>");
    }
}
