package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The one line a command prints when it fails: Skillmix's own sentences as they are, a programmer's never. */
class PlainErrorsTest {

    @CommandLine.Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static String errorLine(Exception failure) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Failing(failure))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new PlainErrors());
        assertThat(cli.execute()).isEqualTo(PlainErrors.FAILED);
        return err.toString().strip();
    }

    @Test
    void aSentenceOfSkillmixsOwnIsPrintedAsItIs() {
        assertThat(errorLine(new IllegalStateException("the dataset has no places")))
                .isEqualTo("skillmix fail: the dataset has no places");
    }

    @Test
    void aProgrammersMessageIsNotPrinted() {
        String npe = "Cannot invoke \"String.length()\" because \"name\" is null";
        assertThat(errorLine(new NullPointerException(npe)))
                .isEqualTo("skillmix fail: stopped on an error in Skillmix itself (NullPointerException);"
                        + " SKILLMIX_DEBUG=1 shows the details");
        assertThat(errorLine(new IllegalStateException())).contains("(IllegalStateException)");
        assertThat(errorLine(new RuntimeException("java.io.UncheckedIOException: disk")))
                .doesNotContain("java.io");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(errorLine(new java.nio.file.NoSuchFileException("/tmp/none.csv")))
                .isEqualTo("skillmix fail: no such file or folder: /tmp/none.csv");
    }
}
