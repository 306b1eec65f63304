package org.skillmix.bench;

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
import org.skillmix.core.system.SystemModel;
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

    private ProjectionKernel.Worker worker;
    private int draw;

    @Setup
    public void prepare() {
        SystemModel model = SyntheticSystem.generate(SyntheticSystem.Size.STRESS, systemSeed);
        if (catchments.equals("without")) model = homePlacesOnly(model);
        worker = new ProjectionKernel(model, MONTHS).newWorker();
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
        return worker.runDraws(20260401L, draw++, 1, MONTHS);
    }

    /** Prints the cell-months of one draw, to turn the benchmark's time per draw into a rate. */
    public static void main(String[] args) {
        SystemModel generated = SyntheticSystem.generate(SyntheticSystem.Size.STRESS, 1);
        for (String catchments : new String[] {"with", "without"}) {
            SystemModel model = catchments.equals("with") ? generated : homePlacesOnly(generated);
            ProjectionKernel kernel = new ProjectionKernel(model, MONTHS);
            int lines = kernel.supply().lines();
            int cells = kernel.activeCells().length;
            int groups = kernel.groups().size();
            System.out.printf(
                    "stress system, catchments %s: %d workforce lines, %d active capability x sector x place cells,"
                            + " %d allocation groups%n",
                    catchments, lines, cells, groups);
            System.out.printf(
                    "  one draw = %d line-months + %d cell-months + %d allocations = %d cell-months%n",
                    lines * MONTHS, cells * MONTHS, groups * MONTHS, (lines + cells) * MONTHS);
        }
    }
}
