package org.skillmix.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
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
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.export.ProjectionCsvWriter;
import org.skillmix.data.export.ProjectionSummary;
import org.skillmix.data.export.ProjectionSummaryWriter;

/**
 * Writing the outputs of the README's main job: the Greater Manchester example over 10 years, shaped as a
 * 1,000-draw run (the quantile budget is scaled to the draws, so the same series carry P10/P50/P90 and the
 * files have the same rows and columns as with 1,000 draws), written to a stream that counts and discards
 * the bytes, so the disk is not measured. One operation writes one file whole. Run from the repository root
 * (the example is read from examples/greater-manchester):
 *
 * <pre>java -jar bench/target/benchmarks.jar ProjectionWriteBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProjectionWriteBenchmark {
    /** Draws actually run to fill the quantiles; the budget makes the output the shape of 1,000. */
    @Param("40")
    int draws;

    private SystemModel model;
    private Projection projection;
    private List<ProjectionSummary.Row> summary;

    @Setup
    public void prepare() throws Exception {
        model = new DatasetReader().read(Path.of("examples/greater-manchester"));
        long budget = Projector.DEFAULT_QUANTILE_BUDGET * draws / 1000;
        Projector projector = new Projector(new ProjectionKernel(model, 120), budget, null);
        projection = projector.run(
                new ProjectionSettings(10, draws, ProjectionSettings.DEFAULT_SEED, 2), ProgressListener.NONE);
        summary = ProjectionSummary.rows(model, projection);
    }

    @Benchmark
    public long projectionCsv() throws Exception {
        Counting out = new Counting();
        new ProjectionCsvWriter().write(projection, out);
        return out.bytes;
    }

    /** The summary's rows from the projection, then projection_summary.csv. */
    @Benchmark
    public long summaryCsv() throws Exception {
        Counting out = new Counting();
        java.io.Writer text = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        new ProjectionSummaryWriter()
                .writeCsv(projection.settings().baseline(), ProjectionSummary.rows(model, projection), text);
        text.flush();
        return out.bytes;
    }

    @Benchmark
    public long summaryXlsx() throws Exception {
        Counting out = new Counting();
        new ProjectionSummaryWriter().writeXlsx(projection, summary, out);
        return out.bytes;
    }

    /** Prints each file's size, to turn times into bytes per second. */
    public static void main(String[] args) throws Exception {
        ProjectionWriteBenchmark b = new ProjectionWriteBenchmark();
        b.draws = 40;
        b.prepare();
        System.out.printf(
                "projection.csv %,d bytes (%,d series x 120 months); projection_summary.csv %,d bytes (%,d rows);"
                        + " projection_summary.xlsx %,d bytes%n",
                b.projectionCsv(), b.projection.series().size(), b.summaryCsv(), b.summary.size(), b.summaryXlsx());
    }

    /** Counts and discards. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
