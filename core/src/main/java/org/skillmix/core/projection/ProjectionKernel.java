package org.skillmix.core.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skillmix.core.allocation.SkillMixProblem;
import org.skillmix.core.allocation.SkillMixSolver;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The monthly recurrence of one draw, without aggregation: demand cells, the supply stock-flow step and
 * the skill-mix allocation, month by month. {@link Projector} runs it once per draw; benchmarks call it
 * directly ({@link Worker#run}).
 *
 * <p>Units of work, for throughput figures: a <em>line-month</em> is one organisation x role stock update
 * for one month; a <em>cell-month</em> is one capability x sector x place demand/supply cell for one
 * month; an <em>allocation</em> is one place x sector LP solve for one month. A draw of the stress case
 * does lines x months line-months, activeCells x months cell-months and groups x months allocations.
 */
public final class ProjectionKernel {
    private final SystemModel model;
    private final int months;
    private final UncertainParameters parameters = new UncertainParameters();
    private final int[] growthParam;
    private final int[] unmetParam;
    private final DemandModel demand;
    private final SupplyModel supply;
    private final List<AllocationGroup> groups = new ArrayList<>();
    private final int[] activeCells;

    public ProjectionKernel(SystemModel model, int months) {
        this.model = model;
        this.months = months;
        List<Service> services = model.services();
        growthParam = new int[services.size()];
        unmetParam = new int[services.size()];
        for (int s = 0; s < services.size(); s++) {
            growthParam[s] = parameters.add("growth " + services.get(s).code(), services.get(s).growth());
            unmetParam[s] = parameters.add("unmet_need " + services.get(s).code(), services.get(s).unmetNeed());
        }
        demand = new DemandModel(model, months);
        supply = new SupplyModel(model, months, parameters);
        buildGroups();
        BitSet active = new BitSet(demand.cells());
        for (int s = 0; s < services.size(); s++) {
            for (int p = 0; p < demand.places().size(); p++) {
                if (!demand.demandPossible(s, p)) continue;
                for (int k : demand.capabilitiesOf(s)) active.set(demand.cell(k, demand.sectorOf(s), p));
            }
        }
        for (AllocationGroup g : groups) for (int c : g.cells()) active.set(c);
        activeCells = active.stream().toArray();
    }

    private void buildGroups() {
        Map<String, Integer> roleIndex = new HashMap<>();
        for (int r = 0; r < model.roles().size(); r++) roleIndex.put(model.roles().get(r).code(), r);
        List<List<RoleCapability>> capsOfRole = new ArrayList<>();
        for (int r = 0; r < model.roles().size(); r++) capsOfRole.add(new ArrayList<>());
        for (RoleCapability rc : model.roleCapabilities()) {
            Integer r = roleIndex.get(rc.roleCode());
            if (r != null && model.capability(rc.capabilityCode()).isPresent() && rc.maxShare() > 0) capsOfRole.get(r).add(rc);
        }
        // A line joins the group of every place its organisation serves, weighted by that place's share
        // (the home place alone, share 1, for an organisation without catchment rows). Lines stay in line
        // order within a group, so the pooled FTE is summed in the same order every run.
        Map<String, List<Catchment>> catchmentOfOrg = new HashMap<>();
        Map<Long, List<Integer>> linesByGroup = new LinkedHashMap<>();
        Map<Long, List<Double>> sharesByGroup = new HashMap<>();
        for (int i = 0; i < supply.lines(); i++) {
            List<Catchment> catchment = catchmentOfOrg.computeIfAbsent(supply.organisationOf(i).code(), this::servedPlaces);
            for (Catchment c : catchment) {
                Integer p = placeIndexOrNull(c.placeCode());
                if (p == null) continue;
                long key = (long) p * DemandModel.SECTORS + supply.sectorOf(i);
                linesByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                sharesByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c.share());
            }
        }
        List<Long> keys = new ArrayList<>(linesByGroup.keySet());
        keys.sort(null);
        for (long key : keys) {
            int place = (int) (key / DemandModel.SECTORS), sector = (int) (key % DemandModel.SECTORS);
            int[] lines = linesByGroup.get(key).stream().mapToInt(Integer::intValue).toArray();
            double[] lineShare = sharesByGroup.get(key).stream().mapToDouble(Double::doubleValue).toArray();
            int[] roles = Arrays.stream(lines).map(supply::roleIndex).distinct().sorted().toArray();
            int[] lineLocalRole = new int[lines.length];
            for (int j = 0; j < lines.length; j++) lineLocalRole[j] = Arrays.binarySearch(roles, supply.roleIndex(lines[j]));
            List<Integer> caps = new ArrayList<>();
            List<int[]> arcs = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int lr = 0; lr < roles.length; lr++) {
                for (RoleCapability rc : capsOfRole.get(roles[lr])) {
                    int k = demand.capabilityIndex(rc.capabilityCode());
                    int local = caps.indexOf(k);
                    if (local < 0) {
                        local = caps.size();
                        caps.add(k);
                    }
                    arcs.add(new int[] {lr, local});
                    shares.add(Math.min(1.0, rc.maxShare()));
                }
            }
            double[] cost = Arrays.stream(roles).mapToDouble(r -> model.roles().get(r).annualCost()).toArray();
            SkillMixProblem problem = new SkillMixProblem(cost, caps.size(), arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray(), shares.stream().mapToDouble(Double::doubleValue).toArray());
            int[] capabilities = caps.stream().mapToInt(Integer::intValue).toArray();
            int[] cells = Arrays.stream(capabilities).map(k -> demand.cell(k, sector, place)).toArray();
            groups.add(new AllocationGroup(place, sector, roles, lines, lineLocalRole, lineShare, capabilities, cells, problem));
        }
    }

    /**
     * An organisation's catchment with its positive shares rescaled to add up to 1: the dataset allows
     * rounding (within 0.01), but no staff time may be made or lost by it. Shares that already add up
     * to exactly 1 are used as given (x / 1 is x).
     */
    private List<Catchment> servedPlaces(String orgCode) {
        List<Catchment> rows = model.catchmentOf(orgCode).stream().filter(c -> c.share() > 0).toList();
        double total = rows.stream().mapToDouble(Catchment::share).sum();
        return rows.stream().map(c -> new Catchment(c.orgCode(), c.placeCode(), c.share() / total)).toList();
    }

    private Integer placeIndexOrNull(String code) {
        try {
            return demand.placeIndex(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public SystemModel model() {
        return model;
    }

    public int months() {
        return months;
    }

    public UncertainParameters parameters() {
        return parameters;
    }

    public DemandModel demand() {
        return demand;
    }

    public SupplyModel supply() {
        return supply;
    }

    public List<AllocationGroup> groups() {
        return List.copyOf(groups);
    }

    /** Dense indices ({@link DemandModel#cell}) of the capability x sector x place cells that can be non-zero, ascending. */
    public int[] activeCells() {
        return activeCells.clone();
    }

    public Worker newWorker() {
        return new Worker();
    }

    /** Receives each month of a draw while the worker's arrays hold it. */
    @FunctionalInterface
    public interface MonthSink {
        void month(int t, Worker worker);

        MonthSink NONE = (t, worker) -> { };
    }

    /** One thread's working state for running draws. Not thread-safe; reuse it for many draws. */
    public final class Worker {
        private final SupplyModel.State state = supply.newState();
        private final SkillMixSolver[] solvers;
        private final double[] demandCells = new double[demand.cells()];
        private final double[] supplyCells = new double[demand.cells()];
        private final double[] unmetCells = new double[demand.cells()];
        private final double[] growthPower;
        private final double[] unmet;
        private final double[] growth;
        private final double[][] fte;
        private final double[][] groupDemand;

        private Worker() {
            solvers = groups.stream().map(g -> new SkillMixSolver(g.problem())).toArray(SkillMixSolver[]::new);
            int nS = growthParam.length;
            growthPower = new double[nS];
            unmet = new double[nS];
            growth = new double[nS];
            fte = groups.stream().map(g -> new double[g.roles().length]).toArray(double[][]::new);
            groupDemand = groups.stream().map(g -> new double[g.capabilities().length]).toArray(double[][]::new);
        }

        /** Runs one draw with these parameter values (from {@link UncertainParameters#sample} or modes). */
        public void run(double[] values, MonthSink sink) {
            run(values, months, sink);
        }

        /** Runs the first runMonths months (at most the kernel's months) of one draw. */
        public void run(double[] values, int runMonths, MonthSink sink) {
            if (runMonths > months) throw new IllegalArgumentException("kernel prepared for " + months + " months, asked " + runMonths);
            begin(values);
            for (int t = 0; t < runMonths; t++) {
                step(t);
                sink.month(t, this);
            }
        }

        /** Starts a draw: months must then be stepped in order from 0. */
        public void begin(double[] values) {
            state.reset(values);
            for (int s = 0; s < growthParam.length; s++) {
                growth[s] = values[growthParam[s]];
                unmet[s] = values[unmetParam[s]];
            }
        }

        /** Computes month t of the current draw into this worker's arrays. */
        public void step(int t) {
            double[] lineOut = state.out();
            int n = supply.lines();
            for (int s = 0; s < growth.length; s++) growthPower[s] = growth[s] == 1.0 ? 1.0 : Math.pow(growth[s], t / 12.0);
            for (int c : activeCells) demandCells[c] = 0;
            demand.addDemand(t, growthPower, unmet, demandCells);
            for (int c : activeCells) {
                supplyCells[c] = 0;
                unmetCells[c] = demandCells[c];
            }
            state.step(t);
            for (int g = 0; g < solvers.length; g++) {
                AllocationGroup group = groups.get(g);
                double[] f = fte[g];
                Arrays.fill(f, 0);
                int[] lines = group.lines();
                int[] local = group.lineLocalRole();
                double[] share = group.lineShare();
                // share 1 (no catchment) multiplies exactly, so such systems give the same figures as before
                for (int j = 0; j < lines.length; j++) f[local[j]] += share[j] * lineOut[SupplyModel.EFFECTIVE * n + lines[j]];
                int[] cells = group.cells();
                double[] d = groupDemand[g];
                for (int j = 0; j < cells.length; j++) d[j] = demandCells[cells[j]];
                SkillMixSolver solver = solvers[g];
                solver.solve(f, d);
                for (int j = 0; j < cells.length; j++) {
                    supplyCells[cells[j]] = solver.supply(j);
                    unmetCells[cells[j]] = solver.unmet(j);
                }
            }
        }

        /**
         * The benchmark kernel: runs draws first .. first + count - 1 of a run seeded with seed over
         * runMonths months, without aggregation, and returns a checksum of the last month (so a benchmark
         * cannot optimise the work away). Costs count x runMonths x (lines line-months + active cells
         * cell-months + groups allocations).
         */
        public double runDraws(long seed, int first, int count, int runMonths) {
            double checksum = 0;
            for (int d = first; d < first + count; d++) {
                begin(parameters.sample(seed, d));
                for (int t = 0; t < runMonths; t++) step(t);
                for (int c : activeCells) checksum += supplyCells[c] - demandCells[c];
            }
            return checksum;
        }

        /** Demand FTE by dense cell for the current month. */
        public double[] demandCells() {
            return demandCells;
        }

        public double[] supplyCells() {
            return supplyCells;
        }

        public double[] unmetCells() {
            return unmetCells;
        }

        /** Line figures of the current month, block m of {@link SupplyModel#LINE_MEASURES} at [m * lines + line]. */
        public double[] lineOut() {
            return state.out();
        }

        /** The solver of a group as left by the current month (its role FTE and assignments). */
        public SkillMixSolver solver(int group) {
            return solvers[group];
        }

        /** The role FTE the current month gave group g's allocation. */
        public double[] groupFte(int group) {
            return fte[group].clone();
        }
    }
}
