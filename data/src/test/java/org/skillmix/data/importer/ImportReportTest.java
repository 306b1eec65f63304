package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void thePageListsEverySectionWithItsCountAndEscapesWhatTheFilesSaid() {
        ImportReport report = new ImportReport("Q<P>");
        report.read("staff & roles.csv", 12, "HCHS \"staff\" by organisation");
        report.read("beds.csv", 32_844, "KH03");
        report.skipped("<script>", "", "not a trust");

        String html = report.html();

        assertThat(html)
                .contains("<title>Skillmix import report: Q&lt;P&gt;</title>")
                .contains("<h1>Import report for ICB Q&lt;P&gt;</h1>")
                .contains("<li><a href=\"#read\">Read</a> (2)</li>")
                .contains("<li><a href=\"#mapped\">Mapped</a> (0)</li>")
                .contains("<li><a href=\"#skipped\">Skipped or not available</a> (1)</li>")
                .contains("<h2 id=\"totals\">Totals</h2>")
                .contains("<tr><td>staff &amp; roles.csv</td><td class=\"n\">12 rows</td>"
                        + "<td>HCHS &quot;staff&quot; by organisation</td></tr>")
                .contains("<tr><td>beds.csv</td><td class=\"n\">32,844 rows</td>")
                .contains("<tr><td>&lt;script&gt;</td><td class=\"n\"></td><td>not a trust</td></tr>")
                .doesNotContain("<script");
        // six sections, each with its table, empty ones too
        assertThat(html.split("<table>", -1)).hasSize(7);
    }

    /** The report's figures for people: grouped, rounded half-even to the decimals asked, no trailing zeros. */
    @Test
    void figuresAreGroupedWithTheirDecimalsTrimmed() {
        assertThat(ImportReport.figure(782_808, 0)).isEqualTo("782,808");
        assertThat(ImportReport.figure(13_432.4, 0)).isEqualTo("13,432");
        assertThat(ImportReport.figure(2_734.71, 1)).isEqualTo("2,734.7");
        assertThat(ImportReport.figure(8_807.0, 1)).isEqualTo("8,807");
        assertThat(ImportReport.figure(228.56, 1)).isEqualTo("228.6");
        assertThat(ImportReport.figure(0.25, 1)).isEqualTo("0.2"); // half-even, as the tables' cells
        assertThat(ImportReport.figure(-0.04, 1)).isEqualTo("0");
        assertThat(ImportReport.figure(-1_500, 0)).isEqualTo("-1,500");
    }
}
