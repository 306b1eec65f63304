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
        // Each code with its organisation's name beside (issue 14: names, not codes, wherever a planner looks).
        assertThat(status.get(0)).isEqualTo("metric,org_code,org_name,month,value,unit,threshold,met,note");
        // Bolton (RMC), August 2025, the beds file's last month: 463 adult G&A beds occupied of 496 available =
        // 0.93347,
        // written to 4 decimals by the importer; above the 92% threshold.
        // Seven months before the newest figure (AmbSYS, March 2026): stale.
        assertThat(status)
                .contains(
                        "GA_OCCUPANCY,RMC,Bolton NHS Foundation Trust,2025-08,0.9335,\"share\",0.92,no,stale: 7 months"
                                + " before Mar 2026");
        // The four-hour share must be 78% or more; sickness has no national threshold, so "met" is blank.
        assertThat(status)
                .anyMatch(l -> l.startsWith("AE_FOUR_HOUR,QOP,NHS Greater Manchester Integrated Care Board,2025-03,")
                        && l.endsWith(",\"share\",0.78,no,stale: 12 months before Mar 2026"));
        assertThat(status)
                .anyMatch(l -> l.startsWith("SICKNESS_RATE,QOP,NHS Greater Manchester Integrated Care Board,2025-03,")
                        && l.endsWith(",\"share\",,,stale: 12 months before Mar 2026"));
        // Every metric has an ICS row: one without figures says so.
        assertThat(status)
                .contains(
                        "CALL_111_ABANDONMENT,QOP,NHS Greater Manchester Integrated Care Board,,,\"share\",0.05,,no data")
                .contains(
                        "HANDOVER_HOURS_LOST,QOP,NHS Greater Manchester Integrated Care Board,,,\"hours per day\",,,no data")
                .contains(
                        "VACANCY_RATE,QOP,NHS Greater Manchester Integrated Care Board,,,\"share\",,,no ICS figure (10 organisations"
                                + " have figures)")
                .anyMatch(l ->
                        l.startsWith("CATEGORY_2_MEAN,QOP,NHS Greater Manchester Integrated Care Board,2026-03,24.5")
                                && l.endsWith(",\"minutes\",30,yes,"));
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
                .contains("ICS, Aug 2025: 92.7%, <span class=\"status-not-met\">not met</span>")
                .contains("echarts")
                .contains("SkillmixMetrics.draw")
                .doesNotContain("src=\"http");
    }

    private Path copyOfTheExample() throws IOException {
        Path copy = tmp.resolve("gm");
        Files.createDirectories(copy);
        try (var files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        return copy;
    }

    /** The lines that follow a heading of the command's output, up to the next heading. */
    private static List<String> section(String out, String heading) {
        List<String> lines = out.lines().toList();
        int from = lines.indexOf(heading) + 1;
        assertThat(from).as("heading " + heading).isPositive();
        List<String> section = new java.util.ArrayList<>();
        for (int i = from; i < lines.size() && lines.get(i).startsWith("  "); i++)
            section.add(lines.get(i).strip());
        return section;
    }

    @Test
    void listsAllSixUecSystemMetricsEachWithAFigureOrNoData() throws IOException {
        CliTest.Run r = CliTest.run(
                "metrics", CliTest.EXAMPLE.toString(), "--out", tmp.resolve("m").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // AmbSYS, North West Ambulance Service (RX7, GM's only ambulance service), March 2026: 180,629 s over
        // 97,930 calls answered = 1.84 s; 69,971,223 s over 47,507 category 2 incidents = 24.55 minutes. The
        // example has no 111 or handover figures (no published file), and the beds files end in August 2025:
        // seven months before the newest figure, so stale.
        assertThat(section(r.out(), "The six UEC system metrics (ICS):"))
                .containsExactly(
                        "111 calls abandoned                                            no data",
                        "999 mean call answering time                                   1.8 seconds      Mar 2026, met",
                        "Category 2 ambulance mean response                             24.5 minutes     Mar 2026, met",
                        "Hours lost to ambulance handover delays                        no data",
                        "Adult general and acute bed occupancy                          92.7%            Aug 2025, stale:"
                                + " 7 months before Mar 2026, not met",
                        "Beds occupied by patients not meeting the criteria to reside   25.0%            Aug 2025, stale:"
                                + " 7 months before Mar 2026, no national threshold");
        // the ICS by name, its code beside, as everywhere a planner looks (issue 14)
        assertThat(r.out()).contains("ICS NHS Greater Manchester Integrated Care Board (QOP) above; ");
        assertThat(section(r.out(), "Other metrics (ICS):"))
                .hasSize(5)
                .anySatisfy(l ->
                        assertThat(l).startsWith("Agency share of the pay bill").endsWith("no data"));
        String html = Files.readString(tmp.resolve("m/metrics.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("The six UEC system metrics NHS England holds the ICS to account on")
                .contains("<th scope=\"row\">111 calls abandoned</th><td>no data</td>")
                .contains("Aug 2025, stale: 7 months before Mar 2026");
    }

    @Test
    void theLocalLayoutsExampleGivesTheIcsAFigureForEachOfTheSix() throws IOException {
        // docs/examples/gm-local-metrics/metrics.csv: April 2026 rows for 111, 999, category 2 and handovers, added to
        // the example's metrics.csv as skillmix import adds a local file's rows.
        Path copy = copyOfTheExample();
        List<String> local = Files.readAllLines(
                CliTest.REPO.resolve("docs/examples/gm-local-metrics/metrics.csv"), StandardCharsets.UTF_8);
        Files.write(
                copy.resolve("metrics.csv"),
                local.subList(1, local.size()),
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        CliTest.Run r = CliTest.run(
                "metrics", copy.toString(), "--out", tmp.resolve("m").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(section(r.out(), "The six UEC system metrics (ICS):"))
                .containsExactly(
                        "111 calls abandoned                                            4.6%             Apr 2026, met",
                        "999 mean call answering time                                   3.0 seconds      Apr 2026, met",
                        "Category 2 ambulance mean response                             27.5 minutes     Apr 2026, met",
                        "Hours lost to ambulance handover delays                        96.0 hours per day Apr 2026, no"
                                + " national threshold",
                        "Adult general and acute bed occupancy                          92.7%            Aug 2025, stale:"
                                + " 8 months before Apr 2026, not met",
                        "Beds occupied by patients not meeting the criteria to reside   25.0%            Aug 2025, stale:"
                                + " 8 months before Apr 2026, no national threshold");
    }

    @Test
    void aBadMetricsRowStopsItWithFileRowAndColumn() throws IOException {
        Path copy = copyOfTheExample();
        Files.writeString(
                copy.resolve("metrics.csv"),
                "metric,org_code,month,value,source\nGA_OCCUPANCY,RMC,2025-08,93,typo\n",
                StandardCharsets.UTF_8);

        CliTest.Run r = CliTest.run(
                "metrics", copy.toString(), "--out", tmp.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err())
                .contains("metrics.csv:2:value:")
                .contains("must be between 0 and 1.5 share of available beds, not 93");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
