package org.skillmix.app.cli;

import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.PlainWords;
import picocli.CommandLine;

/**
 * Turns an unexpected failure into one clear line on stderr rather than a stack trace a planner cannot
 * read; SKILLMIX_DEBUG=1 shows the trace for developers.
 */
final class PlainErrors implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (ex instanceof InvalidSetting invalid) {
            // A setting out of range or naming what the dataset lacks: the user's to fix, as a usage error.
            cli.getErr().println("skillmix " + cli.getCommandName() + ": " + invalid.getMessage());
            return Subcommand.USAGE;
        }
        cli.getErr().println("skillmix " + cli.getCommandName() + ": " + describe(ex));
        if (System.getenv("SKILLMIX_DEBUG") != null) ex.printStackTrace(cli.getErr());
        return FAILED;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException) return "no such file or folder: " + message;
        if (ex instanceof java.nio.file.AccessDeniedException) return "permission denied: " + message;
        return PlainWords.of(message)
                .orElse("stopped on an error in Skillmix itself ("
                        + ex.getClass().getSimpleName() + "); SKILLMIX_DEBUG=1 shows the details");
    }
}
