package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, optimise, design and project --scenario on the Greater Manchester example with its example scenarios. */
class ScenarioCliTest {
    @TempDir
    Path tmp;

    /** The example, which carries its three scenarios (retain, grow, system) in interventions.csv. */
    final Path gm = CliTest.EXAMPLE;

    @Test
    void compareWritesTheSameFilesWhateverTheThreadCount() throws IOException {
        CliTest.Run one = CliTest.run(
                "compare",
                gm.toString(),
                "--scenarios",
                "retain,grow,system",
                "--out",
                tmp.resolve("one").toString(),
                "--years",
                "3",
                "--draws",
                "24",
                "--seed",
                "5",
                "--threads",
                "1",
                "--target-capability",
                "PERSONAL,WOUND",
                "--target-fte",
                "500");
        CliTest.Run two = CliTest.run(
                "compare",
                gm.toString(),
                "--scenarios",
                "retain,grow,system",
                "--out",
                tmp.resolve("two").toString(),
                "--years",
                "3",
                "--draws",
                "24",
                "--seed",
                "5",
                "--threads",
                "2",
                "--target-capability",
                "PERSONAL,WOUND",
                "--target-fte",
                "500");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        for (String file : List.of("comparison.csv", "comparison_summary.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
        }
        List<String> summary = Files.readAllLines(tmp.resolve("one/comparison_summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary.get(0))
                .startsWith(
                        "baseline,scenario,year,year_end,programme_cost_gbp,pay_cost_gbp,extra_cost_gbp,target_gap_fte_mean");
        // Column baseline is the supply baseline of the whole comparison; scenario baseline, no interventions.
        assertThat(summary)
                .hasSize(1 + 4 * 3)
                .anyMatch(l -> l.startsWith("funded-plan,baseline,2025/26,2026-03,0,"))
                .anyMatch(l -> l.startsWith("funded-plan,system,2027/28,2028-03,"));
        // Three scenarios asked, each set against the baseline row the file also holds
        assertThat(one.err()).contains("Comparing 3 scenarios against no interventions, on the funded-plan supply");
        assertThat(one.out())
                .startsWith("Compared 3 scenarios with no interventions (the baseline row) on 24 draws, seed 5,");
        // The printed line's extra cost is the file's for the last year, in millions of pounds a year.
        String retain = summary.stream()
                .filter(l -> l.startsWith("funded-plan,retain,2027/28,"))
                .findFirst()
                .orElseThrow();
        double extraCost = Double.parseDouble(retain.split(",")[6]);
        assertThat(extraCost).isPositive();
        // each scenario by its code and name (interventions.csv), as the report lists them
        assertThat(one.out()
                        .lines()
                        .filter(l -> l.startsWith("  retain       Keep the staff we have  "))
                        .findFirst())
                .hasValueSatisfying(l -> assertThat(l)
                        .contains(String.format(
                                java.util.Locale.UK,
                                "extra cost %9s a year",
                                "£" + String.format(java.util.Locale.UK, "%,.1f", extraCost / 1e6) + "m")));
        assertThat(Files.readString(tmp.resolve("one/comparison.html")))
                .contains("Scenario comparison")
                .contains("echarts");
    }

    /** interventions.csv never changes a plain projection: the same bytes with and without it. */
    @Test
    void aPlainProjectionIgnoresTheScenarios() throws IOException {
        Path bare = Files.createDirectories(tmp.resolve("gm-without-interventions"));
        try (Stream<Path> files = Files.list(gm)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                if (!f.getFileName().toString().equals("interventions.csv"))
                    Files.copy(f, bare.resolve(f.getFileName()));
            }
        }
        CliTest.Run with = CliTest.run(
                "project",
                "--full",
                gm.toString(),
                "--out",
                tmp.resolve("with").toString(),
                "--years",
                "2",
                "--draws",
                "20",
                "--seed",
                "3");
        CliTest.Run without = CliTest.run(
                "project",
                "--full",
                bare.toString(),
                "--out",
                tmp.resolve("without").toString(),
                "--years",
                "2",
                "--draws",
                "20",
                "--seed",
                "3");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("with/projection.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("without/projection.csv")));
        CliTest.Run scenario = CliTest.run(
                "project",
                "--full",
                gm.toString(),
                "--scenario",
                "retain",
                "--out",
                tmp.resolve("retain").toString(),
                "--years",
                "2",
                "--draws",
                "0");
        assertThat(scenario.exitCode()).as(scenario.err()).isZero();
    }

    @Test
    void optimiseAndDesignExplainTheirAnswers() throws IOException {
        CliTest.Run opt = CliTest.run(
                "optimise",
                gm.toString(),
                "--budget",
                "20000000",
                "--out",
                tmp.resolve("opt").toString(),
                "--years",
                "3",
                "--draws",
                "8",
                "--max-level",
                "2");
        assertThat(opt.exitCode()).as(opt.err()).isZero();
        assertThat(opt.out())
                .contains("Solver: proven the best (OPTIMAL) in ")
                .contains("Flexible working offer (flex-work):")
                .contains("Chosen on the central run")
                .contains("Run alone over 8 draws");
        List<String> rows = Files.readAllLines(tmp.resolve("opt/portfolio.csv"));
        assertThat(rows.get(0))
                .startsWith("baseline,intervention_code,intervention_name,kind,funded_level,level,scale,"
                        + "central_target_gap_closed_fte_last_year,central_cost_gbp_last_year,");
        assertThat(rows).anyMatch(line -> line.startsWith("funded-plan,gm-bank,Collaborative staff bank,system_bank,"));
        // a row per intervention and level it can take: all twelve, each from level 1
        assertThat(rows.stream().skip(1).map(line -> line.split(",")[1]).distinct())
                .hasSize(12);
        assertThat(rows.stream().skip(1).filter(line -> line.split(",")[5].equals("1")))
                .hasSize(12);
        CliTest.Run design = CliTest.run("design", gm.toString(), "--year", "2030", "--scenario", "grow");
        assertThat(design.exitCode()).as(design.err()).isZero();
        assertThat(design.out()).contains("Workforce design").contains("HCSW").contains("Cost of the designed mix");
    }

    /**
     * --baseline current-trends reaches the marginal runs: the no-intervention gap they are measured against is not
     * the funded plan's, and both files name the baseline.
     */
    @Test
    void optimiseMeasuresOnTheBaselineAsked() throws IOException {
        String[] common = {
            "optimise", gm.toString(), "--budget", "2000000", "--years", "2", "--draws", "0", "--max-level", "2"
        };
        CliTest.Run funded =
                CliTest.run(concat(common, "--out", tmp.resolve("opt-funded").toString()));
        CliTest.Run trends = CliTest.run(concat(
                common,
                "--baseline",
                "current-trends",
                "--out",
                tmp.resolve("opt-trends").toString()));
        assertThat(funded.exitCode()).as(funded.err()).isZero();
        assertThat(trends.exitCode()).as(trends.err()).isZero();
        assertThat(trends.err()).contains("on the current-trends baseline");
        String trendsTxt = Files.readString(tmp.resolve("opt-trends/portfolio.txt"));
        assertThat(trendsTxt).isEqualTo(trends.out()).contains("(current-trends baseline): budget GBP 2,000,000");
        assertThat(baselineGap(trendsTxt)).isNotEqualTo(baselineGap(funded.out()));
        assertThat(Files.readAllLines(tmp.resolve("opt-trends/portfolio.csv")).stream()
                        .skip(1))
                .hasSizeGreaterThanOrEqualTo(12)
                .allMatch(line -> line.startsWith("current-trends,"));
        assertThat(Files.readAllLines(tmp.resolve("opt-funded/portfolio.csv")).stream()
                        .skip(1))
                .hasSizeGreaterThanOrEqualTo(12)
                .allMatch(line -> line.startsWith("funded-plan,"));
    }

    static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** portfolio.txt's no-intervention gap in the last year, as written. */
    static String baselineGap(String portfolioTxt) {
        var m = java.util.regex.Pattern.compile("Baseline average shortfall over the last year [^:]*: ([0-9,.]+) FTE")
                .matcher(portfolioTxt);
        assertThat(m.find()).as(portfolioTxt).isTrue();
        return m.group(1);
    }

    @Test
    void anUnknownScenarioIsNamed() {
        CliTest.Run r = CliTest.run(
                "compare",
                gm.toString(),
                "--scenarios",
                "retian",
                "--out",
                tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(r.err())
                .contains("scenario retian is not in the dataset's interventions.csv; it has retain, grow, system");
    }
}
