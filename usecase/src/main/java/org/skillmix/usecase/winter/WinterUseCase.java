package org.skillmix.usecase.winter;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlan.Measure;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.core.winter.WinterRow;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.mutualaid.SurgeFile;
import org.skillmix.data.report.EnglandTime;
import org.skillmix.data.report.Names;
import org.skillmix.data.report.WinterReport;
import org.skillmix.data.winter.WinterPlanCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.RunDefaults;

/**
 * Weekly demand and supply through a season from the projection on a supply baseline and a surge of extra demand,
 * and where and when shortfalls fall (docs/winter.md). Outputs winter-plan.csv and winter-plan.html, each naming the
 * baseline: the season's supply is the staff the projection reaches by then, which the baseline moves.
 */
public final class WinterUseCase {
    public static final String WINTER_PLAN_CSV = "winter-plan.csv";
    public static final String WINTER_PLAN_HTML = "winter-plan.html";

    /** The plan, its week-by-week summary and its files. */
    public record Result(WinterPlan plan, String summary, Outputs outputs) {}

    /**
     * Checks the season against the dataset: from its base month to the last month any projection of it reaches
     * ({@link RunDefaults#lastMonth}), so a plan for 9999 is refused at once rather than projected month by month.
     *
     * @throws InvalidSetting naming "from" and the allowed range, or "baseline" with what the dataset lacks for it
     */
    public void check(SystemModel system, WinterRequest request) {
        YearMonth base = system.info().baseMonth();
        YearMonth last = RunDefaults.lastMonth(base);
        YearMonth first = YearMonth.from(request.from());
        YearMonth end = YearMonth.from(request.from().plusDays(7L * request.weeks() - 1));
        if (first.isBefore(base) || end.isAfter(last)) {
            throw new InvalidSetting(
                    "from",
                    "the plan from " + request.from() + " for " + request.weeks() + " weeks is outside the months"
                            + " this dataset is projected for: its weeks must lie from " + base + " to " + last);
        }
        RunDefaults.checkBaseline(system, request.baseline());
    }

    /** The surge file's uplifts (its extra-demand form), checked against the system and the season's length. */
    public List<SurgeUplift> readSurge(SystemModel system, Path surgeFile, WinterRequest request)
            throws DatasetException {
        return SurgeFile.readUplifts(surgeFile, system, request.weeks());
    }

    /**
     * Plans the season with every parameter at its mode.
     *
     * @throws IllegalArgumentException when the dataset cannot give this season (weeks beyond its projection)
     */
    public Result run(SystemModel system, List<SurgeUplift> surge, WinterRequest request) {
        check(system, request);
        WinterPlan plan = new WinterPlanner(system, request.baseline()).plan(request.from(), request.weeks(), surge);
        String summary = summary(plan, new Names(system));
        Map<String, String> services = new LinkedHashMap<>();
        for (Service s : system.services()) services.put(s.code(), s.name());
        Map<String, String> places = new LinkedHashMap<>();
        for (Place p : system.places()) places.put(p.code(), p.name());
        String html = new WinterReport()
                .html(
                        system.info().name() + ": winter plan from " + EnglandTime.day(request.from()) + " ("
                                + plan.baseline().code() + " baseline)",
                        plan,
                        services,
                        places,
                        summary);
        Outputs outputs = Outputs.of(
                Output.csv(WINTER_PLAN_CSV, out -> WinterPlanCsv.write(plan, new Names(system), out)),
                Output.text(WINTER_PLAN_HTML, Output.HTML, html));
        return new Result(plan, summary, outputs);
    }

    /** Week by week totals, then the worst critical shortfalls, each by name beside its code. */
    static String summary(WinterPlan plan, Names names) {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "%4s  %-12s %11s %11s %11s %11s  (FTE)%n",
                "week",
                "starts",
                "baseline",
                "demand",
                "supply",
                "shortfall"));
        for (int w = 1; w <= plan.weeks(); w++) {
            s.append(String.format(
                    Locale.ROOT,
                    "%4d  %-12s %,11.1f %,11.1f %,11.1f %,11.1f%n",
                    w,
                    EnglandTime.shortDay(plan.weekStart(w)),
                    plan.total(w, Measure.BASELINE_DEMAND),
                    plan.total(w, Measure.DEMAND),
                    plan.total(w, Measure.SUPPLY),
                    plan.total(w, Measure.SHORTFALL)));
        }
        List<WinterRow> worst = plan.rows().stream()
                .filter(WinterRow::critical)
                .filter(r -> r.shortfallFte() >= 0.05)
                .sorted((a, b) -> Double.compare(b.shortfallFte(), a.shortfallFte()))
                .limit(10)
                .toList();
        if (!worst.isEmpty()) {
            s.append("largest shortfalls in critical services:\n");
            for (WinterRow r : worst) {
                s.append(String.format(
                        Locale.ROOT,
                        "  week %d (from %s) %s; %s; %s; %s: %,.1f FTE short (demand %,.1f, supply %,.1f)%n",
                        r.week(),
                        EnglandTime.shortDay(plan.weekStart(r.week())),
                        r.orgCode().isEmpty()
                                ? "(no organisation)"
                                : Names.withCode(names.organisation(r.orgCode()), r.orgCode()),
                        Names.withCode(names.service(r.serviceCode()), r.serviceCode()),
                        Names.withCode(names.capability(r.capabilityCode()), r.capabilityCode()),
                        Names.withCode(names.place(r.placeCode()), r.placeCode()),
                        r.shortfallFte(),
                        r.demandFte(),
                        r.supplyFte()));
            }
        }
        return s.toString();
    }
}
