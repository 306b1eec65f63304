package org.skillmix.usecase.boardpack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.skillmix.core.intervention.ComparisonDraws;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.MarginalEffects;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOptimiser;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The diagnosis of issue 14's unstable recommendation (docs/interventions.md, "How the portfolio is chosen"), on a dataset
 * folder at the pack's defaults (10 years, up to three times each scale, the default seed): for each draw count given,
 * each intervention's gap closed and cost in the last year at its given scale with their standard errors across the
 * draws, the portfolio the mean effects would choose (linearised, the budget from the same means), and how often each
 * intervention is in it when the draws are resampled; then the central run's choice. Not a test: run by hand,
 * <pre>
 * java -cp usecase/target/test-classes:usecase/target/classes:... \
 *     org.skillmix.usecase.boardpack.MarginalNoiseMain examples/greater-manchester 20 100
 * </pre>
 */
public final class MarginalNoiseMain {
    private static final int YEARS = 10, MAX_LEVEL = 3, RESAMPLES = 200;

    private MarginalNoiseMain() {}

    public static void main(String[] args) throws Exception {
        SystemModel model = new DatasetReader().read(Path.of(args[0]));
        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Scenario s : model.scenarios())
            for (Intervention iv : s.interventions()) byCode.putIfAbsent(iv.code(), iv);
        List<Intervention> candidates = List.copyOf(byCode.values());
        int last = YEARS - 1;
        for (int a = 1; a < args.length; a++) {
            int draws = Integer.parseInt(args[a]);
            ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                    YEARS, draws, ProjectionSettings.DEFAULT_SEED, 2, Set.of(), 0, Baseline.FUNDED_PLAN);
            List<Scenario> singles = new ArrayList<>();
            for (Intervention iv : candidates) singles.add(MarginalEffects.single(iv, 1));
            ScenarioComparison.Result r = new ScenarioComparison(model, singles, YEARS, false).run(settings);
            ComparisonDraws d = r.draws();
            double[] programme = new double[candidates.size()];
            System.out.printf(
                    Locale.UK, "%n%d draws: gap closed (FTE) and cost (GBP m) in the last year, level 1%n", draws);
            for (int i = 0; i < candidates.size(); i++) {
                String code = singles.get(i).code();
                programme[i] = r.summary(code, r.years().get(last)).programmeCostGbp();
                double[] closed = d.closed(code, last), cost = d.payChange(code, last);
                for (int k = 0; k < cost.length; k++) cost[k] = (cost[k] + programme[i]) / 1e6;
                System.out.printf(
                        Locale.UK,
                        "  %-14s closed %8.1f se %6.1f (%4.1f%%)  cost %7.2f se %5.2f (%4.1f%%)  FTE per GBPm %6.2f%n",
                        candidates.get(i).code(),
                        mean(closed),
                        se(closed),
                        100 * se(closed) / Math.abs(mean(closed) == 0 ? 1 : mean(closed)),
                        mean(cost),
                        se(cost),
                        100 * se(cost) / Math.abs(mean(cost) == 0 ? 1 : mean(cost)),
                        mean(closed) / mean(cost));
            }
            int[] all = new int[draws];
            for (int k = 0; k < draws; k++) all[k] = k;
            System.out.println("  chosen on the means: " + Arrays.toString(choose(model, candidates, r, all)));
            int[] times = new int[candidates.size()];
            SplittableRandom random = new SplittableRandom(1);
            for (int b = 0; b < RESAMPLES; b++) {
                int[] sample = new int[draws];
                for (int k = 0; k < draws; k++) sample[k] = random.nextInt(draws);
                int[] levels = choose(model, candidates, r, sample);
                for (int i = 0; i < levels.length; i++) if (levels[i] > 0) times[i]++;
            }
            System.out.printf(Locale.UK, "  funded in resamples of the draws (of %d):", RESAMPLES);
            for (int i = 0; i < candidates.size(); i++)
                System.out.printf(Locale.UK, " %s %d", candidates.get(i).code(), times[i]);
            System.out.println();
        }
        ScenarioComparison.Settings once = new ScenarioComparison.Settings(
                YEARS, 0, ProjectionSettings.DEFAULT_SEED, 2, Set.of(), 0, Baseline.FUNDED_PLAN);
        MarginalEffects.Measured central = MarginalEffects.central(model, candidates, MAX_LEVEL, once);
        Portfolio p = solve(central.options(), last);
        System.out.printf(
                Locale.UK,
                "%ncentral run, levels measured: %s closing %.0f FTE for GBP %.1fm%n",
                Arrays.toString(p.levels()),
                p.closedPerYear()[last],
                p.costPerYear()[last] / 1e6);
    }

    /** The old choice: each option linearised from its mean over these draws, the budget every option once. */
    private static int[] choose(
            SystemModel model, List<Intervention> candidates, ScenarioComparison.Result r, int[] sample) {
        int last = YEARS - 1;
        List<PortfolioOption> options = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Intervention iv = candidates.get(i);
            String code = MarginalEffects.single(iv, 1).code();
            double[] fixed = new double[YEARS], per = new double[YEARS], closed = new double[YEARS];
            for (int y = 0; y < YEARS; y++) {
                double programme = r.summary(code, r.years().get(y)).programmeCostGbp();
                double[] c = r.draws().closed(code, y), pay = r.draws().payChange(code, y);
                // the fixed cost is cost_fixed_gbp for the months it runs, as MarginalEffects has it
                fixed[y] = Math.min(programme, iv.costFixedGbp() * monthsActive(model, iv, y) / 12.0);
                for (int k : sample) {
                    closed[y] += c[k] / sample.length;
                    per[y] += (programme + pay[k]) / sample.length;
                }
                per[y] = Math.max(0, per[y] - fixed[y]);
            }
            options.add(new PortfolioOption(iv.code(), levels(iv), fixed, per, closed));
        }
        return solve(options, last).levels();
    }

    private static int monthsActive(SystemModel model, Intervention iv, int y) {
        int start =
                (int) java.time.temporal.ChronoUnit.MONTHS.between(model.info().baseMonth(), iv.start());
        return Math.max(0, Math.min(12, 12 * (y + 1) - Math.max(start, 12 * y)));
    }

    private static int levels(Intervention iv) {
        return switch (iv.kind()) {
            case WELLBEING, FLEXIBLE_WORKING, JOINT_RECRUITMENT ->
                iv.scale() > 0 ? (int) Math.max(1, Math.min(MAX_LEVEL, Math.floor(1 / iv.scale() + 1e-9))) : 1;
            case UPSKILLING, SYSTEM_BANK -> 1;
            default -> MAX_LEVEL;
        };
    }

    private static Portfolio solve(List<PortfolioOption> options, int last) {
        double budget = 0;
        for (PortfolioOption o : options) budget += o.cost(last, 1);
        double[] budgets = new double[YEARS];
        Arrays.fill(budgets, budget);
        return new PortfolioOptimiser(30_000L)
                .solve(new PortfolioProblem(
                        options, budgets, new int[] {last}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null));
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    private static double se(double[] x) {
        if (x.length < 2) return 0;
        double m = mean(x), v = 0;
        for (double d : x) v += (d - m) * (d - m);
        return Math.sqrt(v / (x.length - 1) / x.length);
    }
}
