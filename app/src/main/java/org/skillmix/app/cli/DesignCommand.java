package org.skillmix.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.skillmix.core.design.DesignInputs;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.DesignCsv;
import org.skillmix.data.report.DesignText;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws Exception {
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel model = read.get().model();
        List<Upskill> upskills = List.of();
        if (scenario != null) {
            var s = model.scenario(scenario);
            if (s.isEmpty()) {
                err().println("scenario " + scenario + " is not in the dataset's interventions.csv");
                return USAGE;
            }
            upskills = ScenarioSystem.upskills(List.of(s.get()));
        }
        if (year < model.info().baseMonth().getYear() - 1) {
            err().println("year " + year + " is before the dataset's base month "
                    + model.info().baseMonth());
            return USAGE;
        }
        WorkforceDesign.Design design = WorkforceDesign.solve(DesignInputs.from(model, year, upskills));
        out().print(DesignText.render(model, year, design));
        out().flush();
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve(DesignCsv.DESIGN), DesignCsv.design(model, design), StandardCharsets.UTF_8);
            Files.writeString(
                    out.resolve(DesignCsv.SUPERVISION), DesignCsv.supervision(design), StandardCharsets.UTF_8);
            out().println("Wrote " + out.resolve(DesignCsv.DESIGN) + " and " + out.resolve(DesignCsv.SUPERVISION));
        }
        return 0;
    }
}
