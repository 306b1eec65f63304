package org.skillmix.usecase.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.skillmix.core.bank.BankPlan;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
import org.skillmix.core.bank.CollaborativeBank;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.bank.BankFiles;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.BankCsv;
import org.skillmix.data.report.BankReport;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;

/**
 * The collaborative bank's fill of the posted shifts under the system-wide pay cap, agency last, and what the same
 * cover would cost without the cap (docs/bank.md). Outputs bank-fills.csv, bank-cover.csv, bank-fill-rate.csv and
 * bank.html.
 */
public final class BankUseCase {
    public static final String FILLS_CSV = BankCsv.FILLS;
    public static final String COVER_CSV = BankCsv.COVER;
    public static final String FILL_RATE_CSV = BankCsv.FILL_RATE;
    public static final String BANK_HTML = "bank.html";

    /** The pool of bank workers and the shifts organisations post. */
    public record Inputs(List<BankWorker> pool, List<BankShift> shifts) {}

    /** The fill, its summary and its files. */
    public record Result(BankPlan plan, String summary, Outputs outputs) {}

    /** Checks the caps against the dataset: each names one of its roles. */
    public void check(SystemModel system, BankRequest request) {
        for (String role : request.caps().keySet()) {
            if (system.role(role).isEmpty()) {
                throw new InvalidSetting("caps", "unknown role '" + role + "' (not in roles.csv)");
            }
        }
    }

    /** Both files read against the system; every problem of either is reported together. */
    public Inputs read(SystemModel system, Path poolFile, Path shiftsFile) throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        List<BankWorker> pool = null;
        List<BankShift> shifts = null;
        try {
            pool = BankFiles.readPool(poolFile, system);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        try {
            shifts = BankFiles.readShifts(shiftsFile, system);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) throw new DatasetException(poolFile + " and " + shiftsFile, problems);
        return new Inputs(pool, shifts);
    }

    public Result run(SystemModel system, Inputs inputs, BankRequest request) {
        check(system, request);
        BankPlan plan = new CollaborativeBank(request.caps()).fill(inputs.pool(), inputs.shifts());
        String summary = summary(plan);
        Names names = new Names(system);
        Outputs outputs = Outputs.of(
                Output.csv(FILLS_CSV, out -> BankCsv.fills(plan, names, out)),
                Output.csv(COVER_CSV, out -> BankCsv.cover(plan, names, out)),
                Output.csv(FILL_RATE_CSV, out -> BankCsv.fillRates(plan, names, out)),
                Output.text(
                        BANK_HTML,
                        Output.HTML,
                        new BankReport().html(system.info().name() + ": collaborative bank", plan, summary)));
        return new Result(plan, summary, outputs);
    }

    /** What the inputs hold, in a line for the terminal: each capped role by name, its cap in pounds an hour. */
    public static String describe(SystemModel system, Inputs inputs, BankRequest request) {
        Names names = new Names(system);
        String caps = request.caps().entrySet().stream()
                .map(c -> String.format(
                        Locale.ROOT,
                        "%s at most GBP %,.2f an hour",
                        Names.withCode(names.role(c.getKey()), c.getKey()),
                        c.getValue()))
                .collect(Collectors.joining("; "));
        return String.format(
                Locale.ROOT,
                "%,d bank workers, %,d shifts (%,.1f hours); caps: %s%n",
                inputs.pool().size(),
                inputs.shifts().size(),
                inputs.shifts().stream().mapToDouble(BankShift::hours).sum(),
                caps.isEmpty() ? "none" : caps);
    }

    /** Hours by bank and agency, and spend with and without the cap. */
    static String summary(BankPlan plan) {
        double capped = plan.spendCapped(), uncapped = plan.spendUncapped();
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "hours posted %,.1f: bank %,.1f (%.1f%%), agency %,.1f%n",
                plan.shiftHours(),
                plan.bankHours(),
                plan.shiftHours() == 0 ? 0.0 : 100 * plan.bankHours() / plan.shiftHours(),
                plan.agencyHours()));
        s.append(String.format(Locale.ROOT, "critical hours left to agency: %,.1f%n", plan.criticalAgencyHours()));
        s.append(String.format(Locale.ROOT, "spend with the cap:    GBP %,.0f%n", capped));
        s.append(String.format(
                Locale.ROOT,
                "spend without the cap: GBP %,.0f (same cover; competition model, docs/bank.md)%n",
                uncapped));
        s.append(String.format(
                Locale.ROOT,
                "saved by the cap:      GBP %,.0f (%.1f%%)%n",
                uncapped - capped,
                uncapped == 0 ? 0.0 : 100 * (uncapped - capped) / uncapped));
        return s.toString();
    }
}
