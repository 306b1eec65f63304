package org.skillmix.core.winter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.allocation.SkillMixProblem;
import org.skillmix.core.allocation.SkillMixSolver;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.projection.AllocationGroup;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;

/**
 * The winter plan (docs/winter.md): weekly demand and supply per organisation x service x capability x place
 * through a season, from the deterministic projection (every parameter at its mode) on a supply baseline and a
 * surge. The baseline moves supply only (demand is the same in both): the staff of the season's months are those
 * the projection reaches by then, its establishment growing and its recruits capped as the baseline says.
 *
 * <p>Month to row. The engine gives demand by service x capability x place (the demand model, service by
 * service) and supply by capability x sector x place (the skill-mix allocation). A cell's supply is split
 * between the organisations that pool staff into it exactly as the allocation used their staff: each role's
 * FTE given to the capability, shared between the organisations by the role FTE each brought (catchment
 * share x effective FTE). An organisation's share of the cell's supply is also its share of the cell's demand
 * (it meets that share of the place's need for the capability). Within an organisation, the cell's supply is
 * split between the services by their share of the cell's baseline demand, so before any surge every
 * service of a cell carries the same relative gap, and a surge's extra demand shows as shortfall in the
 * service it hits. A cell with demand but no supply is shared by the organisations' total FTE in the
 * allocation (or left with no organisation when none of the sector serves the place). Supply of a
 * capability nobody demands in a place is left out: it meets no need of the plan.
 *
 * <p>Month to week. Figures are FTE, a level: each day takes its calendar month's figure and a week's
 * figure is the mean over its seven days. So over whole months, the sum over weeks of 7 x weekly figure is
 * the sum over months of days x monthly figure (tested). Staff are not re-allocated within a month: a
 * surge in one week meets the supply the month's allocation gave.
 */
public final class WinterPlanner {

    /** The longest season, in weeks. */
    public static final int MAX_WEEKS = 52;

    private final SystemModel model;
    private final Baseline baseline;

    /** A planner on the funded-plan baseline. */
    public WinterPlanner(SystemModel model) {
        this(model, Baseline.FUNDED_PLAN);
    }

    /** A planner whose supply is projected on the baseline; refused when the dataset cannot run it. */
    public WinterPlanner(SystemModel model, Baseline baseline) {
        baseline.requireRunnable(model);
        this.model = model;
        this.baseline = baseline;
    }

