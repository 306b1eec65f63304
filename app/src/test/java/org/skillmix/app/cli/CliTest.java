package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line end to end, on the shipped example and on generated systems, as a user runs it (explain:
 * {@link ExplainCommandTest}).
 */
class CliTest {
    static final Path REPO = Path.of(System.getProperty("skillmix.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    static final Path EXAMPLE = REPO.resolve("examples/greater-manchester");

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = SkillmixCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theShippedExampleIsValid() {
        Run r = run("validate", EXAMPLE.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("is valid").contains("QOP");
    }

    @Test
    void validateNamesFileRowAndColumnAndFailsOnNegativeFte() throws IOException {
        Path broken = copyOf(EXAMPLE);
        Path workforce = broken.resolve("workforce.csv");
        List<String> lines = Files.readAllLines(workforce, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int fteColumn = header.indexOf("fte_in_post");
        String[] third = lines.get(2).split(",", -1);
        third[fteColumn] = "-3";
        lines.set(2, String.join(",", third));
        Files.write(workforce, lines, StandardCharsets.UTF_8);

        Run r = run("validate", broken.toString());

        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err()).contains("workforce.csv:3:fte_in_post:").contains("nothing was loaded");
    }

    @Test
    void projectWritesTheSameCsvWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Run r1 = run(
                "project",
                "--full",
                EXAMPLE.toString(),
                "--out",
                one.toString(),
                "--years",
                "2",
                "--draws",
                "40",
                "--seed",
                "7",
                "--threads",
                "1");
        Run r2 = run(
                "project",
                "--full",
                EXAMPLE.toString(),
                "--out",
                two.toString(),
                "--years",
                "2",
                "--draws",
                "40",
                "--seed",
                "7",
                "--threads",
                "2");
        assertThat(r1.exitCode()).as(r1.err()).isZero();
        assertThat(r2.exitCode()).as(r2.err()).isZero();

        byte[] csv1 = Files.readAllBytes(one.resolve("projection.csv"));
        byte[] csv2 = Files.readAllBytes(two.resolve("projection.csv"));
        assertThat(csv1).isEqualTo(csv2);
        assertThat(new String(csv1, 0, 200, StandardCharsets.UTF_8))
                .startsWith("baseline,month,measure,capability,role,sector,organisation,place,mean,p10,p50,p90\n"
                        + "funded-plan,");

        String report = Files.readString(one.resolve("report.html"));
        assertThat(report).contains("echarts").contains("Greater Manchester");
        String runJson = Files.readString(one.resolve("run.json"));
        assertThat(runJson).contains("\"seed\"").contains("7").contains("\"draws\"");
        assertThat(runJson).contains("\"baseline\" : \"funded-plan\"");
        // which assumptions drive the spread: the same whatever the thread count too
        assertThat(Files.readAllBytes(one.resolve("sensitivity.csv")))
                .isEqualTo(Files.readAllBytes(two.resolve("sensitivity.csv")));
        assertThat(Files.readString(one.resolve("sensitivity.csv")))
                .startsWith("baseline,year,month,sector,gap_fte_mean")
                .contains("funded-plan,2,2027-03,ALL,");
        assertThat(Files.readString(one.resolve("base_gap.csv"))).startsWith("month,sector,demand_fte");
        // the summary sized for Excel: the same bytes whatever the thread count, GM's name on the system rows
        assertThat(Files.readAllBytes(one.resolve("projection_summary.csv")))
                .isEqualTo(Files.readAllBytes(two.resolve("projection_summary.csv")));
        assertThat(Files.readString(one.resolve("projection_summary.csv")))
                .startsWith("baseline,year,year_end,breakdown,code,name,measure")
                .contains(",system,ALL,NHS Greater Manchester Integrated Care Board,gap_fte,FTE,year_end,")
                .contains("\nfunded-plan,1,");
        assertThat(one.resolve("projection_summary.xlsx")).isNotEmptyFile();
    }

    /** Without --full the summary is the CSV a reader gets; projection.csv (every series every month) is not written. */
    @Test
    void withoutFullTheSummaryIsTheCsv() throws IOException {
        Path out = tmp.resolve("summary-only");
        Run r = run("project", EXAMPLE.toString(), "--out", out.toString(), "--years", "1", "--draws", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("projection.csv")).doesNotExist();
        assertThat(out.resolve("projection_summary.csv")).isNotEmptyFile();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(r.out()).doesNotContain("projection.csv,").contains("projection_summary.csv");
        // every file written, listed as a sentence lists them: commas, then "and" before the last
        String wrote =
                r.out().lines().filter(l -> l.startsWith("Wrote ")).findFirst().orElseThrow();
        assertThat(wrote.split(" and ")).hasSize(2);
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files).allSatisfy(f -> assertThat(wrote).contains(f.toString()));
        }
    }

