package org.skillmix.data.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.importer.NationalIcbs;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;

/** national.html from its template: a region's sums and per 10,000 figures worked by hand, and names escaped. */
class NationalPageTest {
    private static final ProjectionYear YEAR_ONE = new ProjectionYear(1, 0, 11, YearMonth.of(2026, 3));

    private static IcbResult icb(
            String code,
            String region,
            double people,
            double demand,
            double supply,
            double gap,
            double p10,
            double p90) {
        return new IcbResult(
                new NationalIcbs.Icb(code, "ICB " + code, region),
                people,
                List.of(
                        new NationalRow(YEAR_ONE, "ALL", "ALL", "All", Measure.DEMAND_FTE, demand, null, null),
                        new NationalRow(YEAR_ONE, "ALL", "ALL", "All", Measure.SUPPLY_FTE, supply, null, null),
                        new NationalRow(YEAR_ONE, "ALL", "ALL", "All", Measure.GAP_FTE, gap, p10, p90)),
                null,
                1,
                1);
    }

    private static final String HTML = new NationalPage()
            .render(
                    List.of(
                            icb("QAA", "North <West>", 1_000_000, 500, 400, 100, 80, 130),
                            icb("QBB", "North <West>", 500_000, 300, 330, -30, -30, -30),
                            new IcbResult(
                                    new NationalIcbs.Icb("QXX", "Bad <ICB> & \"co\"", "London"),
                                    0,
                                    List.of(),
                                    "no population for <E54>",
                                    1,
                                    1)),
                    new ProjectionSettings(1, 8, 5L, 1));

    @Test
    void aRegionSumsItsSystemsAndComparesPerTenThousand() {
        // 800 FTE of demand, 730 of supply and a 70 FTE gap over 1.5 million people: 5.3, 4.9 and 0.5 per 10,000;
        // 70 of 800 is 8.75%. A region has no range: its systems' P10s do not add up to its P10.
        assertThat(HTML)
                .contains("<caption>At the end of year 1 (Mar 2026)</caption>")
                .contains("<tr class=\"region\"><th scope=\"row\">North &lt;West&gt;</th><td></td>"
                        + "<td class=\"n\">1,500,000</td><td class=\"n\">5.3</td><td class=\"n\">4.9</td>"
                        + "<td class=\"n\">0.5</td><td class=\"n\">70</td><td class=\"n\"></td>"
                        + "<td class=\"n\">8.8%</td></tr>")
                .contains("<tr><th scope=\"row\">ICB QAA</th><td>QAA</td><td class=\"n\">1,000,000</td>"
                        + "<td class=\"n\">5.0</td><td class=\"n\">4.0</td><td class=\"n\">1.0</td>"
                        + "<td class=\"n\">100</td><td class=\"n\">80 to 130</td><td class=\"n\">20.0%</td></tr>")
                // a range of one value (every draw the same) is no range
                .contains("<tr><th scope=\"row\">ICB QBB</th><td>QBB</td><td class=\"n\">500,000</td>"
                        + "<td class=\"n\">6.0</td><td class=\"n\">6.6</td><td class=\"n\">-0.6</td>"
                        + "<td class=\"n\">-30</td><td class=\"n\"></td><td class=\"n\">-10.0%</td></tr>")
                .contains("8 Monte Carlo draws (gap P10-P90 shown), seed 5, funded-plan baseline.");
        // one year projected: one table
        assertThat(HTML.split("<table", -1)).hasSize(2);
    }

    @Test
    void anIcbNotProjectedIsListedWithItsProblemEscaped() {
        assertThat(HTML)
                .contains("<h2>Not projected</h2><ul><li>QXX Bad &lt;ICB&gt; &amp; &quot;co&quot;: no population for"
                        + " &lt;E54&gt;</li></ul>")
                .doesNotContain("<ICB>")
                .doesNotContain("<E54>")
                .contains("of 2 integrated care systems");
    }
}
