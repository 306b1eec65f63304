package org.skillmix.core.projection;

import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.SystemModel;

/**
 * The stress case (60 roles x 40 organisations x 10 places x 30 capabilities x 20 services, 120 months,
 * 1000 draws, 2 threads), run as a whole process: java -Xmx1g -cp ... StressMain [dense|sector] [draws] [threads].
 * Not a test: speed is measured by whole-process runs, never by timed unit tests.
 */
public final class StressMain {
    public static void main(String[] args) {
        boolean dense = args.length == 0 || args[0].equals("dense");
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long t0 = System.nanoTime();
        SystemModel model = SyntheticSystem.build(60, 40, 10, 30, 20, dense, 42);
        long t1 = System.nanoTime();
        Projector projector = new Projector(model);
        long t2 = System.nanoTime();
        Projection projection = projector.run(new ProjectionSettings(10, draws, 7, threads), ProgressListener.NONE);
        long t3 = System.nanoTime();
        long withQuantiles =
                projection.series().stream().filter(Series::hasQuantiles).count();
        ProjectionKernel k = projector.kernel();
        System.out.printf(
                "lines=%d groups=%d activeCells=%d series=%d withQuantiles=%d%n",
                model.workforce().size(),
                k.groups().size(),
                k.activeCells().length,
                projection.series().size(),
                withQuantiles);
        System.out.printf(
                "build model %.2f s, prepare %.2f s, run %.2f s (draws=%d, threads=%d)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, draws, threads);
        double lineMonths = (double) model.workforce().size() * 120 * Math.max(1, draws);
        System.out.printf("%.1f M line-months/s%n", lineMonths / ((t3 - t2) / 1e9) / 1e6);
        Series total = projection
                .series(new SeriesKey(Measure.GAP_FTE, "ALL", "ALL", "ALL", "ALL", "ALL"))
                .orElseThrow();
        System.out.printf(
                "system gap month 0: mean %.1f p10 %s p90 %s; month 119 mean %.1f%n",
                total.mean()[0],
                total.p10() == null ? "-" : String.format("%.1f", total.p10()[0]),
                total.p90() == null ? "-" : String.format("%.1f", total.p90()[0]),
                total.mean()[119]);
    }
}
