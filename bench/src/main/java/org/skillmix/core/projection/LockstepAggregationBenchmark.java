package org.skillmix.core.projection;

import java.nio.file.Path;
import java.util.SplittableRandom;
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
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * One month of four lockstep draws summed into the stored series of the Greater Manchester example (read from the
 * working directory: run from the repository root), as a 1,000-draw run does 30,000 times: one draw at a time
 * ({@link SeriesLayout#aggregate}, the method before 2026-12-06) against the four side by side
 * ({@link LockstepAggregation}). In the engine's package because both are package-private.
 *
 * <pre>java -jar bench/target/benchmarks.jar LockstepAggregationBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LockstepAggregationBenchmark {
    /** The series given per-draw storage: GM's 1,000-draw run stores the first 500 in priority order. */
    @Param("500")
    int stored;

    private SeriesLayout layout;
    private LockstepAggregation lockstep;
    private boolean[][] need;
    private int[] offsets;
    private double[][] finest;
    private double[][] buffers;

    @Setup
    public void prepare() throws Exception {
        SystemModel model = new DatasetReader().read(Path.of("examples/greater-manchester"));
        layout = new SeriesLayout(new ProjectionKernel(model, 1));
        lockstep = new LockstepAggregation(layout);
        need = layout.needFor(Math.min(stored, layout.specs.size()));
        offsets = layout.levelOffsets();
        SplittableRandom random = new SplittableRandom(1);
        finest = new double[LockstepAggregation.DRAWS][layout.vectorLength];
        buffers = new double[LockstepAggregation.DRAWS][];
        for (int i = 0; i < finest.length; i++) {
            for (int j = 0; j < layout.vectorLength; j++) finest[i][j] = 100 * random.nextDouble();
            buffers[i] = layout.newBuffer();
        }
    }

    @Benchmark
    public double oneAtATime() {
        for (int i = 0; i < LockstepAggregation.DRAWS; i++) layout.aggregate(finest[i], 0, buffers[i], offsets, need);
        return buffers[3][0];
    }

    @Benchmark
    public double sideBySide() {
        lockstep.aggregate(finest, LockstepAggregation.DRAWS, buffers, offsets, need);
        return buffers[3][0];
    }
}
