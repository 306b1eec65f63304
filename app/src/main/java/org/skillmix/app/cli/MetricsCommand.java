package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.report.MetricsReport;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.metrics.MetricsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `skillmix metrics DATASET --out DIR`: the system dashboard of the dataset's metrics.csv as metrics.html and metrics-status.csv. */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description =
                "Show the dataset's system metrics (metrics.csv) against their national thresholds: metrics.html, a"
                        + " self-contained dashboard of each metric's trend for the ICS and its organisations, and metrics-status.csv,"
                        + " each metric's latest month and whether it meets the threshold.")
final class MetricsCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write metrics.html and metrics-status.csv to")
    Path out;

    @Override
    public Integer call() throws Exception {
        MetricsReport.warmUpInBackground();
        OutputFolder folder = OutputFolder.at(out);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel model = read.get().model();
        MetricsUseCase.Result metrics = new MetricsUseCase().run(model);
        folder.write(metrics.outputs());
        List<MetricStatus> latest = metrics.latest();
        if (latest.isEmpty()) {
            out().println(
                            "The dataset has no metrics.csv rows; skillmix import writes them from the published files (docs/metrics.md).");
        }
        List<MetricHeadline> headlines = metrics.headlines();
        out().println(MetricsReport.asOf(headlines));
        for (boolean uec : new boolean[] {true, false}) {
            out().println(uec ? "The six UEC system metrics (ICS):" : "Other metrics (ICS):");
            for (MetricHeadline h : headlines) {
                if (h.metric().uecSystemMetric() != uec) continue;
                out().println(String.format(
                                "  %-62s %-16s %s",
                                h.metric().label(),
                                MetricsReport.figure(h),
                                h.hasData() ? h.when() + ", " + MetricsReport.status(h) : "")
                        .stripTrailing());
            }
        }
        String ics = model.info().icbOdsCode();
        long orgs = latest.stream()
                .map(MetricStatus::orgCode)
                .filter(o -> !o.equals(ics))
                .distinct()
                .count();
        out().printf(
                        "ICS %s (%s) above; %d organisations in %s and %s%n",
                        model.info().name(),
                        ics,
                        orgs,
                        out.resolve(MetricsUseCase.METRICS_HTML),
                        out.resolve(MetricsUseCase.METRICS_STATUS_CSV));
        return 0;
    }
}
