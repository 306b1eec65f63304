package org.skillmix.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.report.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix compare DATASET --scenarios A,B --out DIR`: scenarios side by side on the same draws. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description =
                "Compare scenarios (from the dataset's interventions.csv) with the baseline on the same seed and draws;"
                        + " write comparison.csv, comparison_summary.csv and comparison.html.")
final class CompareCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--scenarios",
            split = ",",
            paramLabel = "CODE",
            description = "scenario codes (default: every scenario of the dataset)")
    List<String> scenarios;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write the results to (created if missing)")
    Path out;

    @Option(
            names = "--years",
            defaultValue = "10",
            description = "financial years to project (default: ${DEFAULT-VALUE})")
    int years;

    @Option(
            names = "--draws",
            defaultValue = "1000",
            description = "Monte Carlo draws; 0 for one run at every mode (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--seed", defaultValue = "20260401", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--threads",
            description = "worker threads (default: the number of processors); the numbers do not depend on it")
    Integer threads;

    @Mixin
    BaselineOption baselineOption;

    @Option(
            names = "--target-capability",
            split = ",",
            paramLabel = "CODE",
            description = "capabilities whose gap the target is about (default: all)")
    List<String> targetCapabilities;

    @Option(
            names = "--target-fte",
            defaultValue = "0",
            description = "report P(average shortfall over a year < this many FTE) (default: ${DEFAULT-VALUE})")
    double targetFte;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        read.get().warnings().forEach(w -> err().println("warning: " + w));
        SystemModel model = read.get().model();
        List<Scenario> chosen = chosen(model);
        if (chosen == null) return USAGE;
        Set<String> targets = new LinkedHashSet<>(targetCapabilities == null ? List.of() : targetCapabilities);
        for (String k : targets) {
            if (model.capability(k).isEmpty()) {
                err().println("capability " + k + " is not in the dataset's capabilities.csv");
                return USAGE;
            }
        }
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                years,
                draws,
                seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                targets,
                targetFte,
                baselineOption.baseline);
        err().println("Comparing " + chosen.size() + " scenario(s) with no interventions, on the "
                + baselineOption.baseline.code() + " baseline ...");
        ScenarioComparison.Result result;
        try {
            result = new ScenarioComparison(model, chosen, years)
                    .run(settings, new TerminalProgress(err(), "Comparing"));
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return USAGE;
        }
        Files.createDirectories(out);
        new ComparisonCsvWriter().write(result, out.resolve("comparison.csv"), out.resolve("comparison_summary.csv"));
        new ComparisonReport(model, result).write(out.resolve("comparison.html"));
        int last = result.years().get(result.years().size() - 1);
        out().printf(
                        "Compared %d scenarios on %s, seed %d, in %.1f s. In %s:%n",
                        result.scenarios().size(),
                        draws == 0 ? "a deterministic run" : draws + " draws",
                        seed,
                        (System.nanoTime() - t0) / 1e9,
                        ComparisonCsvWriter.year(last));
        for (Scenario s : result.scenarios()) {
            ScenarioComparison.YearRow r = result.summary(s.code(), last);
            out().printf(
                            "  %-20s average shortfall %,10.1f FTE (P10 %,.1f, P90 %,.1f)  closed %,8.1f  extra cost GBP %,14.0f a year  P(shortfall < %,.0f) %s%n",
                            s.code(),
                            r.targetGap().mean(),
                            r.targetGap().p10(),
                            r.targetGap().p90(),
                            r.targetGapClosed().mean(),
                            r.extraCostGbp(),
                            targetFte,
                            ComparisonReport.probability(r));
        }
        out().printf(
                        "Wrote %s, %s and %s%n",
                        out.resolve("comparison.csv"),
                        out.resolve("comparison_summary.csv"),
                        out.resolve("comparison.html"));
        return 0;
    }

    /** The scenarios asked for, in that order; null (after saying why) when one is not in the dataset. */
    private List<Scenario> chosen(SystemModel model) {
        if (scenarios == null || scenarios.isEmpty()) return model.scenarios();
        List<Scenario> list = new ArrayList<>();
        for (String code : scenarios) {
            if (code.equals(Scenario.BASELINE)) continue;
            var s = model.scenario(code);
            if (s.isEmpty()) {
                err().println("scenario " + code + " is not in the dataset's interventions.csv; it has "
                        + (model.scenarios().isEmpty()
                                ? "no scenarios"
                                : String.join(
                                        ", ",
                                        model.scenarios().stream()
                                                .map(Scenario::code)
                                                .toList())));
                return null;
            }
            list.add(s.get());
        }
        return list;
    }
}
