package org.skillmix.core.intervention;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.SystemTotalsSample;
import org.skillmix.core.projection.WorkerThreads;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;

/**
 * Several scenarios side by side on the same seed and draws. Each draw samples the base parameters once
 * and runs every scenario with them (common random numbers: interventions' effects come from their own
 * streams, see {@link InterventionEffects}), so "gap closed" is a paired difference per draw, free of the
 * sampling noise two independent runs would carry. Results depend only on the seed and the draw count,
 * never on the thread count: each draw's figures are stored by draw index and summed in draw order.
 *
 * <p>Gap here is the shortfall: demand that no allocation of the staff there are could cover (the
 * projection's unmet_fte), averaged over each projection year's twelve months. Surpluses in one cell do
 * not offset shortfalls in another. Costs per year: the interventions' programme cost plus the whole
 * workforce's pay cost (which carries pay uplifts, premiums, retained and new staff).
 */
public final class ScenarioComparison {

    /**
     * @param targetCapabilities capabilities whose summed gap the target is about (empty: all)
     * @param targetFte          the probability reported is P(target gap &lt; targetFte) per year
     * @param baseline           what every scenario's supply is projected against ({@link Baseline})
     */
    public record Settings(
            int years,
            int draws,
            long seed,
            int threads,
            Set<String> targetCapabilities,
            double targetFte,
            Baseline baseline) {
        public Settings {
            if (years < 1 || years > 30) throw new IllegalArgumentException("years must be 1-30, got " + years);
            if (draws < 0) throw new IllegalArgumentException("draws must be >= 0");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
            targetCapabilities = Set.copyOf(targetCapabilities);
            java.util.Objects.requireNonNull(baseline, "baseline");
        }

        /** Settings of a comparison on the funded-plan baseline. */
        public Settings(
                int years, int draws, long seed, int threads, Set<String> targetCapabilities, double targetFte) {
            this(years, draws, seed, threads, targetCapabilities, targetFte, Baseline.FUNDED_PLAN);
        }

        public int months() {
            return years * 12;
        }
    }

    /** Mean and P10/P50/P90 over draws (all equal in a deterministic run). */
    public record Figure(double mean, double p10, double p50, double p90) {}

    /** A scenario's gap in a year for one slice: dimension all, capability, sector or place, and its code. */
    public record GapRow(String scenario, int year, String dimension, String code, Figure gap, Figure gapClosed) {}

    /**
     * A scenario's year: costs (means, GBP), extra cost over the baseline, the target gap and how much of
     * it was closed, cost per FTE of target gap closed (NaN when none closed), P(target gap &lt; target), and the
     * change in the pay bill over the baseline's on the same draw (mean and P10-P90; the programme cost is fixed by
     * the interventions' stated costs and has no spread).
     */
    public record YearRow(
            String scenario,
            int year,
            double programmeCostGbp,
            double payCostGbp,
            double extraCostGbp,
            Figure targetGap,
            Figure targetGapClosed,
            double costPerFteClosedGbp,
            double probabilityBelowTarget,
            Optional<Discharge> discharge,
            Figure payCostChange) {}

    /**
     * A scenario's year's discharge benefit beside its costs: the care worker FTE (in post less sickness, mean over the
     * year's months and the draws) it adds over the baseline by place, and what they do to acute beds
     * ({@link DischargeInputs#benefit}): of the care workers of adult social care organisations the dataset's homecare
     * share work in homecare, of a trust's homecare arm ({@code homecare_expansion}) all. Places where the scenario
     * has fewer care workers than the
     * baseline count as adding none: the benefit is of extra staff, not a charge for fewer.
     *
     * @param extraCareWorkerFte the places' added care worker FTE, summed over places that add some
     * @param benefit            bed days saved a year and the change in the ICB's occupancy, as a range with its basis
     */
    public record Discharge(
            Map<String, Double> extraCareWorkerFteByPlace, double extraCareWorkerFte, DischargeBenefitRange benefit) {
        public Discharge {
            extraCareWorkerFteByPlace = Map.copyOf(extraCareWorkerFteByPlace);
        }
    }

    /** The role whose extra FTE the discharge benefit values: care workers of adult social care organisations. */
    public static final String CARE_WORKER = "CARE_WORKER";

