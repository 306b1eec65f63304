package org.skillmix.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.skillmix.usecase.explain.ExplainUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix explain DATASET --month M --capability C --place P`: one demand and one supply figure taken
 * apart into the inputs that made them (deterministic run, every parameter at its mode).
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description =
                "Decompose one month's demand and supply of a capability in a place into the inputs that made them.")
final class ExplainCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--month",
            required = true,
            paramLabel = "YYYY-MM",
            description = "the month, from the dataset's base month to 30 years on")
    String month;

    @Option(
            names = "--capability",
            required = true,
            paramLabel = "CAPABILITY",
            description = "a capability's code or name (capabilities.csv), e.g. WOUND or \"wound care\"")
    String capability;

    @Option(
            names = "--place",
            required = true,
            paramLabel = "PLACE",
            description = "a place's code or name (places.csv), e.g. E08000003 or Manchester")
    String place;

    @Option(
            names = "--detail",
            description = "list every service x age band x sex term, not only the total per service")
    boolean detail;

    @Override
    public Integer call() throws Exception {
        YearMonth when;
        try {
            when = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            err().println("--month must be YYYY-MM, got '" + month + "'");
            return USAGE;
        }
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        ExplainUseCase.Request request = new ExplainUseCase.Request(when, capability, place, detail);
        out().print(new ExplainUseCase().run(read.get().model(), request));
        return 0;
    }
}
