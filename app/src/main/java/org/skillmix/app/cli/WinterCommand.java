package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.report.EnglandTime;
import org.skillmix.data.report.WinterReport;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.winter.WinterRequest;
import org.skillmix.usecase.winter.WinterUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix winter DATASET --surge SURGE.csv --from YYYY-MM-DD --weeks N --out DIR`: weekly demand and supply
 * through a season from the projection and a surge of extra demand, and where and when shortfalls fall
 * (docs/winter.md).
 */
@Command(
        name = "winter",
        mixinStandardHelpOptions = true,
        description =
                "Project weekly demand and supply through a season with a surge, and show where and when shortfalls fall.")
final class WinterCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--surge",
            paramLabel = "SURGE.csv",
            description = "extra demand (the uplift form of the surge file); none: the baseline season")
    Path surgeFile;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day of week 1")
    String fromText;

    @Option(
            names = "--weeks",
            defaultValue = "" + WinterRequest.DEFAULT_WEEKS,
            paramLabel = "N",
            description = "weeks in the plan, 1-52 (default ${DEFAULT-VALUE})")
    int weeks;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for winter-plan.csv and winter-plan.html")
    Path outDir;

    @Mixin
    BaselineOption baselineOption;

    @Override
    public Integer call() throws IOException {
        WinterReport.warmUpInBackground();
        PrintWriter out = out();
        PrintWriter err = err();
        LocalDate from;
        try {
            from = LocalDate.parse(fromText);
        } catch (DateTimeParseException e) {
            err.println("--from must be YYYY-MM-DD, got '" + fromText + "'");
            return USAGE;
        }
        WinterRequest request = new WinterRequest(from, weeks, baselineOption.baseline);
        OutputFolder folder = OutputFolder.at(outDir);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();
        WinterUseCase winter = new WinterUseCase();
        List<SurgeUplift> surge = List.of();
        if (surgeFile != null) {
            try {
                surge = winter.readSurge(system, surgeFile, request);
            } catch (DatasetException e) {
                return problems(e, "nothing was planned or written.");
            }
        }
        out.printf(
                "projecting %d weeks from %s on the %s baseline (every parameter at its mode), %d surge uplift%s...%n",
                weeks, EnglandTime.day(from), request.baseline().code(), surge.size(), surge.size() == 1 ? "" : "s");
        out.flush();
        WinterUseCase.Result plan;
        try {
            plan = winter.run(system, surge, request);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("nothing was written.");
            return INVALID;
        }
        out.print(plan.summary());
        folder.write(plan.outputs());
        out.printf(
                Locale.UK,
                "wrote winter-plan.csv (%,d rows) and winter-plan.html to %s%n",
                plan.plan().rows().size(),
                outDir);
        return 0;
    }
}
