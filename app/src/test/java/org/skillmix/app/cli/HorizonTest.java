package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design year, a winter plan or an explained month far beyond the dataset's projection horizon is refused at
 * once, naming the allowed range (issue 12): before, the engine stepped through every month up to it, and a
 * design for the year 99999 held a worker of the web application for as long as it took, cancel or not.
 */
class HorizonTest {
    @TempDir
    Path tmp;

    /** The example's base month is 2025-04: 30 years on is 2055-03. */
    @Test
    void aDesignYearBeyondTheHorizonIsRefusedAtOnce() {
        CliTest.Run r = assertTimeoutPreemptively(
                Duration.ofSeconds(90), () -> CliTest.run("design", CliTest.EXAMPLE.toString(), "--year", "99999"));
        assertThat(r.exitCode()).as(r.err()).isNotZero();
        assertThat(r.err()).contains("year 99999").contains("2024 to 2054");
    }

    @Test
    void aWinterPlanBeyondTheHorizonIsRefusedAtOnce() {
        CliTest.Run r = assertTimeoutPreemptively(
                Duration.ofSeconds(90),
                () -> CliTest.run(
                        "winter",
                        CliTest.EXAMPLE.toString(),
                        "--from",
                        "9999-01-04",
                        "--weeks",
                        "2",
                        "--out",
                        tmp.resolve("winter").toString()));
        assertThat(r.exitCode()).as(r.err()).isNotZero();
        assertThat(r.err()).contains("9999-01-04").contains("2025-04 to 2055-03");
    }

    @Test
    void anExplainedMonthBeyondTheHorizonIsRefusedAtOnce() {
        CliTest.Run r = assertTimeoutPreemptively(
                Duration.ofSeconds(90),
                () -> CliTest.run(
                        "explain",
                        CliTest.EXAMPLE.toString(),
                        "--month",
                        "9999-01",
                        "--capability",
                        "WOUND",
                        "--place",
                        "E08000003"));
        assertThat(r.exitCode()).as(r.err()).isNotZero();
        assertThat(r.err()).contains("9999-01").contains("2025-04 to 2055-03");
    }
}
