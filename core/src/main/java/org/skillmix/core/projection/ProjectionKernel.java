package org.skillmix.core.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.skillmix.core.allocation.SkillMixSolver;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.supply.SupplyAdjuster;
import org.skillmix.core.supply.SupplyAdjustments;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.supply.SupplyState;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.ParameterGroup;
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
    private final DemandParameters demandParameters;

    private final DemandModel demand;
    private final SupplyModel supply;
    private final List<AllocationGroup> groups = new ArrayList<>();
    private final int[] activeCells;
    private final List<Upskill> upskills;
    private final boolean upskilling; // !upskills.isEmpty(): asking the list (its class varies) deoptimised step
    /** Per group, per line of the group: the local index of its trained version, or -1; and which upskill. */
    private final List<int[]> lineTrainedRole = new ArrayList<>(), lineUpskill = new ArrayList<>();
    /** Per line, the allocation groups it serves and its catchment share in each (for the pressure on it). */
    private final int[][] lineGroups;

    private final double[][] lineGroupShares;

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
        this.upskilling = !this.upskills.isEmpty();
        this.months = months;
        List<Service> services = model.services();
        int[][] serviceParameters = DemandParameters.registerServices(services, parameters);
        demand = new DemandModel(model, months);
        supply = new SupplyModel(model, months, parameters, firstLines);
        demandParameters = DemandParameters.of(services, serviceParameters, supply.assumptions(), parameters);
        AllocationGroups.Built built = AllocationGroups.build(model, demand, supply, this.upskills);
        groups.addAll(built.groups());
        lineTrainedRole.addAll(built.lineTrainedRole());
        lineUpskill.addAll(built.lineUpskill());
        BitSet active = new BitSet(demand.cells());
        for (int s = 0; s < services.size(); s++) {
            for (int p = 0; p < demand.places().size(); p++) {
                if (!demand.demandPossible(s, p)) continue;
                for (int k : demand.capabilitiesOf(s)) active.set(demand.cell(k, demand.sectorOf(s), p));
            }
        }
        for (AllocationGroup g : groups) for (int c : g.cells()) active.set(c);
        activeCells = active.stream().toArray();
        AllocationGroups.Memberships memberships = AllocationGroups.memberships(groups, supply.lines());
        lineGroups = memberships.groups();
        lineGroupShares = memberships.shares();
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

    /** A worker running the funded-plan baseline. */
    public Worker newWorker() {
        return newWorker(Baseline.FUNDED_PLAN);
    }

    /** A worker running draws in a baseline (refused when the dataset cannot run it, see {@link Baseline#problems}). */
    public Worker newWorker(Baseline baseline) {
        return new Worker(baseline, newSolvers());
    }

    /**
     * count workers for one thread that step draws side by side and share one set of allocation solvers: a
     * solve keeps nothing from one month to the next that could change a result (SkillMixSolver), so sharing
     * gives the same figures while a quarter of the solvers' memory stays in the caches. A worker's
     * {@link Worker#solver} then holds its own month only until another worker of the set steps.
     */
    public Worker[] newWorkers(Baseline baseline, int count) {
        SkillMixSolver[] shared = newSolvers();
        Worker[] workers = new Worker[count];
        for (int i = 0; i < count; i++) workers[i] = new Worker(baseline, shared);
        return workers;
    }

    private SkillMixSolver[] newSolvers() {
        return groups.stream().map(g -> new SkillMixSolver(g.problem())).toArray(SkillMixSolver[]::new);
    }

    /**
     * Each registered parameter's assumption group in a baseline (null: a parameter the run does not read),
     * for attributing the spread of results to the assumptions.
     */
    public ParameterGroup[] groups(Baseline baseline) {
        ParameterGroup[] groups = new ParameterGroup[parameters.size()];
        for (int i = 0; i < groups.length; i++) groups[i] = parameters.group(i);
        supply.assignGroups(baseline, groups);
        return groups;
    }

    /** One thread's working state for running draws. Not thread-safe; reuse it for many draws. */
    public final class Worker {
        private final SupplyState state;
        private final SkillMixSolver[] solvers;
        private final double[] demandCells = new double[demand.cells()];
        private final double[] supplyCells = new double[demand.cells()];
        private final double[] unmetCells = new double[demand.cells()];
        private final double[] growthPower;
        private final double[] uplift; // per service: unmet-need uplift x workload-norm factor
        private final double[] growth;
        private final double[] elasticityFactor; // per service: deprivation_elasticity_factor
        private final double[][] placeShift; // [service][place]: DeprivationShift, or null when no factor moves
        private double[][] shiftNow;
        private final double[][] fte;
        private final double[][] groupDemand;
        private final SupplyAdjustments adjustments;
        private SupplyAdjuster adjuster;
        private double populationError;
        // sustained pressure (StaffExperienceEffect), null when no elasticity asks for it
        private final SustainedPressure pressure;

        private Worker(Baseline baseline, SkillMixSolver[] solvers) {
            state = supply.newState(baseline);
            this.solvers = solvers;
            int nS = demandParameters.services();
            growthPower = new double[nS];
            uplift = new double[nS];
            growth = new double[nS];
            elasticityFactor = new double[nS];
            placeShift = new double[nS][demand.places().size()];
            fte = groups.stream().map(g -> new double[g.roles().length]).toArray(double[][]::new);
            groupDemand = groups.stream()
                    .map(g -> new double[g.capabilities().length])
                    .toArray(double[][]::new);
            adjustments = new SupplyAdjustments(supply.lines(), model.roles().size(), upskills.size());
            pressure = supply.experience().usesPressure()
                    ? new SustainedPressure(groups, lineGroups, lineGroupShares)
                    : null;
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
            // Pressure is measured against the plain draw's base year (SustainedPressure): run it first unless this
            // worker has just run it with the same values.
            if (pressure != null
                    && adjuster != null
                    && months > SustainedPressure.WINDOW
                    && !pressure.knowsBaseOf(values)) {
                start(values, null);
                for (int t = 0; t < SustainedPressure.WINDOW; t++) step(t);
            }
            start(values, adjuster);
        }

        private void start(double[] values, SupplyAdjuster adjuster) {
            this.adjuster = adjuster;
            state.reset(values);
            populationError = demandParameters.read(values, growth, uplift, elasticityFactor);
            shiftNow = demand.deprivationShift().fill(elasticityFactor, placeShift) ? placeShift : null;
            if (pressure != null) pressure.start(values, adjuster == null);
        }

        /** Computes month t of the current draw into this worker's arrays. */
        public void step(int t) {
            double[] lineOut = state.out();
            int n = supply.lines();
            for (int s = 0; s < growth.length; s++)
                growthPower[s] = growth[s] == 1.0 ? 1.0 : Math.pow(growth[s], t / 12.0);
            for (int c : activeCells) demandCells[c] = 0;
            demand.addDemand(
                    t, growthPower, uplift, demand.populationFactor(t, populationError), shiftNow, demandCells);
            for (int c : activeCells) {
                supplyCells[c] = 0;
                unmetCells[c] = demandCells[c];
            }
            if (pressure != null) pressure.linePressures(t, state.pressure());
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
                if (adjuster == null || !upskilling) {
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
            if (pressure != null) pressure.record(t, demandCells, unmetCells);
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

        /** The supply state as the current month left it (the month's pressure, sickness and leaver factors). */
        public SupplyState supplyState() {
            return state;
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
