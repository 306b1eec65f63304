package org.skillmix.core.portfolio;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;

/**
 * Linearises interventions for the optimiser by marginal runs: each candidate alone, at its given scale
 * (level 1), against the baseline, all in one comparison on the same draws. Its mean target gap closed
 * per year becomes closedPerLevel; its fixed cost per year (the months it runs x cost_fixed / 12) is the
 * fixed cost; the rest of its extra cost over the baseline (per-unit programme cost and the change in the
 * pay bill) is the cost per level. Assumes effects add up across interventions and scale with the level;
 * re-run the chosen portfolio through {@link ScenarioComparison} for its real effect.
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

    /** Each candidate run alone, telling progress of the draws of every one-at-a-time run (the comparison's count). */
    public static Measured measure(
            SystemModel model,
            List<Intervention> candidates,
            int maxLevel,
            ScenarioComparison.Settings settings,
            ProgressListener progress) {
        List<Scenario> singles = new ArrayList<>();
        for (Intervention iv : candidates) singles.add(new Scenario("only-" + iv.code(), iv.code(), List.of(iv)));
        // Gaps and costs only: the discharge benefit of a one-at-a-time run is never read.
        ScenarioComparison.Result r =
                new ScenarioComparison(model, singles, settings.years(), false).run(settings, progress);
        YearMonth base = model.info().baseMonth();
        List<PortfolioOption> options = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Intervention iv = candidates.get(i);
            int years = settings.years();
            double[] fixed = new double[years], perLevel = new double[years], closed = new double[years];
            int start = (int) ChronoUnit.MONTHS.between(base, iv.start());
            for (int y = 0; y < years; y++) {
                ScenarioComparison.YearRow row =
                        r.summary(singles.get(i).code(), r.years().get(y));
                int monthsActive = Math.max(0, Math.min(12, 12 * (y + 1) - Math.max(start, 12 * y)));
                fixed[y] = iv.costFixedGbp() * monthsActive / 12.0;
                perLevel[y] = Math.max(0, row.extraCostGbp() - fixed[y]);
                closed[y] = row.targetGapClosed().mean();
            }
            options.add(
                    new PortfolioOption(iv.code(), levels(iv, maxLevel), fixed, perLevel, closed, iv.nameAndCode()));
        }
        double[] baseline = new double[settings.years()];
        for (int y = 0; y < baseline.length; y++)
            baseline[y] =
                    r.summary(Scenario.BASELINE, r.years().get(y)).targetGap().mean();
        return new Measured(options, baseline);
    }
}
