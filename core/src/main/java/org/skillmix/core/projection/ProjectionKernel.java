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
import org.skillmix.core.supply.SupplyAdjuster;
import org.skillmix.core.supply.SupplyAdjustments;
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
    private final List<Upskill> upskills;
    /** Per group, per line of the group: the local index of its trained version, or -1; and which upskill. */
    private final List<int[]> lineTrainedRole = new ArrayList<>();

    private final List<int[]> lineUpskill = new ArrayList<>();

    public ProjectionKernel(SystemModel model, int months) {
        this(model, months, List.of());
    }

    /**
     * A kernel whose allocations also know these upskillings (a trained version of each upskilled role
     * beside it). With no upskills the kernel is exactly the plain one.
     */
    public ProjectionKernel(SystemModel model, int months, List<Upskill> upskills) {
        this(model, months, upskills, model.workforce().size());
    }

    /**
     * As above, for a model widened by scenarios: workforce lines from index firstLines on are the
     * scenarios' additions and register their parameters last (see {@link SupplyModel}).
     */
    public ProjectionKernel(SystemModel model, int months, List<Upskill> upskills, int firstLines) {
        this.model = model;
        this.upskills = List.copyOf(upskills);
        this.months = months;
        List<Service> services = model.services();
        growthParam = new int[services.size()];
        unmetParam = new int[services.size()];
        for (int s = 0; s < services.size(); s++) {
            growthParam[s] = parameters.add(
                    "growth " + services.get(s).code(), services.get(s).growth());
            unmetParam[s] = parameters.add(
                    "unmet_need " + services.get(s).code(), services.get(s).unmetNeed());
        }
        demand = new DemandModel(model, months);
        supply = new SupplyModel(model, months, parameters, firstLines);
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
        for (int r = 0; r < model.roles().size(); r++)
            roleIndex.put(model.roles().get(r).code(), r);
        List<List<RoleCapability>> capsOfRole = new ArrayList<>();
        for (int r = 0; r < model.roles().size(); r++) capsOfRole.add(new ArrayList<>());
        for (RoleCapability rc : model.roleCapabilities()) {
            Integer r = roleIndex.get(rc.roleCode());
            if (r != null && model.capability(rc.capabilityCode()).isPresent() && rc.maxShare() > 0)
                capsOfRole.get(r).add(rc);
        }
        // an upskilled role's trained version: global index roles + u, its role's capabilities with one widened
        int[] upskillBase = new int[upskills.size()];
        for (int u = 0; u < upskills.size(); u++) {
            Upskill up = upskills.get(u);
            Integer base = roleIndex.get(up.roleCode());
            if (base == null || model.capability(up.capabilityCode()).isEmpty()) {
                throw new IllegalArgumentException("upskilling refers to unknown role or capability: " + up);
            }
            upskillBase[u] = base;
            List<RoleCapability> widened = new ArrayList<>();
            boolean found = false;
            for (RoleCapability rc : capsOfRole.get(base)) {
                if (rc.capabilityCode().equals(up.capabilityCode())) {
                    widened.add(new RoleCapability(
                            rc.roleCode(), rc.capabilityCode(), Math.max(rc.maxShare(), up.maxShare())));
                    found = true;
                } else {
                    widened.add(rc);
                }
            }
            if (!found) widened.add(new RoleCapability(up.roleCode(), up.capabilityCode(), up.maxShare()));
            capsOfRole.add(widened);
        }
        // A line joins the group of every place its organisation serves, weighted by that place's share
        // (the home place alone, share 1, for an organisation without catchment rows). Lines stay in line
        // order within a group, so the pooled FTE is summed in the same order every run.
        Map<String, List<Catchment>> catchmentOfOrg = new HashMap<>();
        Map<Long, List<Integer>> linesByGroup = new LinkedHashMap<>();
        Map<Long, List<Double>> sharesByGroup = new HashMap<>();
        for (int i = 0; i < supply.lines(); i++) {
            List<Catchment> catchment =
                    catchmentOfOrg.computeIfAbsent(supply.organisationOf(i).code(), this::servedPlaces);
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
            int[] lines =
                    linesByGroup.get(key).stream().mapToInt(Integer::intValue).toArray();
            double[] lineShare = sharesByGroup.get(key).stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            int[] baseRoles = Arrays.stream(lines)
                    .map(supply::roleIndex)
                    .distinct()
                    .sorted()
                    .toArray();
            int nRoles = model.roles().size();
            int[] trainedRoles = java.util.stream.IntStream.range(0, upskillBase.length)
                    .filter(u -> Arrays.binarySearch(baseRoles, upskillBase[u]) >= 0)
                    .map(u -> nRoles + u)
                    .toArray();
            int[] roles = java.util.stream.IntStream.concat(Arrays.stream(baseRoles), Arrays.stream(trainedRoles))
                    .toArray();
            int[] lineLocalRole = new int[lines.length];
            int[] trainedOf = new int[lines.length];
            int[] upskillOf = new int[lines.length];
            for (int j = 0; j < lines.length; j++) {
                lineLocalRole[j] = Arrays.binarySearch(baseRoles, supply.roleIndex(lines[j]));
                trainedOf[j] = -1;
                upskillOf[j] = -1;
                for (int q = 0; q < trainedRoles.length; q++) {
                    int u = trainedRoles[q] - nRoles;
                    if (upskillBase[u] == supply.roleIndex(lines[j])) { // a line follows its role's first upskilling
                        trainedOf[j] = baseRoles.length + q;
                        upskillOf[j] = u;
                        break;
                    }
                }
            }
            lineTrainedRole.add(trainedOf);
            lineUpskill.add(upskillOf);
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
            double[] cost = Arrays.stream(roles)
                    .mapToDouble(r -> model.roles()
                            .get(r < nRoles ? r : upskillBase[r - nRoles])
                            .annualCost())
                    .toArray();
            SkillMixProblem problem = new SkillMixProblem(
                    cost,
                    caps.size(),
                    arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray(),
                    shares.stream().mapToDouble(Double::doubleValue).toArray());
            int[] capabilities = caps.stream().mapToInt(Integer::intValue).toArray();
            int[] cells = Arrays.stream(capabilities)
                    .map(k -> demand.cell(k, sector, place))
                    .toArray();
            groups.add(new AllocationGroup(
                    place, sector, roles, lines, lineLocalRole, lineShare, capabilities, cells, problem));
        }
    }

    /**
     * An organisation's catchment with its positive shares rescaled to add up to 1: the dataset allows
     * rounding (within 0.01), but no staff time may be made or lost by it. Shares that already add up
     * to exactly 1 are used as given (x / 1 is x).
     */
    private List<Catchment> servedPlaces(String orgCode) {
        List<Catchment> rows =
                model.catchmentOf(orgCode).stream().filter(c -> c.share() > 0).toList();
        double total = rows.stream().mapToDouble(Catchment::share).sum();
        return rows.stream()
                .map(c -> new Catchment(c.orgCode(), c.placeCode(), c.share() / total))
                .toList();
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

    /** The upskillings this kernel's allocations know, in the order of SupplyAdjustments#trainedShare. */
    public List<Upskill> upskills() {
        return upskills;
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

        MonthSink NONE = (t, worker) -> {};
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
        private final SupplyAdjustments adjustments;
        private SupplyAdjuster adjuster;

        private Worker() {
            solvers = groups.stream().map(g -> new SkillMixSolver(g.problem())).toArray(SkillMixSolver[]::new);
            int nS = growthParam.length;
            growthPower = new double[nS];
            unmet = new double[nS];
            growth = new double[nS];
            fte = groups.stream().map(g -> new double[g.roles().length]).toArray(double[][]::new);
            groupDemand = groups.stream()
                    .map(g -> new double[g.capabilities().length])
                    .toArray(double[][]::new);
            adjustments = new SupplyAdjustments(supply.lines(), model.roles().size(), upskills.size());
        }

        /** Runs one draw with these parameter values (from {@link UncertainParameters#sample} or modes). */
        public void run(double[] values, MonthSink sink) {
            run(values, months, sink);
        }

        /** Runs the first runMonths months (at most the kernel's months) of one draw. */
        public void run(double[] values, int runMonths, MonthSink sink) {
            if (runMonths > months)
                throw new IllegalArgumentException("kernel prepared for " + months + " months, asked " + runMonths);
            begin(values);
            for (int t = 0; t < runMonths; t++) {
                step(t);
                sink.month(t, this);
            }
        }

        /** Starts a draw: months must then be stepped in order from 0. */
        public void begin(double[] values) {
            begin(values, null);
        }

        /**
         * Starts a draw whose supply parameters the adjuster changes month by month (interventions); a null
         * adjuster runs the plain model.
         */
        public void begin(double[] values, SupplyAdjuster adjuster) {
            this.adjuster = adjuster;
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
            for (int s = 0; s < growth.length; s++)
                growthPower[s] = growth[s] == 1.0 ? 1.0 : Math.pow(growth[s], t / 12.0);
            for (int c : activeCells) demandCells[c] = 0;
            demand.addDemand(t, growthPower, unmet, demandCells);
            for (int c : activeCells) {
                supplyCells[c] = 0;
                unmetCells[c] = demandCells[c];
            }
            if (adjuster == null) {
                state.step(t);
            } else {
                adjustments.clear();
                adjuster.adjust(t, adjustments);
                state.step(t, adjustments);
            }
            for (int g = 0; g < solvers.length; g++) {
                AllocationGroup group = groups.get(g);
                double[] f = fte[g];
                Arrays.fill(f, 0);
                int[] lines = group.lines();
                int[] local = group.lineLocalRole();
                double[] share = group.lineShare();
                // share 1 (no catchment) multiplies exactly, so such systems give the same figures as before
                int[] trained = lineTrainedRole.get(g);
                if (adjuster == null || upskills.isEmpty()) {
                    for (int j = 0; j < lines.length; j++)
                        f[local[j]] += share[j] * lineOut[SupplyModel.EFFECTIVE * n + lines[j]];
                } else {
                    int[] upskillOf = lineUpskill.get(g);
                    for (int j = 0; j < lines.length; j++) {
                        double x = share[j] * lineOut[SupplyModel.EFFECTIVE * n + lines[j]];
                        if (trained[j] < 0) {
                            f[local[j]] += x;
                        } else {
                            double moved = x * adjustments.trainedShare[upskillOf[j]][lines[j]];
                            f[local[j]] += x - moved;
                            f[trained[j]] += moved;
                        }
                    }
                }
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

        /** The current month's supply adjustments (neutral when the draw has no adjuster). */
        public SupplyAdjustments adjustments() {
            return adjustments;
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
