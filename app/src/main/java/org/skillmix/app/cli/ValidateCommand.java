package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import java.io.PrintWriter;
import picocli.CommandLine.Parameters;

/** `skillmix validate DATASET`: exit 0 when the dataset loads, otherwise every problem as file:row:column: reason. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a system dataset (folder, zip or XLSX workbook) and list every problem as file:row:column: reason.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
    static final int INVALID = 1;

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Override
    public Integer call() throws Exception {
        try {
            ReadResult result = new DatasetReader().load(dataset);
            result.warnings().forEach(w -> out().println("warning: " + w));
            var model = result.model();
            out().printf("%s is valid: %s (%s), %d places, %d organisations, %d roles, %d capabilities, %d services%n",
                    dataset, model.info().name(), model.info().icbOdsCode(), model.places().size(),
                    model.organisations().size(), model.roles().size(), model.capabilities().size(),
                    model.services().size());
            return 0;
        } catch (DatasetException e) {
            printProblems(e, err());
            return INVALID;
        }
    }

    /** Shared with the other commands that read a dataset: errors first, then warnings, then a count. */
    static void printProblems(DatasetException e, PrintWriter err) {
        long errors = e.problems().stream().filter(Problem::isError).count();
        e.problems().stream().filter(Problem::isError).forEach(err::println);
        e.problems().stream().filter(p -> !p.isError()).forEach(p -> err.println("warning: " + p));
        err.printf("%d error%s: nothing was loaded.%n", errors, errors == 1 ? "" : "s");
    }
}
