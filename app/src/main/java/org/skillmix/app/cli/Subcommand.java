package org.skillmix.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.ReadResult;
import org.skillmix.data.importer.ImportException;
import picocli.CommandLine;

/**
 * What every `skillmix` subcommand shares: the picocli writers (so tests can capture them) and reading
 * a dataset with every problem reported the same way.
 */
abstract class Subcommand implements Callable<Integer> {
    /** Exit code when the dataset has errors. */
    static final int INVALID = 1;
    /** Exit code for arguments that name something the dataset does not have. */
    static final int USAGE = 2;
    /** Exit code when no plan meets the target within the budget (skillmix optimise). */
    static final int INFEASIBLE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a side file's problems, each as file:row:column: reason, then the count and what was not done. */
    int problems(DatasetException e, String consequence) {
        e.errors().forEach(err()::println);
        int n = e.errors().size();
        err().printf("%d error%s: %s%n", n, n == 1 ? "" : "s", consequence);
        return INVALID;
    }

    /** Prints every problem of an import from published files, says nothing was written, and returns INVALID. */
    int problems(ImportException e) {
        e.problems().forEach(err()::println);
        int n = e.problems().size();
        err().printf("%d problem%s: nothing was written.%n", n, n == 1 ? "" : "s");
        return INVALID;
    }

    /** The terminal's progress line for a use case counting draws (or seconds). */
    org.skillmix.usecase.Progress progress(String label) {
        TerminalProgress bar = new TerminalProgress(err(), label);
        return bar::drawsCompleted;
    }

    /**
     * Reads a dataset; on errors prints each as file:row:column: reason, then the warnings, then a
     * count, and returns empty: nothing is loaded.
     */
    Optional<ReadResult> readDataset(Path dataset) {
        try {
            return Optional.of(new DatasetReader().load(dataset));
        } catch (DatasetException e) {
            printProblems(e);
            return Optional.empty();
        }
    }

    /** A dataset's errors, each as file:row:column: reason, then its warnings, then a count. */
    void printProblems(DatasetException e) {
        long errors = e.problems().stream().filter(Problem::isError).count();
        e.problems().stream().filter(Problem::isError).forEach(err()::println);
        // A warning's own text reads file:row:column: warning: reason, as an error's without the word.
        e.problems().stream().filter(p -> !p.isError()).forEach(err()::println);
        err().printf("%d error%s: nothing was loaded.%n", errors, errors == 1 ? "" : "s");
    }
}
