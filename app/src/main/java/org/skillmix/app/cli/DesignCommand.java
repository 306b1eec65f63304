package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.design.DesignRequest;
import org.skillmix.usecase.design.DesignUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix design DATASET --year 2030`: the least-cost role mix that meets a year's capability demand. */
@Command(
        name = "design",
        mixinStandardHelpOptions = true,
        description =
                "Find the role mix that meets the capability demand of a financial year at least cost, within what"
                        + " the pipeline and labour pool can supply, and show how it differs from today's mix.")
final class DesignCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(names = "--year", required = true, description = "financial year to design for (2030 = 2030/31)")
    int year;

    @Option(names = "--scenario", paramLabel = "CODE", description = "also allow the upskillings of this scenario")
    String scenario;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "folder to write design.csv and design-supervision.csv to (optional)")
    Path out;

    @Mixin
    BaselineOption baselineOption;

    @Override
    public Integer call() throws Exception {
        DesignRequest request = new DesignRequest(year, scenario, baselineOption.baseline);
        OutputFolder folder = out == null ? null : OutputFolder.at(out);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        DesignUseCase.Result design = new DesignUseCase().run(read.get().model(), request);
        out().print(design.text());
        out().flush();
        if (folder != null) {
            folder.write(design.outputs());
            out().println("Wrote " + out.resolve(DesignUseCase.DESIGN_CSV) + " and "
                    + out.resolve(DesignUseCase.SUPERVISION_CSV));
        }
        return 0;
    }
}
