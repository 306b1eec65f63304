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

    private ProjectionKernel.Worker worker;
    private int draw;

    @Setup
    public void prepare() {
        SystemModel model = SyntheticSystem.generate(SyntheticSystem.Size.STRESS, systemSeed);
        worker = new ProjectionKernel(model, MONTHS).newWorker();
    }

    @Benchmark
    public double oneDraw() {
        return worker.runDraws(20260401L, draw++, 1, MONTHS);
    }

    /** Prints the cell-months of one draw, to turn the benchmark's time per draw into a rate. */
    public static void main(String[] args) {
        SystemModel model = SyntheticSystem.generate(SyntheticSystem.Size.STRESS, 1);
        ProjectionKernel kernel = new ProjectionKernel(model, MONTHS);
        int lines = kernel.supply().lines();
        int cells = kernel.activeCells().length;
        int groups = kernel.groups().size();
        System.out.printf("stress system: %d workforce lines, %d active capability x sector x place cells, %d allocation groups%n",
                lines, cells, groups);
        System.out.printf("one draw = %d line-months + %d cell-months + %d allocations = %d cell-months%n",
                lines * MONTHS, cells * MONTHS, groups * MONTHS, (lines + cells) * MONTHS);
    }
}
