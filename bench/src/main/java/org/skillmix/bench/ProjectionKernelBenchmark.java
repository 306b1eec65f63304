package org.skillmix.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.synthetic.SyntheticSystem;

/**
 * The engine kernel on the stress-size synthetic system (60 roles, 40 organisations, 10 places, 30
 * capabilities, 20 services): one Monte Carlo draw of the whole 120-month recurrence, with no
 * aggregation. One operation = one draw; the report's cell-months per second are
 * (workforce lines + active capability cells) x 120 / (seconds per draw), printed by {@link #main}.
 *
 * <p>catchments = with: the system as generated, its acute, mental health and ambulance trusts serving
 * 2-4 places each, so allocations pool several trusts' roles (more groups, larger ones). without: the
 * same system with every organisation serving only its home place, the workload measured before
 * catchments existed, so the kernel's own speed can be compared across versions.
 *
 * <p>system = gm: the shipped Greater Manchester example (examples/greater-manchester, read from the
 * working directory: run from the repository root) instead of the stress system; catchments is then ignored.
 *
 * <p>{@link #plainLoop} is the yardstick: a plain Java loop over arrays of the kernel's sizes (one stock-flow
 * update per workforce line and one demand, supply and unmet figure per active cell, every month), with none
 * of the model's structure and no allocation LP. The ratio oneDraw / plainLoop says what the model costs over
 * merely touching its figures.
 *
 * <pre>java -jar bench/target/benchmarks.jar ProjectionKernelBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProjectionKernelBenchmark {
    static final int MONTHS = 120;

    @Param("1")
    long systemSeed;

    @Param({"with", "without"})
    String catchments;

    @Param({"stress"})
    String system;

    private ProjectionKernel.Worker worker;
    private int draw;
    private PlainLoop plain;

    @Setup
    public void prepare() throws Exception {
        SystemModel model = model(system, systemSeed, catchments);
        ProjectionKernel kernel = new ProjectionKernel(model, MONTHS);
        worker = kernel.newWorker();
        plain = new PlainLoop(
                kernel.supply().lines(), kernel.activeCells(), kernel.demand().cells());
    }

    static SystemModel model(String system, long seed, String catchments) throws Exception {
        if (system.equals("gm")) return new DatasetReader().read(Path.of("examples/greater-manchester"));
        SystemModel model = SyntheticSystem.generate(SyntheticSystem.Size.STRESS, seed);
        return catchments.equals("without") ? homePlacesOnly(model) : model;
    }

    /** The model with no catchment rows: each organisation serves its home place alone. */
    static SystemModel homePlacesOnly(SystemModel m) {
        return m.toBuilder()
                .catchments(java.util.List.of())
                .scenarios(java.util.List.of())
                .metrics(java.util.List.of())
                .discharge(java.util.List.of())
                .build();
    }

    @Benchmark
    public double oneDraw() {
        return worker.runDraws(ProjectionSettings.DEFAULT_SEED, draw++, 1, MONTHS);
    }

    /** The yardstick: the same number of figures updated by a plain loop, MONTHS months. */
    @Benchmark
    public double plainLoop() {
        return plain.run(MONTHS);
    }

    /** Prints the cell-months of one draw, to turn the benchmark's time per draw into a rate. */
    public static void main(String[] args) throws Exception {
        String[][] cases = {{"stress", "with"}, {"stress", "without"}, {"gm", "with"}};
        for (String[] c : cases) {
            String catchments = c[1];
            ProjectionKernel kernel = new ProjectionKernel(model(c[0], 1, catchments), MONTHS);
            int lines = kernel.supply().lines();
            int cells = kernel.activeCells().length;
            int groups = kernel.groups().size();
            System.out.printf(
                    "%s system, catchments %s: %d workforce lines, %d active capability x sector x place cells,"
                            + " %d allocation groups%n",
                    c[0], catchments, lines, cells, groups);
            System.out.printf(
                    "  one draw = %d line-months + %d cell-months + %d allocations = %d cell-months%n",
                    lines * MONTHS, cells * MONTHS, groups * MONTHS, (lines + cells) * MONTHS);
        }
    }
}
