package org.skillmix.app.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.MarginalEffects;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOptimiser;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix optimise DATASET --budget GBP`: which interventions to fund, and how much of each. */
@Command(
        name = "optimise",
        aliases = "optimize",
        mixinStandardHelpOptions = true,
        description = "Choose which of the dataset's interventions to fund, and at what level, within a yearly budget:"
                + " most target gap closed, or (with --target-fte) the cheapest way to get the gap below the target."
                + " Writes portfolio.csv and portfolio.txt.")
final class OptimiseCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--budget",
            required = true,
            paramLabel = "GBP",
            description = "budget per year, GBP (programme cost plus extra pay bill)")
    double budget;

    @Option(
            names = "--scenario",
            paramLabel = "CODE",
            description =
                    "take the candidates from this scenario (default: every intervention of every scenario, by code)")
    String scenario;

    @Option(
            names = "--max-level",
            defaultValue = "3",
            description =
                    "each intervention may be funded at 1 to this many times its scale (default: ${DEFAULT-VALUE})")
    int maxLevel;

    @Option(
            names = "--target-capability",
            split = ",",
            paramLabel = "CODE",
            description = "capabilities whose gap is the target (default: all)")
    List<String> targetCapabilities;

    @Option(
            names = "--target-fte",
            description =
                    "meet a gap below this many FTE in the last year at least cost (default: maximise gap closed)")
    Double targetFte;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the results to")
    Path out;

    @Option(names = "--years", defaultValue = "10", description = "financial years (default: ${DEFAULT-VALUE})")
    int years;

    @Option(
            names = "--draws",
            defaultValue = "200",
            description = "draws for the marginal runs (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--seed", defaultValue = "20260401", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(
            names = "--time-limit",
            defaultValue = "30",
            description = "solver time limit in seconds (default: ${DEFAULT-VALUE})")
    int timeLimit;

    @Override
    public Integer call() throws Exception {
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel model = read.get().model();
        Map<String, Intervention> candidates = new LinkedHashMap<>();
        for (Scenario s : model.scenarios()) {
            if (scenario != null && !s.code().equals(scenario)) continue;
            for (Intervention iv : s.interventions()) candidates.putIfAbsent(iv.code(), iv);
        }
        if (candidates.isEmpty()) {
            err().println(
                            scenario == null
                                    ? "the dataset has no interventions (interventions.csv)"
                                    : "scenario " + scenario + " is not in the dataset");
            return USAGE;
        }
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                years,
                draws,
                seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                new LinkedHashSet<>(targetCapabilities == null ? List.of() : targetCapabilities),
                targetFte == null ? 0 : targetFte);
        err().println("Measuring " + candidates.size() + " interventions one at a time against the baseline ...");
        long t0 = System.nanoTime();
        List<Intervention> list = List.copyOf(candidates.values());
        MarginalEffects.Measured measured = MarginalEffects.measure(model, list, maxLevel, settings);
        double marginalSeconds = (System.nanoTime() - t0) / 1e9;
        double[] budgets = new double[years];
        java.util.Arrays.fill(budgets, budget);
        int last = years - 1;
        PortfolioProblem problem = targetFte == null
                ? new PortfolioProblem(
                        measured.options(), budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null)
                : new PortfolioProblem(
                        measured.options(),
                        budgets,
                        new int[] {last},
                        PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                        new double[] {Math.max(0, measured.baselineTargetGap()[last] - targetFte)});
        Portfolio portfolio = new PortfolioOptimiser(timeLimit * 1000L).solve(problem);
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("portfolio.csv"), StandardCharsets.UTF_8)) {
            w.write(
                    "intervention_code,kind,level,scale_funded,target_gap_closed_fte_per_level_last_year,cost_per_level_gbp_last_year,fixed_cost_gbp_last_year\n");
            for (int i = 0; i < list.size(); i++) {
                var o = measured.options().get(i);
                w.write(String.format(
                        Locale.ROOT,
                        "%s,%s,%d,%s,%.3f,%.0f,%.0f%n",
                        list.get(i).code(),
                        list.get(i).kind().code(),
                        portfolio.levels()[i],
                        portfolio.levels()[i] * list.get(i).scale(),
                        o.closedPerLevel()[last],
                        o.costPerLevel()[last],
                        o.fixedCost()[last]));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Portfolio for %s: budget GBP %,.0f a year, %s.%n",
                model.info().name(),
                budget,
                targetFte == null
                        ? "most target gap closed in the last year"
                        : "least cost to a gap below " + targetFte + " FTE"));
        text.append(String.format(
                Locale.ROOT,
                "Solver: %s in %d ms (marginal runs %.1f s, %d draws). Baseline average shortfall over the last year (target capabilities): %,.1f FTE; the portfolio closes %,.1f (linearised).%n",
                portfolio.solverState(),
                portfolio.millis(),
                marginalSeconds,
                draws,
                measured.baselineTargetGap()[last],
                portfolio.closedPerYear()[last]));
        text.append(
                "Linearised: effects measured one intervention at a time are added up and scaled by level; run the chosen"
                        + " portfolio with skillmix compare for its real effect with uncertainty.\n");
        for (String line : portfolio.explanation())
            text.append("- ").append(line).append('\n');
        Files.writeString(out.resolve("portfolio.txt"), text, StandardCharsets.UTF_8);
        out().print(text);
        return portfolio.feasible() ? 0 : 3;
    }
}
