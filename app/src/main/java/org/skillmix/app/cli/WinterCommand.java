package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlan.Measure;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.core.winter.WinterRow;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.mutualaid.SurgeFile;
import org.skillmix.data.report.WinterReport;
import org.skillmix.data.winter.WinterPlanCsv;
import picocli.CommandLine.Command;
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
            defaultValue = "16",
            paramLabel = "N",
            description = "weeks in the plan, 1-52 (default ${DEFAULT-VALUE})")
    int weeks;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for winter-plan.csv and winter-plan.html")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (weeks < 1 || weeks > WinterPlanner.MAX_WEEKS) {
            err.println("--weeks must be 1-" + WinterPlanner.MAX_WEEKS + ", not " + weeks);
            return USAGE;
        }
        LocalDate from;
        try {
            from = LocalDate.parse(fromText);
        } catch (DateTimeParseException e) {
            err.println("--from must be YYYY-MM-DD, got '" + fromText + "'");
            return USAGE;
        }
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();
        List<SurgeUplift> surge = List.of();
        if (surgeFile != null) {
            try {
                surge = SurgeFile.readUplifts(surgeFile, system, weeks);
            } catch (DatasetException e) {
                e.errors().forEach(err::println);
                err.printf(
                        "%d error%s: nothing was planned or written.%n",
                        e.errors().size(), e.errors().size() == 1 ? "" : "s");
                return INVALID;
            }
        }
        out.printf(
                "projecting %d weeks from %s (every parameter at its mode), %d surge uplift%s...%n",
                weeks, from, surge.size(), surge.size() == 1 ? "" : "s");
        out.flush();
        WinterPlan plan;
        try {
            plan = new WinterPlanner(system).plan(from, weeks, surge);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("nothing was written.");
            return INVALID;
        }
        String summary = summary(plan);
        out.print(summary);

        Files.createDirectories(outDir);
        try (Writer csv = Files.newBufferedWriter(outDir.resolve("winter-plan.csv"), StandardCharsets.UTF_8)) {
            WinterPlanCsv.write(plan, csv);
        }
        Map<String, String> services = new LinkedHashMap<>();
        for (Service s : system.services()) services.put(s.code(), s.name());
        Map<String, String> places = new LinkedHashMap<>();
        for (Place p : system.places()) places.put(p.code(), p.name());
        Files.writeString(
                outDir.resolve("winter-plan.html"),
                new WinterReport()
                        .html(system.info().name() + ": winter plan from " + from, plan, services, places, summary),
                StandardCharsets.UTF_8);
        out.println("wrote winter-plan.csv (" + plan.rows().size() + " rows) and winter-plan.html to " + outDir);
        return 0;
    }

    /** Week by week totals, then the worst critical shortfalls. */
    static String summary(WinterPlan plan) {
        StringBuilder s = new StringBuilder("week  starts       baseline    demand    supply  shortfall  (FTE)\n");
        for (int w = 1; w <= plan.weeks(); w++) {
            s.append(String.format(
                    Locale.ROOT,
                    "%4d  %s %9.1f %9.1f %9.1f %10.1f%n",
                    w,
                    plan.weekStart(w),
                    plan.total(w, Measure.BASELINE_DEMAND),
                    plan.total(w, Measure.DEMAND),
                    plan.total(w, Measure.SUPPLY),
                    plan.total(w, Measure.SHORTFALL)));
        }
        List<WinterRow> worst = plan.rows().stream()
                .filter(WinterRow::critical)
                .filter(r -> r.shortfallFte() >= 0.05)
                .sorted((a, b) -> Double.compare(b.shortfallFte(), a.shortfallFte()))
                .limit(10)
                .toList();
        if (!worst.isEmpty()) {
            s.append("largest shortfalls in critical services:\n");
            for (WinterRow r : worst) {
                s.append(String.format(
                        Locale.ROOT,
                        "  week %d %s %s %s %s: %.1f FTE short (demand %.1f, supply %.1f)%n",
                        r.week(),
                        r.orgCode().isEmpty() ? "(no organisation)" : r.orgCode(),
                        r.serviceCode(),
                        r.capabilityCode(),
                        r.placeCode(),
                        r.shortfallFte(),
                        r.demandFte(),
                        r.supplyFte()));
            }
        }
        return s.toString();
    }
}
