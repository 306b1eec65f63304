package org.skillmix.usecase.whatif;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillmix.core.intervention.InterventionEffects;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * A preview of a change to a run (docs/web.md, "What if"): the deterministic projection (draws 0: every uncertain
 * parameter at its mode) of the run's dataset with some intervention levels changed and the leaver and fill rates
 * scaled, as the system's gap and cost by projection year. No uncertainty: the full Monte Carlo run of the same
 * change is {@link #changedModel} stored as a dataset and projected as usual.
 *
 * <p>Per projection year y (months 12y to 12y + 11 from the base month): demand, supply and gap FTE are the
 * means over the year's months of the system totals (every capability, sector, organisation and place); pay cost
 * is the sum of the monthly pay bill (substantive, bank, agency); programme cost the sum of the interventions'
 * own monthly cost ({@link InterventionEffects#programmeCost}).
 */
public final class WhatIfUseCase {
    private final PreviewKernels kernels = new PreviewKernels();

    /** One projection year of the preview: FTE figures are means over its months, GBP figures sums. */
    public record Year(
            int year,
            YearMonth from,
            YearMonth to,
            double demandFte,
            double supplyFte,
            double gapFte,
            double payCostGbp,
            double programmeCostGbp) {
        public double totalCostGbp() {
            return payCostGbp + programmeCostGbp;
        }
    }

    /** The preview: the scenario it ran, its years, and the interventions at the levels used. */
    public record Result(String scenario, List<Year> years, Map<String, Double> levels) {}

    /**
     * The dataset with the request's changes: the scenario's interventions at their new levels and the rates
     * scaled. Also what the full Monte Carlo run of the change projects.
     *
     * @throws InvalidSetting naming an intervention the scenario does not have, or a scenario not the dataset's
     */
    public SystemModel changedModel(SystemModel model, WhatIfRequest request) {
        Scenario changed = changedScenario(model, request);
        if (request.unchanged()) return model;
        List<Scenario> scenarios = model.scenarios().stream()
                .map(s -> s.code().equals(changed.code()) ? changed : s)
                .toList();
        List<WorkforceLine> workforce = model.workforce().stream()
                .map(w -> new WorkforceLine(
                        w.orgCode(),
                        w.roleCode(),
                        w.headcount(),
                        w.fteInPost(),
                        w.vacancyFte(),
                        w.bankFte(),
                        w.agencyFte(),
                        w.sicknessRate(),
                        scaled(w.leaverRate(), request.leaverRateFactor()),
                        scaled(w.fillRate(), request.fillRateFactor()),
                        w.sicknessBasis(),
                        w.leaverBasis()))
                .toList();
        return model.toBuilder().scenarios(scenarios).workforce(workforce).build();
    }

    /**
     * The request's scenario with its interventions at the new levels.
     *
     * @throws InvalidSetting naming an intervention the scenario does not have, or a scenario not the dataset's
     */
    static Scenario changedScenario(SystemModel model, WhatIfRequest request) {
        Scenario scenario = ScenarioChoice.scenario(model, request.scenario(), "scenario");
        for (String code : request.levels().keySet()) {
            if (scenario.interventions().stream().noneMatch(iv -> iv.code().equals(code))) {
                throw new InvalidSetting(
                        "levels",
                        "scenario " + scenario.code() + " has no intervention " + code + "; it has "
                                + scenario.interventions().stream()
                                        .map(Intervention::code)
                                        .toList());
            }
        }
        if (request.levels().isEmpty()) return scenario;
        List<Intervention> interventions = scenario.interventions().stream()
                .map(iv -> request.levels().containsKey(iv.code())
                        ? iv.withScale(request.levels().get(iv.code()))
                        : iv)
                .toList();
        return new Scenario(scenario.code(), scenario.name(), interventions);
    }

    /**
     * The preview. Equal to the deterministic run of {@link #changedModel} (WhatIfUseCaseTest compares them) but
     * made without building that model: the kernel is the dataset's, prepared once per scenario and horizon
     * ({@link PreviewKernels}); the changed leaver and fill rates go into the parameter values, the changed levels
     * into the interventions' adjuster; and only the four system totals are summed, month by month, as the
     * projection sums them (see {@link SystemTotals}).
     */
    public Result preview(SystemModel model, WhatIfRequest request) {
        RunDefaults.checkBaseline(model, request.baseline());
        Scenario scenario = changedScenario(model, request);
        int months = request.years() * 12;
        PreviewKernels.Prepared prepared = kernels.get(model, scenario, months);
        ProjectionKernel kernel = prepared.kernel;
        InterventionEffects effects =
                scenario.interventions().isEmpty() ? null : new InterventionEffects(kernel, scenario);
        double[] values = kernel.parameters().modes();
        scaleRates(kernel.supply(), values, request);
        SystemTotals totals = new SystemTotals(months, kernel.supply().lines());
        ProjectionKernel.Worker worker = prepared.take(request.baseline());
        try {
            worker.begin(
                    values, effects == null ? null : effects.drawAdjusters().modes());
            for (int t = 0; t < months; t++) {
                worker.step(t);
                totals.record(t, worker, prepared.activeCells);
            }
        } finally {
            prepared.give(request.baseline(), worker);
        }
        double[] programme = new double[months];
        if (effects != null) for (int t = 0; t < months; t++) programme[t] = effects.programmeCost(t);
        YearMonth base = model.info().baseMonth();
        List<Year> years = new ArrayList<>();
        for (int y = 0; y < request.years(); y++) {
            int from = y * 12;
            int to = from + 12;
            years.add(new Year(
                    y + 1,
                    base.plusMonths(from),
                    base.plusMonths(to - 1L),
                    mean(totals.demand, from, to),
                    mean(totals.supply, from, to),
                    mean(totals.gap, from, to),
                    sum(totals.pay, from, to),
                    sum(programme, from, to)));
        }
        Map<String, Double> levels = new java.util.LinkedHashMap<>();
        for (Intervention iv : scenario.interventions()) levels.put(iv.code(), iv.scale());
        return new Result(scenario.code(), List.copyOf(years), levels);
    }

    /**
     * The request's leaver and fill rates in a deterministic run's parameter values (each at its mode): every
     * line's mode times the factor, capped at 1, as {@link #changedModel} scales them. A scenario's added lines
     * copy the leaver rate of their role's first line ({@link ScenarioSystem}), so scaling theirs gives what
     * the changed model's copy would be; their fill rate is 0.
     */
    static void scaleRates(SupplyModel supply, double[] values, WhatIfRequest request) {
        for (int i = 0; i < supply.lines(); i++) {
            if (request.leaverRateFactor() != 1) {
                int p = supply.leaverParameter(i);
                values[p] = Math.min(1, values[p] * request.leaverRateFactor());
            }
            if (request.fillRateFactor() != 1) {
                int p = supply.fillParameter(i);
                values[p] = Math.min(1, values[p] * request.fillRateFactor());
            }
        }
    }

    /** The system total of a measure, month by month. */
    static double[] total(Projection projection, Measure measure) {
        SeriesKey key =
                new SeriesKey(measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL);
        return projection
                .series(key)
                .map(Series::mean)
                .orElseThrow(() -> new IllegalStateException("the projection has no system total of " + measure));
    }

    private static Interval scaled(Interval rate, double factor) {
        if (factor == 1) return rate;
        return new Interval(
                Math.min(1, rate.low() * factor), Math.min(1, rate.mode() * factor), Math.min(1, rate.high() * factor));
    }

    private static double mean(double[] values, int from, int to) {
        return sum(values, from, to) / (to - from);
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) s += values[t];
        return s;
    }
}
