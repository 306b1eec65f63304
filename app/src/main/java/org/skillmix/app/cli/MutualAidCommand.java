package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.MutualAidBound;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.MutualAidSolver;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.MutualAidCsv;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.data.mutualaid.StaffFile;
import org.skillmix.data.mutualaid.SurgeFile;
import org.skillmix.data.report.MutualAidReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix mutual-aid DATASET --staff STAFF.csv --surge SURGE.csv --out DIR`: who from which service covers
 * which shortfall of a surge, week by week, within every rule of docs/mutual-aid.md, with the bound that says
 * how far the plan's critical cover could at best still improve.
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
            description =
                    "the shortfalls, week by week, or extra demand (uplift form): then the shortfalls are the winter plan's")
    Path surgeFile;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for plan.csv, donor-losses.csv, cover.csv, plan.html")
    Path outDir;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            paramLabel = "S",
            description = "how long to search (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "first day of the surge (default today); week w ends on day 7w")
    String asOfText;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (seconds < 1) {
            err.println("--seconds must be at least 1, not " + seconds);
            return USAGE;
        }
        LocalDate asOf;
        try {
            asOf = asOfText == null ? LocalDate.now() : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            err.println("--as-of must be YYYY-MM-DD, got '" + asOfText + "'");
            return USAGE;
        }
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();

        List<Problem> problems = new ArrayList<>();
        MutualAidInputs.File staffText = file(staffFile, problems);
        MutualAidInputs.File surgeText = file(surgeFile, problems);
        MutualAidInputs inputs = null;
        if (problems.isEmpty()) {
            try {
                inputs = MutualAidInputs.read(staffText, surgeText, system, asOf);
            } catch (DatasetException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf(
                    "%d error%s: nothing was planned or written.%n", problems.size(), problems.size() == 1 ? "" : "s");
            return INVALID;
        }
        if (inputs.fromWinterPlan()) {
            out.printf(
                    "surge given as extra demand: %d shortfalls from the winter plan over %d weeks from %s%n",
                    inputs.shortfalls().size(), inputs.weeks(), asOf);
        }
        StaffFile.Staff staff = inputs.staff();
        List<Shortfall> shortfalls = inputs.shortfalls();
        int weeks = inputs.weeks();
        List<DonorService> donors = inputs.donors();
        MutualAidPlan problem = inputs.problem();
        out.printf(
                Locale.ROOT,
                "%d willing staff (%d not willing left out), %d shortfalls over %d week%s from %s; %d donor services"
                        + " (floor %.0f%% of listed FTE, critical services protected)%n",
                staff.willing().size(),
                staff.notWilling(),
                shortfalls.size(),
                weeks,
                weeks == 1 ? "" : "s",
                asOf,
                donors.size(),
                SurgeFile.DEFAULT_FLOOR_SHARE * 100);
        out.printf("searching for %d s...%n", seconds);
        out.flush();

        long started = System.nanoTime();
        long[] lastPrinted = {0};
        MutualAidPlan plan = new MutualAidSolver(Duration.ofSeconds(seconds), null, null).solve(problem, best -> {
            long now = System.nanoTime();
            if (now - lastPrinted[0] < 1_000_000_000L) return;
            lastPrinted[0] = now;
            out.printf(
                    Locale.ROOT,
                    "  %5.1f s: critical covered %.2f FTE, other %.2f FTE%n",
                    (now - started) / 1e9,
                    best.coveredCenti(true) / 100.0,
                    best.coveredCenti(false) / 100.0);
            out.flush();
        });
        if (plan.getScore() != null && plan.getScore().hardScore(0) < 0) {
            err.println("the best plan found breaks a hard rule (" + plan.getScore() + "): nothing was written.");
            return PlainErrors.FAILED;
        }

        PlanSummary summary = PlanSummary.of(plan, weeks);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(MutualAidCsv.PLAN), MutualAidCsv.plan(summary), StandardCharsets.UTF_8);
        Files.writeString(
                outDir.resolve(MutualAidCsv.DONOR_LOSSES), MutualAidCsv.donorLosses(summary), StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(MutualAidCsv.COVER), MutualAidCsv.cover(summary), StandardCharsets.UTF_8);
        Files.writeString(
                outDir.resolve("plan.html"),
                MutualAidReport.render(system.info().name(), asOf, summary),
                StandardCharsets.UTF_8);

        long critical = summary.coveredCenti(true);
        long other = summary.coveredCenti(false);
        long bound = MutualAidBound.criticalCentiBound(plan);
        long gap = bound - critical;
        long moves = summary.moves().size();
        out.printf(
                Locale.ROOT,
                "%d person-weeks of aid; critical covered %.2f of %.2f FTE-weeks needed, other %.2f of %.2f%n",
                moves,
                critical / 100.0,
                summary.neededCenti(true) / 100.0,
                other / 100.0,
                summary.neededCenti(false) / 100.0);
        out.printf(Locale.ROOT, "bound on critical cover (LP): %.2f FTE-weeks%n", bound / 100.0);
        out.printf(
                Locale.ROOT,
                "gap: %.2f FTE-weeks (%.1f%% of the bound)%n",
                gap / 100.0,
                bound == 0 ? 0.0 : 100.0 * gap / bound);
        out.println("wrote plan.csv, donor-losses.csv, cover.csv and plan.html to " + outDir);
        return 0;
    }

    /** The file's bytes, or a problem naming it when it cannot be read. */
    private static MutualAidInputs.File file(Path path, List<Problem> problems) {
        try {
            return MutualAidInputs.File.of(path);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
            return null;
        }
    }
}
