package org.skillmix.app.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.design.DesignInputs;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.system.SystemModel;
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

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write design.csv to (optional)")
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
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Workforce design for %s, %d/%02d (effective FTE; solver %s)%n",
                model.info().name(),
                year,
                (year + 1) % 100,
                design.solverState()));
        text.append(String.format(Locale.ROOT, "%-12s %12s %12s %12s%n", "role", "today", "design", "change"));
        for (WorkforceDesign.RoleResult r : design.roles()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-12s %,12.1f %,12.1f %+,12.1f%n",
                    r.code(),
                    r.todayFte(),
                    r.designFte(),
                    r.change()));
        }
        text.append(String.format(
                Locale.ROOT,
                "Annual cost: GBP %,.0f (today's mix GBP %,.0f)%n",
                design.annualCost(),
                design.todayAnnualCost()));
        design.shortfall().forEach((k, v) -> {
            if (v > 1e-6)
                text.append(String.format(Locale.ROOT, "Demand no feasible mix can meet: %s %,.1f FTE%n", k, v));
        });
        out().print(text);
        if (out != null) {
            Files.createDirectories(out);
            try (Writer w = Files.newBufferedWriter(out.resolve("design.csv"), StandardCharsets.UTF_8)) {
                w.write("role_code,today_fte,design_fte,change_fte,annual_cost_gbp_per_fte\n");
                for (WorkforceDesign.RoleResult r : design.roles()) {
                    w.write(String.format(
                            Locale.ROOT,
                            "%s,%.3f,%.3f,%.3f,%.0f%n",
                            r.code(),
                            r.todayFte(),
                            r.designFte(),
                            r.change(),
                            r.annualCost()));
                }
            }
        }
        return 0;
    }
}
