package org.skillmix.usecase.optimise;

import java.util.Arrays;
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
import org.skillmix.data.export.PortfolioCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * Which of the dataset's interventions to fund, and at what level, within a yearly budget (docs/interventions.md):
 * each candidate is run alone against the baseline on the request's supply baseline, then the portfolio is chosen on
 * the linearised effects, most target gap closed or (with a target) the least cost to reach it. Outputs portfolio.csv
 * and portfolio.txt, each naming the supply baseline.
 */
public final class OptimiseUseCase {
    public static final String PORTFOLIO_CSV = PortfolioCsv.FILE;
    public static final String PORTFOLIO_TXT = "portfolio.txt";

    /** The portfolio (is it feasible? {@link Portfolio#feasible()}), its explanation and its files. */
    public record Result(Portfolio portfolio, String text, Outputs outputs) {}

    /**
     * The candidate interventions, by code, checked against the dataset before any work.
     *
     * @throws InvalidSetting when there are none, a target capability is not the dataset's, or the dataset lacks what
     *     the supply baseline needs
     */
    public List<Intervention> candidates(SystemModel model, OptimiseRequest request) {
        Map<String, Intervention> candidates = new LinkedHashMap<>();
        for (Scenario s : model.scenarios()) {
            if (request.scenario() != null && !s.code().equals(request.scenario())) continue;
            for (Intervention iv : s.interventions()) candidates.putIfAbsent(iv.code(), iv);
        }
        if (candidates.isEmpty()) {
            throw new InvalidSetting(
                    "scenario",
                    request.scenario() == null
                            ? "the dataset has no interventions (interventions.csv)"
                            : "scenario " + request.scenario() + " is not in the dataset");
        }
        ScenarioChoice.capabilities(model, request.targetCapabilities(), "targetCapabilities");
        RunDefaults.checkBaseline(model, request.baseline());
        return List.copyOf(candidates.values());
    }

    /**
     * Measures each candidate alone, then chooses the portfolio.
     *
     * @param progress draws done of the one-at-a-time runs, and the cancel (checked between draws and before the
     *     solver, whose own time limit bounds the rest)
     */
    public Result run(SystemModel model, OptimiseRequest request, Progress progress) {
        List<Intervention> list = candidates(model, request);
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                request.years(),
                request.draws(),
                request.seed(),
                request.threads(),
                new LinkedHashSet<>(request.targetCapabilities()),
                request.targetFte() == null ? 0 : request.targetFte(),
                request.baseline());
        long t0 = System.nanoTime();
        MarginalEffects.Measured measured =
                MarginalEffects.measure(model, list, request.maxLevel(), settings, progress.draws());
        double marginalSeconds = (System.nanoTime() - t0) / 1e9;
        double[] budgets = new double[request.years()];
        Arrays.fill(budgets, request.budgetGbp());
        int last = request.years() - 1;
        PortfolioProblem problem = request.targetFte() == null
                ? new PortfolioProblem(
                        measured.options(), budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null)
                : new PortfolioProblem(
                        measured.options(),
                        budgets,
                        new int[] {last},
                        PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                        new double[] {Math.max(0, measured.baselineTargetGap()[last] - request.targetFte())});
        progress.stopIfCancelled();
        Portfolio portfolio = new PortfolioOptimiser(request.timeLimitSeconds() * 1000L).solve(problem);
        String text = text(model, request, measured, portfolio, marginalSeconds);
        Outputs outputs = Outputs.of(
                Output.csv(
                        PORTFOLIO_CSV,
                        out -> PortfolioCsv.write(settings.baseline(), list, measured.options(), portfolio, last, out)),
                Output.text(PORTFOLIO_TXT, Output.TEXT, text));
        return new Result(portfolio, text, outputs);
    }

    private static String text(
            SystemModel model,
            OptimiseRequest request,
            MarginalEffects.Measured measured,
            Portfolio portfolio,
            double marginalSeconds) {
        int last = request.years() - 1;
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Portfolio for %s (%s baseline): budget GBP %,.0f a year, %s.%n",
                model.info().name(),
                request.baseline().code(),
                request.budgetGbp(),
                request.targetFte() == null
                        ? "most target gap closed in the last year"
                        : "least cost to a gap below " + request.targetFte() + " FTE"));
        text.append(String.format(
                Locale.ROOT,
                "Solver: %s in %d ms (marginal runs %.1f s, %d draws). Baseline average shortfall over the last year (target capabilities): %,.1f FTE;"
                        + " the portfolio closes %,.1f (linearised).%n",
                portfolio.solverState(),
                portfolio.millis(),
                marginalSeconds,
                request.draws(),
                measured.baselineTargetGap()[last],
                portfolio.closedPerYear()[last]));
        text.append(
                "Linearised: effects measured one intervention at a time are added up and scaled by level; run the chosen"
                        + " portfolio with skillmix compare for its real effect with uncertainty.\n");
        for (String line : portfolio.explanation())
            text.append("- ").append(line).append('\n');
        return text.toString();
    }
}
