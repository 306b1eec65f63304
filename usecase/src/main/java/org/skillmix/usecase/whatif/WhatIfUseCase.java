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
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Progress;
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
        if (request.unchanged()) return model;
        List<Intervention> interventions = scenario.interventions().stream()
                .map(iv -> request.levels().containsKey(iv.code())
                        ? iv.withScale(request.levels().get(iv.code()))
                        : iv)
                .toList();
        Scenario changed = new Scenario(scenario.code(), scenario.name(), interventions);
        List<Scenario> scenarios = model.scenarios().stream()
                .map(s -> s.code().equals(scenario.code()) ? changed : s)
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
                        scaled(w.fillRate(), request.fillRateFactor())))
                .toList();
        return model.toBuilder().scenarios(scenarios).workforce(workforce).build();
    }

    public Result preview(SystemModel model, WhatIfRequest request) {
        RunDefaults.checkBaseline(model, request.baseline());
        SystemModel changed = changedModel(model, request);
        Scenario scenario = ScenarioChoice.scenario(changed, request.scenario(), "scenario");
        ProjectionSettings settings =
                new ProjectionSettings(request.years(), 0, RunDefaults.SEED, 1, request.baseline());
        int months = settings.months();
        Projection projection;
        double[] programme = new double[months];
        if (scenario.code().equals(Scenario.BASELINE)
                || scenario.interventions().isEmpty()) {
            projection = new Projector(changed).run(settings, Progress.NONE.draws());
        } else {
            // As ScenarioSystem.projector, keeping the effects for their programme cost.
            ProjectionKernel kernel = ScenarioSystem.kernel(changed, List.of(scenario), months);
            InterventionEffects effects = new InterventionEffects(kernel, scenario);
            projection = new Projector(kernel, Projector.DEFAULT_QUANTILE_BUDGET, effects.drawAdjusters())
                    .run(settings, Progress.NONE.draws());
            for (int t = 0; t < months; t++) programme[t] = effects.programmeCost(t);
        }
        double[] demand = total(projection, Measure.DEMAND_FTE);
        double[] supply = total(projection, Measure.SUPPLY_FTE);
        double[] gap = total(projection, Measure.GAP_FTE);
        double[] pay = total(projection, Measure.PAY_COST_GBP);
        List<Year> years = new ArrayList<>();
        for (int y = 0; y < request.years(); y++) {
            int from = y * 12;
            int to = from + 12;
            years.add(new Year(
                    y + 1,
                    projection.months().get(from),
                    projection.months().get(to - 1),
                    mean(demand, from, to),
                    mean(supply, from, to),
                    mean(gap, from, to),
                    sum(pay, from, to),
                    sum(programme, from, to)));
        }
        Map<String, Double> levels = new java.util.LinkedHashMap<>();
        for (Intervention iv : scenario.interventions()) levels.put(iv.code(), iv.scale());
        return new Result(scenario.code(), List.copyOf(years), levels);
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
