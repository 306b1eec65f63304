package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.bank.BankPlan;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
import org.skillmix.core.bank.CollaborativeBank;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.bank.BankFiles;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.report.BankReport;
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
        PrintWriter out = out();
        PrintWriter err = err();
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();
        for (Map.Entry<String, Double> cap : caps.entrySet()) {
            if (system.role(cap.getKey()).isEmpty()) {
                err.println("--cap: unknown role '" + cap.getKey() + "' (not in roles.csv)");
                return USAGE;
            }
            if (!(cap.getValue() > 0)) {
                err.println("--cap: the cap for " + cap.getKey() + " must be more than 0, not " + cap.getValue());
                return USAGE;
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<BankWorker> pool = null;
        List<BankShift> shifts = null;
        try {
            pool = BankFiles.readPool(bankFile, system);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        try {
            shifts = BankFiles.readShifts(shiftsFile, system);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf(
                    "%d error%s: nothing was filled or written.%n", problems.size(), problems.size() == 1 ? "" : "s");
            return INVALID;
        }
        out.printf(
                "%d bank workers, %d shifts (%.0f hours); caps: %s%n",
                pool.size(),
                shifts.size(),
                shifts.stream().mapToDouble(BankShift::hours).sum(),
                caps.isEmpty() ? "none" : caps);
        BankPlan plan = new CollaborativeBank(caps).fill(pool, shifts);
        String summary = summary(plan);
        out.print(summary);

        Files.createDirectories(outDir);
        writeFills(plan, outDir.resolve("bank-fills.csv"));
        writeCover(plan, outDir.resolve("bank-cover.csv"));
        Map<String, Map<Integer, double[]>> rates = fillRates(plan);
        writeFillRates(rates, outDir.resolve("bank-fill-rate.csv"));
        Files.writeString(
                outDir.resolve("bank.html"),
                new BankReport().html(system.info().name() + ": collaborative bank", plan, summary),
                StandardCharsets.UTF_8);
        out.println("wrote bank-fills.csv, bank-cover.csv, bank-fill-rate.csv and bank.html to " + outDir);
        return 0;
    }

    static String summary(BankPlan plan) {
        double capped = plan.spendCapped(), uncapped = plan.spendUncapped();
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "hours posted %.1f: bank %.1f (%.1f%%), agency %.1f%n",
                plan.shiftHours(),
                plan.bankHours(),
                plan.shiftHours() == 0 ? 0.0 : 100 * plan.bankHours() / plan.shiftHours(),
                plan.agencyHours()));
        double criticalAgency = plan.covers().stream()
                .filter(c -> c.shift().critical())
                .mapToDouble(BankPlan.Cover::agencyHours)
                .sum();
        s.append(String.format(Locale.ROOT, "critical hours left to agency: %.1f%n", criticalAgency));
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

    /** Per organisation and week: posted hours, bank hours, agency hours. */
    static Map<String, Map<Integer, double[]>> fillRates(BankPlan plan) {
        Map<String, Map<Integer, double[]>> rates = new TreeMap<>();
        for (BankPlan.Cover c : plan.covers()) {
            double[] v = rates.computeIfAbsent(c.shift().orgCode(), o -> new TreeMap<>())
                    .computeIfAbsent(c.shift().week(), w -> new double[3]);
            v[0] += c.shift().hours();
            v[1] += c.bankHours();
            v[2] += c.agencyHours();
        }
        return rates;
    }

    private static void writeFills(BankPlan plan, Path file) throws IOException {
        StringBuilder csv =
                new StringBuilder("week,shift_id,org_code,role_code,worker_id,worker_home_org,hours,capped_rate_gbp\n");
        for (BankPlan.Fill f : plan.fills()) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%s,%s,%.2f,%.2f%n",
                    f.shift().week(),
                    f.shift().id(),
                    f.shift().orgCode(),
                    f.shift().roleCode(),
                    f.worker().id(),
                    f.worker().homeOrg(),
                    f.hours(),
                    plan.covers().stream()
                            .filter(c -> c.shift() == f.shift())
                            .findFirst()
                            .orElseThrow()
                            .cappedRate()));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void writeCover(BankPlan plan, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(
                "week,shift_id,org_code,role_code,hours,critical,bank_hours,agency_hours,offered_rate_gbp,"
                        + "capped_rate_gbp,uncapped_rate_gbp,agency_rate_gbp,spend_capped_gbp,spend_uncapped_gbp\n");
        for (BankPlan.Cover c : plan.covers()) {
            BankShift s = c.shift();
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%.2f,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n",
                    s.week(),
                    s.id(),
                    s.orgCode(),
                    s.roleCode(),
                    s.hours(),
                    s.critical() ? "yes" : "no",
                    c.bankHours(),
                    c.agencyHours(),
                    s.offeredRate(),
                    c.cappedRate(),
                    c.uncappedRate(),
                    s.agencyRate(),
                    c.spendCapped(),
                    c.spendUncapped()));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void writeFillRates(Map<String, Map<Integer, double[]>> rates, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("org_code,week,posted_hours,bank_hours,agency_hours,fill_rate\n");
        rates.forEach((org, byWeek) -> byWeek.forEach((week, v) -> csv.append(
                String.format(Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.3f%n", org, week, v[0], v[1], v[2], v[1] / v[0]))));
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
