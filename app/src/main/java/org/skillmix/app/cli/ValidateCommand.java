package org.skillmix.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `skillmix validate DATASET`: exit 0 when the dataset loads, otherwise every problem as file:row:column: reason. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check a system dataset (folder, zip or XLSX workbook) and list every problem as file:row:column: reason.")
final class ValidateCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Override
    public Integer call() {
        return readDataset(dataset)
                .map(result -> {
                    result.warnings().forEach(out()::println);
                    var model = result.model();
                    out().printf(
                                    "%s is valid: %s (%s), %d places, %d organisations, %d roles, %d capabilities, %d services%n",
                                    dataset,
                                    model.info().name(),
                                    model.info().icbOdsCode(),
                                    model.places().size(),
                                    model.organisations().size(),
                                    model.roles().size(),
                                    model.capabilities().size(),
                                    model.services().size());
                    return 0;
                })
                .orElse(INVALID);
    }
}
