package org.skillmix.core.portfolio;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;

/**
 * Measures interventions for the optimiser by one-at-a-time runs: each candidate alone against the baseline, all in
 * one comparison. {@link #central} runs each at every level it can take, once, at the most likely values: a level's
 * target gap closed per year is what the option closes at that level; its fixed cost per year (the months it runs x
 * cost_fixed / 12) plus the rest of its extra cost over the baseline (per-unit programme cost and the change in the
 * pay bill) is what it costs. The optimiser adds effects up across interventions; re-run the chosen portfolio through
 * {@link ScenarioComparison} for its real effect. (Until optimise moved to the central run, a second method measured
 * level 1 on the mean of the draws and took level n to close n times it: docs/interventions.md, "How the portfolio is
 * chosen", says why it was dropped.)
 */
public final class MarginalEffects {
    private MarginalEffects() {}

    /** The options, and the baseline's mean target gap per projection year (what the options close). */
    public record Measured(List<PortfolioOption> options, double[] baselineTargetGap) {}

    /**
     * How many levels an intervention can take: a share of staff covered cannot pass 1, and an upskilling's
     * max share or a bank's pay cap is not an amount that multiplies, so those are fund-or-not.
     */
    static int levels(Intervention iv, int maxLevel) {
        return switch (iv.kind()) {
            case WELLBEING, FLEXIBLE_WORKING, JOINT_RECRUITMENT ->
                iv.scale() > 0 ? (int) Math.max(1, Math.min(maxLevel, Math.floor(1 / iv.scale() + 1e-9))) : 1;
            case UPSKILLING, SYSTEM_BANK -> 1;
            default -> maxLevel;
        };
    }

    /**
     * Each candidate run alone at every level it can take, once, with every assumption at its most likely value (no
     * draws, so the same whatever the draw count or seed): each level's own gap closed and cost, so an effect that
     * saturates (a second 5% pay uplift on top of the first) is not taken to double.
     */
    public static Measured central(
            SystemModel model, List<Intervention> candidates, int maxLevel, ScenarioComparison.Settings settings) {
        ScenarioComparison.Settings once = new ScenarioComparison.Settings(
                settings.years(),
                0,
                settings.seed(),
                settings.threads(),
                settings.targetCapabilities(),
                settings.targetFte(),
                settings.baseline());
        List<Scenario> singles = new ArrayList<>();
        for (Intervention iv : candidates) for (int l = 1; l <= levels(iv, maxLevel); l++) singles.add(single(iv, l));
        ScenarioComparison.Result r = run(model, singles, once, ProgressListener.NONE);
        List<PortfolioOption> options = new ArrayList<>();
        int s = 0;
        for (Intervention iv : candidates) {
            int n = levels(iv, maxLevel);
            double[] fixed = fixed(model, iv, settings.years());
            double[][] cost = new double[n][], closed = new double[n][];
            for (int l = 0; l < n; l++, s++) {
                closed[l] = closed(r, singles.get(s));
                cost[l] = extraCost(r, singles.get(s));
            }
            options.add(PortfolioOption.measured(iv.code(), iv.nameAndCode(), fixed, cost, closed));
        }
        return new Measured(options, baselineGap(r));
    }

    /** The one-at-a-time scenario of a candidate at a level (its scale times the level). */
    public static Scenario single(Intervention iv, int level) {
        String code = "only-" + iv.code() + (level == 1 ? "" : "-x" + level);
        return new Scenario(code, iv.code(), List.of(level == 1 ? iv : iv.withScale(level * iv.scale())));
    }

    private static ScenarioComparison.Result run(
            SystemModel model,
            List<Scenario> singles,
            ScenarioComparison.Settings settings,
            ProgressListener progress) {
        // Gaps and costs only: the discharge benefit of a one-at-a-time run is never read.
        return new ScenarioComparison(model, singles, settings.years(), false).run(settings, progress);
    }

    /** cost_fixed_gbp for the months of each projection year the intervention runs. */
    private static double[] fixed(SystemModel model, Intervention iv, int years) {
        double[] fixed = new double[years];
        int start = (int) ChronoUnit.MONTHS.between(model.info().baseMonth(), iv.start());
        for (int y = 0; y < years; y++) {
            int monthsActive = Math.max(0, Math.min(12, 12 * (y + 1) - Math.max(start, 12 * y)));
            fixed[y] = iv.costFixedGbp() * monthsActive / 12.0;
        }
        return fixed;
    }

    private static double[] closed(ScenarioComparison.Result r, Scenario single) {
        double[] closed = new double[r.years().size()];
        for (int y = 0; y < closed.length; y++)
            closed[y] =
                    r.summary(single.code(), r.years().get(y)).targetGapClosed().mean();
        return closed;
    }

    /**
     * The extra cost over the baseline each year: the fixed and per-unit costs and the change in the pay bill. A saving
     * (a bank paid below the agency it replaces) counts as one, as it does in the pack's pay bill: it widens the
     * budget for the rest, where it once counted as nothing and a bank that saved GBP 3m a year was never funded.
     */
    private static double[] extraCost(ScenarioComparison.Result r, Scenario single) {
        double[] cost = new double[r.years().size()];
        for (int y = 0; y < cost.length; y++)
            cost[y] = r.summary(single.code(), r.years().get(y)).extraCostGbp();
        return cost;
    }

    private static double[] baselineGap(ScenarioComparison.Result r) {
        double[] baseline = new double[r.years().size()];
        for (int y = 0; y < baseline.length; y++)
            baseline[y] =
                    r.summary(Scenario.BASELINE, r.years().get(y)).targetGap().mean();
        return baseline;
    }
}
