package org.skillmix.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.report.BankReport;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.bank.BankRequest;
import org.skillmix.usecase.bank.BankUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix bank DATASET --bank BANK.csv --shifts SHIFTS.csv --cap ROLE=GBP,... --out DIR`: the collaborative
 * bank's fill of the posted shifts under the system-wide pay cap, and what the same cover would cost without
 * it (docs/bank.md).
 */
@Command(
        name = "bank",
        mixinStandardHelpOptions = true,
        description =
                "Fill posted shifts from the shared bank under a pay cap, agency last; spend with and without the cap.")
final class BankCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--bank",
            required = true,
            paramLabel = "BANK.csv",
            description = "the pool of bank workers (pseudonymous ids)")
    Path bankFile;

    @Option(
            names = "--shifts",
            required = true,
            paramLabel = "SHIFTS.csv",
            description = "the shifts organisations post")
    Path shiftsFile;

    @Option(
            names = "--cap",
            split = ",",
            paramLabel = "ROLE=GBP",
            description = "hourly pay cap by role, e.g. RN_ADULT=30,HCSW=16;" + " roles not named are not capped")
    Map<String, Double> caps = new LinkedHashMap<>();

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for bank-fills.csv, bank-cover.csv," + " bank-fill-rate.csv and bank.html")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        BankReport.warmUpInBackground();
        BankRequest request = new BankRequest(caps);
        OutputFolder folder = OutputFolder.at(outDir);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();
        BankUseCase bank = new BankUseCase();
        bank.check(system, request);
        BankUseCase.Inputs inputs;
        try {
            inputs = bank.read(system, bankFile, shiftsFile);
        } catch (DatasetException e) {
            return problems(e, "nothing was filled or written.");
        }
        out().print(BankUseCase.describe(system, inputs, request));
        BankUseCase.Result plan = bank.run(system, inputs, request);
        out().print(plan.summary());
        folder.write(plan.outputs());
        out().println("wrote " + plan.outputs().listed() + " to " + outDir);
        return 0;
    }
}
