package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.app.cli.CliTest.EXAMPLE;
import static org.skillmix.app.cli.CliTest.figure;
import static org.skillmix.app.cli.CliTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.CliTest.Run;

/** explain end to end on the shipped example: its month adds up to the projection, and it prints all it says. */
class ExplainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void explainAddsUpToTheDeterministicProjection() throws IOException {
        Path out = tmp.resolve("det");
        Run p = run("project", "--full", EXAMPLE.toString(), "--out", out.toString(), "--years", "5", "--draws", "0");
        assertThat(p.exitCode()).as(p.err()).isZero();
        Run e = run(
                "explain", EXAMPLE.toString(), "--month", "2028-01", "--capability", "WOUND", "--place", "E08000003");
        assertThat(e.exitCode()).as(e.err()).isZero();

        double demand = figure(out, "2028-01,demand_fte,WOUND,ALL,ALL,ALL,E08000003,");
        double supply = figure(out, "2028-01,supply_fte,WOUND,ALL,ALL,ALL,E08000003,");
        assertThat(explained(e.out(), "DEMAND")).isCloseTo(demand, org.assertj.core.data.Offset.offset(0.006));
        assertThat(explained(e.out(), "SUPPLY")).isCloseTo(supply, org.assertj.core.data.Offset.offset(0.006));
    }

    /**
     * As the jar runs it: picocli's own writers on System.out, which flush only at a line's end, and System.exit
     * after, which flushes nothing. explain prints its whole text with print(): all of it must arrive.
     */
    @Test
    void explainPrintsEverythingWhenRunAsTheJarRunsIt() {
        String[] args = {
            "explain", EXAMPLE.toString(), "--month", "2027-01", "--capability", "INSULIN", "--place", "E08000003"
        };
        Run inMemory = run(args);
        assertThat(inMemory.exitCode()).as(inMemory.err()).isZero();
        java.io.PrintStream before = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new java.io.PrintStream(printed, false, StandardCharsets.UTF_8));
            code = SkillmixCommand.execute(SkillmixCommand.commandLine(), args);
        } finally {
            System.setOut(before);
        }
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(inMemory.out())
                .contains("pressure");
    }

    @Test
    void explainNamesTheCodesThatExist() {
        Run e = run(
                "explain",
                EXAMPLE.toString(),
                "--month",
                "2028-01",
                "--capability",
                "WOUND_CARE",
                "--place",
                "E08000003");
        assertThat(e.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(e.err()).contains("unknown capability 'WOUND_CARE'").contains("(WOUND),");
    }

    /** The total on the explain output's "DEMAND 1,234.56 FTE = ..." or "SUPPLY ..." line. */
    private static double explained(String output, String what) {
        String line =
                output.lines().filter(l -> l.startsWith(what + " ")).findFirst().orElseThrow();
        return Double.parseDouble(
                line.substring(what.length() + 1, line.indexOf(" FTE")).replace(",", ""));
    }
}
