package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.CliTest.Run;
import org.skillmix.data.report.RangeCalibration;

/** `skillmix backtest` on the published files (skipped without ../shared/data). */
class BacktestCommandTest {
    private static final Path SHARED = CliTest.REPO.resolve("../shared/data").normalize();

    @TempDir
    Path tmp;

    @Test
    void writesEveryObservationBesideItsProjectionAndASummary() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-hchs-staff-by-organisation")), "shared data absent");
        Path out = tmp.resolve("bt");
        Run r = CliTest.run(
                "backtest", "--icb", "QOP", "--from", SHARED.toString(), "--out", out.toString(), "--draws", "20");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Back-test of QOP from 2018-06 (current-trends baseline, 20 draws");
        List<String> rows = Files.readAllLines(out.resolve("backtest.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0))
                .isEqualTo("baseline,base_month,org_code,org_name,sector,month,observed_fte,mean_fte,p10_fte,p50_fte,"
                        + "p90_fte,abs_pct_error,inside_p10_p90");
        // Ten trusts of today (NWAS's GM share among them) x twelve months of 2024/25.
        assertThat(rows).hasSize(1 + 10 * 12);
        assertThat(rows)
                .anyMatch(l -> l.startsWith(
                        "current-trends,2018-06,RBV,The Christie NHS Foundation Trust," + "acute,2024-04,"));
        List<String> summary = Files.readAllLines(out.resolve("backtest_summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).anyMatch(l -> l.startsWith("current-trends,2018-06,ALL,10,12,120,"));
        assertThat(out.resolve("backtest_totals.csv")).exists();
        assertThat(out.resolve("backtest-import.html")).exists();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("bt");
        }
    }

    /**
     * The sentence beside every range (RangeCalibration) is computed from the shipped back-test of every ICB; it
     * stays true only while the engine still gives those rows. QSL (two trusts) is re-run exactly as
     * all-icbs.sh runs every ICB, and its trust totals and sector totals must be the shipped ones to the last digit
     * written.
     */
    @Test
    void theShippedRangeCalibrationIsTheEnginesOwn() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-hchs-staff-by-organisation")), "shared data absent");
        Path out = tmp.resolve("bt");
        Run r = CliTest.run("backtest", "--icb", "QSL", "--from", SHARED.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> fresh = Files.readAllLines(out.resolve("backtest_totals.csv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .toList();
        List<String> shipped;
        try (var in = RangeCalibration.class.getResourceAsStream(RangeCalibration.EVIDENCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.split(",")[1].equals("QSL"))
                    .map(l -> l.substring(l.indexOf(",QSL,") + ",QSL,".length()))
                    .toList();
        }
        assertThat(fresh)
                .as("the engine no longer gives the shipped back-test: rerun app/src/test/backtest/all-icbs.sh"
                        + " ../shared/data DIR and copy DIR/backtest-calibration.csv over the shipped one")
                .hasSize(3 * 12) // the trust total, acute and ambulance
                .isEqualTo(shipped);
    }

    @Test
    void aBaseWithNoStaffFileWritesNothing() {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-hchs-staff-by-organisation")), "shared data absent");
        Path out = tmp.resolve("bt");
        Run r = CliTest.run(
                "backtest", "--icb", "QOP", "--from", SHARED.toString(), "--out", out.toString(), "--base", "2025-06");
        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err()).contains("2025-JUN").contains("nothing was written");
        assertThat(out).doesNotExist();
    }
}
