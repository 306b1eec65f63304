package org.skillmix.app.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillmix.usecase.InvalidSetting;

/**
 * A failed run's message as its page, the API and the audit log show it. Before, it was the exception's message
 * whatever it held: "null" for an exception without one, the JDK's "Cannot invoke ... because ... is null", class
 * names and several lines of a library's text.
 */
class RunFailureTest {
    static final String FAILED =
            "the run stopped on an error in Skillmix itself; the server's log has the details" + " (run 7)";

    @Test
    void aProgrammersMessageBecomesTheServersLog() {
        String npe = null;
        try {
            npe.length();
        } catch (NullPointerException e) {
            assertThat(RunFailure.of(7, e).words()).isEqualTo(FAILED);
        }
        assertThat(RunFailure.of(7, new IllegalStateException()).words()).isEqualTo(FAILED);
        assertThat(RunFailure.of(7, new RuntimeException("java.io.UncheckedIOException: disk full"))
                        .words())
                .isEqualTo(FAILED);
        assertThat(RunFailure.of(7, new IllegalArgumentException("first line\n\tat org.skillmix.core.X.y(X.java:3)"))
                        .words())
                .isEqualTo(FAILED);
        assertThat(RunFailure.of(7, new RuntimeException("wrapped: NumberFormatException for \"x\""))
                        .words())
                .isEqualTo(FAILED);
    }

    @Test
    void aPlainMessageOfSkillmixsOwnIsKeptAndCut() {
        assertThat(RunFailure.of(7, new InvalidSetting("scenario", "the dataset has no scenario WINTER"))
                        .words())
                .isEqualTo("the dataset has no scenario WINTER");
        assertThat(RunFailure.of(
                                7, new IllegalArgumentException("the dataset has no interventions (interventions.csv)"))
                        .words())
                .isEqualTo("the dataset has no interventions (interventions.csv)");
        String words =
                RunFailure.of(7, new IllegalStateException("x".repeat(1_000))).words();
        assertThat(words).hasSize(org.skillmix.usecase.PlainWords.LIMIT + 3).endsWith("...");
    }
}
