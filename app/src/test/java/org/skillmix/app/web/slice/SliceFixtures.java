package org.skillmix.app.web.slice;

import java.nio.file.Path;
import java.time.Instant;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunProgress;
import org.skillmix.app.web.run.RunSeries;
import org.skillmix.app.web.run.RunSettings;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.run.RunTimes;

/**
 * What the slice tests share: the signed-in analyst of Greater Manchester (QOP) their requests come from, and runs
 * of that analyst's dataset 3.
 */
final class SliceFixtures {
    /** The shipped example, for a test that needs a dataset's names. */
    static final Path EXAMPLE = Path.of(System.getProperty("skillmix.repoRoot", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("examples/greater-manchester");

    static final Account ANALYST = new Account("ana", AccessRole.ANALYST, "QOP", null);

    /** When the runs below were created, started and finished, unless a test says otherwise. */
    static final RunTimes TIMES =
            new RunTimes(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:00:01Z"), null);

    private SliceFixtures() {}

    /** A run of dataset 3 ("GM", QOP) by the analyst, with no stored series and no message. */
    static Run run(long id, RunKind kind, RunSettings settings, RunStatus status, RunProgress progress) {
        return run(id, kind, settings, status, progress, null, TIMES);
    }

    /** The same with a message and times of its own. */
    static Run run(
            long id,
            RunKind kind,
            RunSettings settings,
            RunStatus status,
            RunProgress progress,
            String message,
            RunTimes times) {
        return new Run(
                id,
                kind,
                3,
                "GM",
                "QOP",
                ANALYST.username(),
                settings,
                status,
                progress,
                message,
                new RunSeries(null, null, null),
                times);
    }
}
