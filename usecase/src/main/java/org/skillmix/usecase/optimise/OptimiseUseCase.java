package org.skillmix.usecase.optimise;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.PortfolioCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * Which of the dataset's interventions to fund, and at what level, within a yearly budget (docs/interventions.md,
 * "How the portfolio is chosen"): {@link PortfolioChoice}, the choice the board pack makes. Each candidate is run
 * alone at every level it can take on the central run (every assumption at its most likely value) on the request's
 * supply baseline, and the portfolio chosen on each level's own effect and cost: most target gap closed or (with a
 * target) the least cost to reach it. Then each decision's switching value (most gap closed only) and each
 * candidate's range over the request's draws, run alone at its level. Outputs portfolio.csv and portfolio.txt, each
 * naming the supply baseline.
 */
public final class OptimiseUseCase {
    public static final String PORTFOLIO_CSV = PortfolioCsv.FILE;
    public static final String PORTFOLIO_TXT = "portfolio.txt";

    /** The choice (is it feasible? {@link Portfolio#feasible()}), its explanation and its files. */
    public record Result(PortfolioChoice choice, String text, Outputs outputs) {
        public Portfolio portfolio() {
            return choice.portfolio();
        }
    }

    /**
     * The candidate interventions, by code, checked against the dataset before any work.
     *
     * @throws InvalidSetting when there are none, a target capability is not the dataset's, or the dataset lacks what
     *     the supply baseline needs
     */
    public List<Intervention> candidates(SystemModel model, OptimiseRequest request) {
        List<Intervention> candidates = PortfolioChoice.candidates(model, request.scenario());
        if (candidates.isEmpty()) {
            throw new InvalidSetting(
                    "scenario",
                    request.scenario() == null
                            ? "the dataset has no interventions (interventions.csv)"
                            : "scenario " + request.scenario() + " is not in the dataset");
        }
        ScenarioChoice.capabilities(model, request.targetCapabilities(), "targetCapabilities");
        RunDefaults.checkBaseline(model, request.baseline());
        return candidates;
    }

    /** {@link #run(SystemModel, OptimiseRequest, Progress, Consumer)} saying nothing of its steps. */
    public Result run(SystemModel model, OptimiseRequest request, Progress progress) {
        return run(model, request, progress, line -> {});
    }

    /**
     * Measures each candidate on the central run, chooses the portfolio and tests how firm it is.
     *
     * @param progress draws done of the ranges' one-at-a-time runs, and the cancel (checked between the steps and
     *     the draws; the solver's own time limit bounds each solve)
     * @param say      a line before each step that can take seconds
     */
    public Result run(SystemModel model, OptimiseRequest request, Progress progress, Consumer<String> say) {
        List<Intervention> list = candidates(model, request);
        ScenarioComparison.Settings runs = new ScenarioComparison.Settings(
                request.years(),
                request.draws(),
                request.seed(),
                request.threads(),
                new LinkedHashSet<>(request.targetCapabilities()),
                request.targetFte() == null ? 0 : request.targetFte(),
                request.baseline());
        long t0 = System.nanoTime();
        PortfolioChoice choice = PortfolioChoice.choose(
                model,
                list,
                new PortfolioChoice.Settings(
                        runs,
                        request.maxLevel(),
                        request.budgetGbp(),
                        request.targetFte(),
                        request.timeLimitSeconds() * 1000L),
                new PortfolioChoice.Hooks(progress::stopIfCancelled, progress.draws(), say));
        String text = PortfolioText.of(model, request, choice, (System.nanoTime() - t0) / 1e9);
        Outputs outputs = Outputs.of(
                Output.csv(PORTFOLIO_CSV, out -> PortfolioCsv.write(request.baseline(), choice, out)),
                Output.text(PORTFOLIO_TXT, Output.TEXT, text));
        return new Result(choice, text, outputs);
    }
}