    /** The comparison's figures; draws holds the target gap closed and pay bill change draw by draw. */
    public record Result(
            Settings settings,
            List<Scenario> scenarios,
            List<Integer> years,
            List<GapRow> gaps,
            List<YearRow> summary,
            ComparisonDraws draws) {
        public YearRow summary(String scenario, int year) {
            return summary.stream()
                    .filter(r -> r.scenario().equals(scenario) && r.year() == year)
                    .findFirst()
                    .orElseThrow();
        }

        public GapRow gap(String scenario, int year, String dimension, String code) {
            return gaps.stream()
                    .filter(r -> r.scenario().equals(scenario)
                            && r.year() == year
                            && r.dimension().equals(dimension)
                            && r.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final SystemModel model;
    private final List<Scenario> scenarios;
    private final ProjectionKernel kernel;
    private final InterventionEffects[] effects;
    private final int[] activeCells;
    private final List<String> keyDimension = new ArrayList<>(), keyCode = new ArrayList<>();
    /** Per active cell j, its capability, sector and place keys at 3j, 3j + 1, 3j + 2 (key 0, "all", takes every cell). */
    private final int[] cellKeys;
    /** Whether gap rows by key are summed ({@link #ScenarioComparison(SystemModel, List, int, boolean)}). */
    private final boolean byKey;

    private final Optional<DischargeInputs> discharge;

    private final List<CareWorkerBenefit.Slot> carePlaces = new ArrayList<>();
    private final int[] careLines, careLinePlace;

    /**
     * Prepares the comparison: the baseline (no interventions) is added first unless a scenario is coded
     * "baseline". The kernel is prepared for maxYears.
     */
    public ScenarioComparison(SystemModel model, List<Scenario> scenarios, int maxYears) {
        this(model, scenarios, maxYears, true);
    }

    /**
     * whole false: the summary's target gaps and costs only, no {@link YearRow#discharge} and no gap rows by
     * capability, sector and place, for runs that read nothing else (the optimiser's one-at-a-time runs; faster).
     */
    public ScenarioComparison(SystemModel model, List<Scenario> scenarios, int maxYears, boolean whole) {
        this.model = model;
        this.byKey = whole;
        List<Scenario> all = new ArrayList<>();
        if (scenarios.stream().noneMatch(s -> s.code().equals(Scenario.BASELINE))) all.add(Scenario.baseline());
        all.addAll(scenarios);
        all.sort((a, b) -> a.code().equals(Scenario.BASELINE) ? -1 : b.code().equals(Scenario.BASELINE) ? 1 : 0);
        this.scenarios = List.copyOf(all);
        this.kernel = ScenarioSystem.kernel(model, this.scenarios, maxYears * 12);
        this.effects = this.scenarios.stream()
                .map(s -> new InterventionEffects(kernel, s))
                .toArray(InterventionEffects[]::new);
        this.activeCells = kernel.activeCells();
        DemandModel demand = kernel.demand();
        Map<String, Integer> keys = new LinkedHashMap<>();
        key(keys, "all", "ALL");
        int places = demand.places().size();
        cellKeys = new int[3 * activeCells.length];
        for (int j = 0; j < activeCells.length; j++) {
            int c = activeCells[j];
            int p = c % places;
            int sector = (c / places) % DemandModel.SECTORS;
            int k = c / places / DemandModel.SECTORS;
            cellKeys[3 * j] = key(keys, "capability", demand.capabilities().get(k));
            cellKeys[3 * j + 1] = key(keys, "sector", Sector.values()[sector].code());
            cellKeys[3 * j + 2] = key(keys, "place", demand.places().get(p));
        }
        this.discharge = whole ? DischargeInputs.of(model) : Optional.empty();
        SupplyModel supply = kernel.supply();
        List<Integer> lines = new ArrayList<>(), linePlace = new ArrayList<>();
        for (int i = 0; i < supply.lines() && discharge.isPresent(); i++) {
            if (supply.organisationOf(i).sector() != Sector.ADULT_SOCIAL_CARE
                    || !supply.line(i).roleCode().equals(CARE_WORKER)) continue;
            String org = supply.organisationOf(i).code();
            boolean arm = org.endsWith("-HOMECARE")
                    && org.equals(ScenarioSystem.homecareOrganisation(org.substring(0, org.length() - 9)));
            CareWorkerBenefit.Slot slot = new CareWorkerBenefit.Slot(supply.placeOf(i), arm);
            if (!carePlaces.contains(slot)) carePlaces.add(slot);
            lines.add(i);
            linePlace.add(carePlaces.indexOf(slot));
        }
        careLines = lines.stream().mapToInt(Integer::intValue).toArray();
        careLinePlace = linePlace.stream().mapToInt(Integer::intValue).toArray();
    }

    private int key(Map<String, Integer> keys, String dimension, String code) {
        return keys.computeIfAbsent(dimension + "|" + code, x -> {
            keyDimension.add(dimension);
            keyCode.add(code);
            return keyDimension.size() - 1;
        });
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public ProjectionKernel kernel() {
        return kernel;
    }

    public Result run(Settings settings) {
        return run(settings, ProgressListener.NONE);
    }

    /**
     * Runs the comparison, telling progress as draws complete (every scenario of a draw runs before the
     * draw counts); a listener that throws stops the run, which is how a web user cancels.
     */
    public Result run(Settings settings, ProgressListener progress) {
        return run(settings, progress, null);
    }

    /** The same, with the baseline's months also recorded into baselineTotals (null: none), draw by draw. */
    public Result run(Settings settings, ProgressListener progress, SystemTotalsSample baselineTotals) {
        int years = settings.years(), months = settings.months();
        kernel.supply().requireRunnable(settings.baseline());
        if (months > kernel.months())
            throw new IllegalArgumentException("comparison prepared for " + kernel.months() / 12 + " years");
        int nS = scenarios.size(), nK = keyDimension.size();
        int nD = Math.max(1, settings.draws());
        boolean[] target = new boolean[activeCells.length];
        int places = kernel.demand().places().size();
        for (int j = 0; j < activeCells.length; j++) {
            String cap = kernel.demand().capabilities().get(activeCells[j] / places / DemandModel.SECTORS);
            target[j] = settings.targetCapabilities().isEmpty()
                    || settings.targetCapabilities().contains(cap);
        }
        // per draw, stored by index: gap[s][key][year][draw], target gap and pay cost [s][year][draw]
        float[][][][] gap = new float[nS][byKey ? nK : 0][years][nD];
        double[][][] targetGap = new double[nS][years][nD];
        double[][][] payCost = new double[nS][years][nD];
        // care worker FTE in post less sickness by place, mean over the year's months: [s][year][draw][place]
        double[][][][] care = new double[nS][years][nD][carePlaces.size()];
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        Runnable task = () -> {
            ProjectionKernel.Worker worker = kernel.newWorker(settings.baseline());
            double[] acc = new double[nK];
            for (int d = next.getAndIncrement(); d < nD; d = next.getAndIncrement()) {
                double[] values = settings.draws() == 0
                        ? kernel.parameters().modes()
                        : kernel.parameters().sample(settings.seed(), d);
                for (int s = 0; s < nS; s++) {
                    InterventionEffects fx = effects[s];
                    double[] e = settings.draws() == 0 ? fx.modes() : fx.sample(settings.seed(), d);
                    worker.begin(values, scenarios.get(s).interventions().isEmpty() ? null : fx.adjuster(e));
                    for (int y = 0; y < years; y++) {
                        Arrays.fill(acc, 0);
                        double tg = 0, pay = 0;
                        for (int m = 0; m < 12; m++) {
                            worker.step(y * 12 + m);
                            if (s == 0 && baselineTotals != null) baselineTotals.record(d, y * 12 + m, worker);
                            double[] unmet = worker.unmetCells();
                            for (int j = 0; j < activeCells.length; j++) {
                                double u = unmet[activeCells[j]];
                                if (u == 0) continue;
                                if (byKey) {
                                    acc[0] += u;
                                    acc[cellKeys[3 * j]] += u;
                                    acc[cellKeys[3 * j + 1]] += u;
                                    acc[cellKeys[3 * j + 2]] += u;
                                }
                                if (target[j]) tg += u;
                            }
                            double[] lines = worker.lineOut();
                            int n = kernel.supply().lines();
                            for (int i = 0; i < n; i++) pay += lines[SupplyModel.PAY_COST * n + i];
                            for (int j = 0; j < careLines.length; j++) {
                                int i = careLines[j];
                                care[s][y][d][careLinePlace[j]] += lines[SupplyModel.STOCK * n + i]
                                        * (1 - kernel.supply().sickness(i))
                                        / 12;
                            }
                        }
                        for (int key = 0; key < gap[s].length; key++) gap[s][key][y][d] = (float) (acc[key] / 12);
                        targetGap[s][y][d] = tg / 12;
                        payCost[s][y][d] = pay;
                    }
                }
                progress.drawsCompleted(completed.incrementAndGet(), nD);
            }
        };
        WorkerThreads.run(task, Math.min(settings.threads(), nD), "skillmix-compare");

        List<Integer> yearLabels = new ArrayList<>();
        YearMonth base = model.info().baseMonth();
        for (int y = 0; y < years; y++)
            yearLabels.add(FinancialYear.of(base.plusMonths(12L * y)).startYear());
        List<GapRow> gaps = new ArrayList<>();
        List<YearRow> summary = new ArrayList<>();
        double[][][] closedByDraw = new double[nS][years][nD], payByDraw = new double[nS][years][nD];
        for (int s = 0; s < nS; s++) {
            String code = scenarios.get(s).code();
            for (int y = 0; y < years; y++) {
                for (int key = 0; key < gap[s].length; key++) {
                    float[] closed = new float[nD];
                    for (int d = 0; d < nD; d++) closed[d] = gap[0][key][y][d] - gap[s][key][y][d];
                    gaps.add(new GapRow(
                            code,
                            yearLabels.get(y),
                            keyDimension.get(key),
                            keyCode.get(key),
                            DrawFigures.of(gap[s][key][y]),
                            DrawFigures.of(closed)));
                }
                double programme = 0;
                for (int m = 0; m < 12; m++) programme += effects[s].programmeCost(y * 12 + m);
                double pay = DrawFigures.mean(payCost[s][y]);
                double extra =
                        programme + pay - DrawFigures.mean(payCost[0][y]) - 0; // the baseline has no programme cost
                float[] tg = new float[nD], tc = new float[nD], payChange = new float[nD];
                for (int d = 0; d < nD; d++) payChange[d] = (float) (payCost[s][y][d] - payCost[0][y][d]);
                int below = 0;
                for (int d = 0; d < nD; d++) {
                    tg[d] = (float) targetGap[s][y][d];
                    tc[d] = (float) (targetGap[0][y][d] - targetGap[s][y][d]);
                    if (targetGap[s][y][d] < settings.targetFte()) below++;
                }
                double closedMean = 0, gapMean = 0;
                for (int d = 0; d < nD; d++) {
                    closedByDraw[s][y][d] = targetGap[0][y][d] - targetGap[s][y][d];
                    payByDraw[s][y][d] = payCost[s][y][d] - payCost[0][y][d];
                    closedMean += closedByDraw[s][y][d];
                    gapMean += targetGap[s][y][d];
                }
                closedMean /= nD;
                gapMean /= nD;
                Figure tgf = DrawFigures.withMean(tg, gapMean), tcf = DrawFigures.withMean(tc, closedMean);
                double perFte = closedMean > 1e-9 ? extra / closedMean : Double.NaN;
                summary.add(new YearRow(
                        code,
                        yearLabels.get(y),
                        programme,
                        pay,
                        extra,
                        tgf,
                        tcf,
                        perFte,
                        below / (double) nD,
                        CareWorkerBenefit.of(
                                discharge,
                                carePlaces,
                                care[0][y],
                                care[s][y],
                                base.plusMonths(12L * y),
                                settings.seed()),
                        DrawFigures.withMean(payChange, pay - DrawFigures.mean(payCost[0][y]))));
            }
        }
        List<String> codes = scenarios.stream().map(Scenario::code).toList();
        return new Result(
                settings, scenarios, yearLabels, gaps, summary, new ComparisonDraws(codes, closedByDraw, payByDraw));
    }
}