    /**
     * @param from  the first day of week 1; not before the dataset's base month
     * @param weeks the plan's length, 1 to {@link #MAX_WEEKS}
     * @param surge the uplifts; every one must lie within the weeks and match some baseline demand in each
     *              of its weeks when given in FTE
     * @throws IllegalArgumentException naming the uplift's source when the plan cannot be made
     */
    public WinterPlan plan(LocalDate from, int weeks, List<SurgeUplift> surge) {
        if (weeks < 1 || weeks > MAX_WEEKS)
            throw new IllegalArgumentException("weeks must be 1-" + MAX_WEEKS + ", not " + weeks);
        YearMonth base = model.info().baseMonth();
        YearMonth first = YearMonth.from(from);
        if (first.isBefore(base)) {
            throw new IllegalArgumentException(
                    "the plan starts on " + from + ", before the dataset's base month " + base);
        }
        LocalDate lastDay = from.plusDays(7L * weeks - 1);
        int firstT = (int) ChronoUnit.MONTHS.between(base, first);
        int lastT = (int) ChronoUnit.MONTHS.between(base, YearMonth.from(lastDay));
        for (SurgeUplift u : surge) {
            if (u.toWeek() > weeks) {
                throw new IllegalArgumentException(
                        u.source() + ": week " + u.toWeek() + " is beyond the plan's " + weeks + " weeks");
            }
        }
        Map<Integer, Map<RowKey, Fte>> monthly = monthlyRows(firstT, lastT);

        Map<String, Boolean> critical = new HashMap<>();
        for (Service s : model.services()) critical.put(s.code(), "critical".equalsIgnoreCase(s.criticality()));
        List<WinterRow> rows = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            Map<RowKey, Fte> week = new TreeMap<>();
            LocalDate start = from.plusDays(7L * (w - 1));
            for (int d = 0; d < 7; d++) {
                int t = (int) ChronoUnit.MONTHS.between(base, YearMonth.from(start.plusDays(d)));
                for (Map.Entry<RowKey, Fte> e : monthly.get(t).entrySet()) {
                    Fte day = e.getValue();
                    week.put(
                            e.getKey(),
                            week.getOrDefault(e.getKey(), Fte.NONE).plus(day.demand() / 7.0, day.supply() / 7.0));
                }
            }
            List<WinterRow> baseline = new ArrayList<>(week.size());
            for (Map.Entry<RowKey, Fte> e : week.entrySet()) {
                RowKey k = e.getKey();
                Fte v = e.getValue();
                baseline.add(new WinterRow(
                        w,
                        k.org,
                        k.service,
                        k.capability,
                        k.place,
                        v.demand(),
                        v.demand(),
                        v.supply(),
                        critical.get(k.service)));
            }
            rows.addAll(withSurge(w, baseline, surge));
        }
        return new WinterPlan(from, weeks, rows, baseline);
    }

    /** Percent uplifts of a row add up; FTE uplifts are then spread by baseline demand. */
    private static List<WinterRow> withSurge(int week, List<WinterRow> rows, List<SurgeUplift> surge) {
        double[] demand =
                rows.stream().mapToDouble(WinterRow::baselineDemandFte).toArray();
        double[] percent = new double[rows.size()];
        for (SurgeUplift u : surge) {
            if (!u.inWeek(week) || u.unit() != SurgeUplift.Unit.PERCENT) continue;
            for (int i = 0; i < rows.size(); i++) if (u.matches(rows.get(i))) percent[i] += u.amount();
        }
        for (int i = 0; i < rows.size(); i++) demand[i] *= 1 + percent[i] / 100.0;
        for (SurgeUplift u : surge) {
            if (!u.inWeek(week) || u.unit() != SurgeUplift.Unit.FTE) continue;
            double matched = 0;
            for (WinterRow r : rows) if (u.matches(r)) matched += r.baselineDemandFte();
            if (!(matched > 0)) {
                throw new IllegalArgumentException(u.source() + ": " + u.scope() + " has no baseline demand in week "
                        + week + " to spread " + u.amount() + " FTE over");
            }
            for (int i = 0; i < rows.size(); i++) {
                WinterRow r = rows.get(i);
                if (u.matches(r)) demand[i] += u.amount() * r.baselineDemandFte() / matched;
            }
        }
        List<WinterRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) out.add(rows.get(i).withDemand(demand[i]));
        return out;
    }

    /** For months firstT..lastT: each row's baseline demand and supply (FTE) of the month. */
    private Map<Integer, Map<RowKey, Fte>> monthlyRows(int firstT, int lastT) {
        ProjectionKernel kernel = new ProjectionKernel(model, lastT + 1);
        DemandModel demandModel = kernel.demand();
        SupplyModel supply = kernel.supply();
        List<Service> services = model.services();
        int nS = services.size();
        double[] modes = kernel.parameters().modes();
        ProjectionKernel.Worker worker = kernel.newWorker(baseline);
        worker.begin(modes);
        List<AllocationGroup> groups = kernel.groups();
        Map<Long, AllocationGroup> groupOf = new HashMap<>();
        Map<Long, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            long key = (long) groups.get(g).place() * DemandModel.SECTORS
                    + groups.get(g).sector();
            groupOf.put(key, groups.get(g));
            groupIndex.put(key, g);
        }
        int[] active = kernel.activeCells();
        int nP = demandModel.places().size();
        List<String> places = demandModel.places(), capabilities = demandModel.capabilities();

        Map<Integer, Map<RowKey, Fte>> out = new HashMap<>();
        double[] growthPower = new double[nS], unmet = new double[nS];
        double[][] serviceDemand = new double[nS][demandModel.cells()];
        double errorPerYear = model.assumption(Assumption.Parameters.POPULATION_ERROR_PER_YEAR, "ALL")
                .map(a -> a.value().mode())
                .orElse(0.0);
        for (int t = 0; t <= lastT; t++) {
            worker.step(t);
            if (t < firstT) continue;
            double populationFactor = demandModel.populationFactor(t, errorPerYear);
            // demand service by service: the demand model with every other service's factor at 0
            for (int s = 0; s < nS; s++) {
                Arrays.fill(growthPower, 0);
                Arrays.fill(unmet, 0);
                Service service = services.get(s);
                double g = service.growth().mode();
                growthPower[s] = g == 1.0 ? 1.0 : Math.pow(g, t / 12.0);
                unmet[s] = service.unmetNeed().mode();
                Arrays.fill(serviceDemand[s], 0);
                demandModel.addDemand(t, growthPower, unmet, populationFactor, serviceDemand[s]);
            }
            // each group's supply of each capability, organisation by organisation
            Map<Integer, Map<String, Double>> orgSupply = new HashMap<>();
            Map<Long, Map<String, Double>> orgFte = new HashMap<>();
            double[] lineOut = worker.lineOut();
            int n = supply.lines();
            for (int g = 0; g < groups.size(); g++) {
                AllocationGroup group = groups.get(g);
                SkillMixSolver solver = worker.solver(g);
                SkillMixProblem problem = group.problem();
                double[] roleFte = worker.groupFte(g);
                int[] lines = group.lines();
                Map<String, Double> fteByOrg = orgFte.computeIfAbsent(
                        (long) group.place() * DemandModel.SECTORS + group.sector(), k -> new LinkedHashMap<>());
                for (int j = 0; j < lines.length; j++) {
                    double f = group.lineShare()[j] * lineOut[SupplyModel.EFFECTIVE * n + lines[j]];
                    fteByOrg.merge(supply.organisationOf(lines[j]).code(), f, Double::sum);
                }
                for (int a = 0; a < problem.arcs(); a++) {
                    double x = solver.assigned(a) + solver.spread(a);
                    int r = problem.arcRole(a);
                    if (x == 0 || roleFte[r] <= 0) continue;
                    int cell = group.cells()[problem.arcCapability(a)];
                    Map<String, Double> byOrg = orgSupply.computeIfAbsent(cell, c -> new LinkedHashMap<>());
                    for (int j = 0; j < lines.length; j++) {
                        if (group.lineLocalRole()[j] != r) continue;
                        double f = group.lineShare()[j] * lineOut[SupplyModel.EFFECTIVE * n + lines[j]];
                        byOrg.merge(supply.organisationOf(lines[j]).code(), x * f / roleFte[r], Double::sum);
                    }
                }
            }
            Map<RowKey, Fte> rows = new HashMap<>();
            double[] demandCells = worker.demandCells();
            for (int c : active) {
                double cellDemand = demandCells[c];
                if (!(cellDemand > 0)) continue;
                int p = c % nP, k = c / (nP * DemandModel.SECTORS), sector = (c / nP) % DemandModel.SECTORS;
                Map<String, Double> byOrg = orgSupply.getOrDefault(c, Map.of());
                double cellSupply =
                        byOrg.values().stream().mapToDouble(Double::doubleValue).sum();
                Map<String, Double> share = new LinkedHashMap<>();
                if (cellSupply > 0) {
                    byOrg.forEach((o, v) -> share.put(o, v / cellSupply));
                } else {
                    Map<String, Double> fte = orgFte.getOrDefault((long) p * DemandModel.SECTORS + sector, Map.of());
                    double total = fte.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    if (total > 0) fte.forEach((o, v) -> share.put(o, v / total));
                    else share.put("", 1.0);
                }
                for (int s = 0; s < nS; s++) {
                    double d = serviceDemand[s][c];
                    if (!(d > 0)) continue;
                    double serviceShare = d / cellDemand;
                    for (Map.Entry<String, Double> e : share.entrySet()) {
                        RowKey key = new RowKey(e.getKey(), services.get(s).code(), capabilities.get(k), places.get(p));
                        rows.put(
                                key,
                                rows.getOrDefault(key, Fte.NONE)
                                        .plus(e.getValue() * d, e.getValue() * serviceShare * cellSupply));
                    }
                }
            }
            out.put(t, rows);
        }
        return out;
    }

    /** A row's baseline demand and supply (FTE), summed over its cells and days. */
    private record Fte(double demand, double supply) {
        static final Fte NONE = new Fte(0, 0);

        Fte plus(double moreDemand, double moreSupply) {
            return new Fte(demand + moreDemand, supply + moreSupply);
        }
    }

    private record RowKey(String org, String service, String capability, String place) implements Comparable<RowKey> {
        @Override
        public int compareTo(RowKey o) {
            int c = org.compareTo(o.org);
            if (c == 0) c = service.compareTo(o.service);
            if (c == 0) c = capability.compareTo(o.capability);
            if (c == 0) c = place.compareTo(o.place);
            return c;
        }
    }
}
