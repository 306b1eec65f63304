package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix mutual-aid DATASET --staff STAFF.csv --surge SURGE.csv --out DIR`: who from which service covers which
 * shortfall of a surge, week by week, within every rule of docs/mutual-aid.md, with the bound on critical cover.
 */
@Command(
        name = "mutual-aid",
        mixinStandardHelpOptions = true,
        description = "Plan the redeployment of staff across a surge: who covers which shortfall, week by week.")
final class MutualAidCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--staff",
            required = true,
            paramLabel = "STAFF.csv",
            description = "the staff file (pseudonymous ids)")
    Path staffFile;

    @Option(
            names = "--surge",
            required = true,
            paramLabel = "SURGE.csv",
            description = "the shortfalls week by week, or extra demand (uplift form): then the winter plan's")
    Path surgeFile;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for plan.csv, donor-losses.csv, cover.csv, plan.html")
    Path outDir;

    @Option(
            names = "--seconds",
            defaultValue = "" + MutualAidRequest.DEFAULT_SECONDS,
            paramLabel = "S",
            description = "how long to search, 1-600 (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--seed",
            defaultValue = "" + RunDefaults.SEED,
            description = "the search's random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--steps",
            paramLabel = "N",
            description =
                    "also stop after N search steps: with a seed, the same plan on any machine (default: by time)")
    Integer steps;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "first day of the surge (default today); week w ends on day 7w")
    String asOfText;

    @Mixin
    BaselineOption baselineOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        LocalDate asOf;
        try {
            asOf = asOfText == null ? LocalDate.now() : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            err().println("--as-of must be YYYY-MM-DD, got '" + asOfText + "'");
            return USAGE;
        }
        MutualAidRequest request = new MutualAidRequest(asOf, seconds, seed, steps, baselineOption.baseline);
        OutputFolder folder = OutputFolder.at(outDir);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs;
        try {
            inputs = mutualAid.read(system, staffFile, surgeFile, request);
        } catch (DatasetException e) {
            return problems(e, "nothing was planned or written.");
        }
        out.print(MutualAidUseCase.describe(inputs, asOf));
        out.println(MutualAidUseCase.searching(request));
        out.flush();
        MutualAidUseCase.Result plan;
        try {
            plan = mutualAid.run(system, inputs, request, Progress.NONE, new CoverProgress(out));
        } catch (IllegalStateException e) {
            err().println(e.getMessage() + ": nothing was written.");
            return PlainErrors.FAILED;
        }
        folder.write(plan.outputs());
        out.print(plan.describe());
        out.println("wrote " + plan.outputs().listed() + " to " + outDir);
        return 0;
    }
}
