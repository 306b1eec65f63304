package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `skillmix metrics` on the shipped Greater Manchester example, whose metrics.csv the importer wrote. */
class MetricsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheDashboardAndTheLatestStatusOfEachMetric() throws IOException {
        Path out = tmp.resolve("metrics");
        CliTest.Run r = CliTest.run("metrics", CliTest.EXAMPLE.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        List<String> status = Files.readAllLines(out.resolve("metrics-status.csv"), StandardCharsets.UTF_8);
        assertThat(status.get(0)).isEqualTo("metric,org_code,month,value,unit,threshold,met");
        // Bolton (RMC), August 2025, the beds file's last month: 463 adult G&A beds occupied of 496 available =
        // 0.93347,
        // written to 4 decimals by the importer; above the 92% threshold.
        assertThat(status).contains("GA_OCCUPANCY,RMC,2025-08,0.9335,\"share\",0.92,no");
        // The four-hour share must be 78% or more; sickness has no national threshold, so "met" is blank.
        assertThat(status).anyMatch(l -> l.startsWith("AE_FOUR_HOUR,QOP,2025-03,") && l.endsWith(",\"share\",0.78,no"));
        assertThat(status).anyMatch(l -> l.startsWith("SICKNESS_RATE,QOP,2025-03,") && l.endsWith(",\"share\",,"));
        // One row per metric and organisation: 7 trusts + the ICS for occupancy.
        assertThat(status.stream().filter(l -> l.startsWith("GA_OCCUPANCY,"))).hasSize(8);

        assertThat(r.out())
                .contains("Adult general and acute bed occupancy")
                .contains("not met")
                .contains("no national threshold");
        String html = Files.readString(out.resolve("metrics.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("data-metric=\"GA_OCCUPANCY\"")
                .contains("Threshold: 92.0% or below")
                .contains("ICS, 2025-08: 92.7%, <span class=\"status-not-met\">not met</span>")
                .contains("echarts")
                .contains("SkillmixMetrics.draw")
                .doesNotContain("src=\"http");
    }

    @Test
    void aBadMetricsRowStopsItWithFileRowAndColumn() throws IOException {
        Path copy = tmp.resolve("gm");
        Files.createDirectories(copy);
        try (var files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        Files.writeString(
                copy.resolve("metrics.csv"),
                "metric,org_code,month,value,source\nGA_OCCUPANCY,RMC,2025-08,93,typo\n",
                StandardCharsets.UTF_8);

        CliTest.Run r = CliTest.run(
                "metrics", copy.toString(), "--out", tmp.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err()).contains("metrics.csv:2:value:").contains("share between 0 and 1");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