    /**
     * A dataset without the trend rows (the shipped example with them taken out) has the current-trends baseline
     * refused with what is missing, and nothing is written. The example as shipped runs it, and every output names
     * it.
     */
    @Test
    void currentTrendsNeedsItsRowsAndEveryOutputNamesIt() throws IOException {
        Path refused = tmp.resolve("refused");
        Path noTrends = copyOf(EXAMPLE);
        Path assumptions = noTrends.resolve("assumptions.csv");
        Files.write(
                assumptions,
                Files.readAllLines(assumptions).stream()
                        .filter(line -> !line.startsWith("trend_"))
                        .toList());
        Run r = run(
                "project",
                noTrends.toString(),
                "--out",
                refused.toString(),
                "--draws",
                "0",
                "--baseline",
                "current-trends");
        assertThat(r.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(r.err()).contains("assumptions.csv has no trend_establishment_growth row");
        assertThat(refused).doesNotExist();

        Run bad = run("project", EXAMPLE.toString(), "--out", refused.toString(), "--baseline", "trend");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("no baseline 'trend'; choose funded-plan or current-trends");

        // The example carries the importer's trend rows from the published history (docs/backtest.md).
        Path trends = EXAMPLE;
        Path out = tmp.resolve("trends");
        Run ok = run(
                "project",
                trends.toString(),
                "--full",
                "--out",
                out.toString(),
                "--years",
                "2",
                "--draws",
                "20",
                "--baseline",
                "current-trends");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("(current-trends baseline)");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"baseline\" : \"current-trends\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("baseline: current trends");
        assertThat(Files.readString(out.resolve("sensitivity.csv"))).contains("current-trends,2,");
        // Every row of every table the baseline moves names it (base_gap.csv: the next test).
        for (String table :
                List.of("projection.csv", "projection_summary.csv", "inequalities.csv", "sensitivity.csv")) {
            try (Stream<String> rows = Files.lines(out.resolve(table))) {
                List<String> firstColumns = rows.map(row -> row.substring(0, row.indexOf(',')))
                        .distinct()
                        .toList();
                assertThat(firstColumns).as(table).containsExactly("baseline", "current-trends");
            }
        }
    }

    /**
     * base_gap.csv names no baseline: the base month comes before either baseline's establishment growth and
     * recruitment cap act, so a current-trends run's base month is the funded plan's to the last digit, and its
     * gap is the current-trends projection's first month (docs/outputs.md, base_gap.csv).
     */
    @Test
    void theBaseGapIsTheSameUnderBothBaselines() throws IOException {
        Path trends = tmp.resolve("base-trends");
        Path funded = tmp.resolve("base-funded");
        String[] common = {"project", EXAMPLE.toString(), "--years", "1", "--draws", "0", "--baseline"};
        Run t = run(concat(common, "current-trends", "--full", "--out", trends.toString()));
        Run f = run(concat(common, "funded-plan", "--out", funded.toString()));
        assertThat(t.exitCode()).as(t.err()).isZero();
        assertThat(f.exitCode()).as(f.err()).isZero();
        assertThat(Files.readAllBytes(trends.resolve("base_gap.csv")))
                .isEqualTo(Files.readAllBytes(funded.resolve("base_gap.csv")));
        List<String> baseGap = Files.readAllLines(trends.resolve("base_gap.csv"));
        List<String> header = List.of(baseGap.get(0).split(","));
        String[] system = baseGap.get(baseGap.size() - 1).split(",");
        assertThat(system[header.indexOf("sector")]).isEqualTo("ALL");
        String month = system[header.indexOf("month")];
        double gap = Double.parseDouble(system[header.indexOf("gap_fte")]);
        assertThat(figure(trends, month + ",gap_fte,ALL,ALL,ALL,ALL,ALL,"))
                .isCloseTo(gap, org.assertj.core.data.Offset.offset(0.005));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aDifferentSeedGivesDifferentNumbers() throws IOException {
        Run a = run(
                "project",
                "--full",
                EXAMPLE.toString(),
                "--out",
                tmp.resolve("a").toString(),
                "--years",
                "1",
                "--draws",
                "20",
                "--seed",
                "1");
        Run b = run(
                "project",
                "--full",
                EXAMPLE.toString(),
                "--out",
                tmp.resolve("b").toString(),
                "--years",
                "1",
                "--draws",
                "20",
                "--seed",
                "2");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("a/projection.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("b/projection.csv")));
    }

    @Test
    void aGeneratedSystemValidatesAndProjects() {
        Path generated = tmp.resolve("generated");
        Run g = run(
                "generate",
                "--out",
                generated.toString(),
                "--roles",
                "8",
                "--organisations",
                "6",
                "--places",
                "3",
                "--capabilities",
                "6",
                "--services",
                "4",
                "--seed",
                "3");
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(run("validate", generated.toString()).exitCode()).isZero();

        Run p = run(
                "project",
                "--full",
                generated.toString(),
                "--out",
                tmp.resolve("gen-out").toString(),
                "--years",
                "2",
                "--draws",
                "10");
        assertThat(p.exitCode()).as(p.err()).isZero();
    }

    @Test
    void anEmptyTemplateGivesClearErrorsNotACrash() {
        Path template = tmp.resolve("template.xlsx");
        assertThat(run("template", template.toString()).exitCode()).isZero();

        Run r = run("validate", template.toString());
        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err()).contains("nothing was loaded").doesNotContain("Exception");
    }

    @Test
    void aMissingDatasetIsAClearError() {
        Run r = run("validate", tmp.resolve("no-such-folder").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("no-such-folder");
    }

    /**
     * The mean of the projection.csv row whose month and key columns start as monthAndKey, the columns found by
     * their names in the header.
     */
    static double figure(Path out, String monthAndKey) throws IOException {
        try (Stream<String> lines = Files.lines(out.resolve("projection.csv"))) {
            var rows = lines.iterator();
            List<String> header = List.of(rows.next().split(","));
            int month = header.indexOf("month"), mean = header.indexOf("mean");
            while (rows.hasNext()) {
                String row = rows.next();
                int at = 0;
                for (int i = 0; i < month; i++) at = row.indexOf(',', at) + 1;
                if (row.startsWith(monthAndKey, at)) return Double.parseDouble(row.split(",")[mean]);
            }
            throw new AssertionError("no row " + monthAndKey);
        }
    }

    private Path copyOf(Path folder) throws IOException {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
