package org.skillmix.app.web.run;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultStore;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.export.SkillmixVersion;
import org.skillmix.data.report.ComparisonReport;
import org.skillmix.data.report.HtmlReport;
import org.skillmix.data.report.SpreadChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small fixed pool of threads taking runs from the fair queue. Each projection already uses every core,
 * so more workers would only make each run slower.
 */
@Component
public class RunWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(RunWorkers.class);

    /** Thrown from the progress listener to stop a cancelled projection between draws. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** The files a comparison stores, named as `skillmix compare` names them. */
    public static final String COMPARISON_CSV = "comparison.csv";

    public static final String COMPARISON_SUMMARY_CSV = "comparison_summary.csv";
    public static final String COMPARISON_HTML = "comparison.html";

    private final FairRunQueue queue;
    private final RunRepository runs;
    private final LiveRuns live;
    private final DatasetService datasets;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final int workers;
    private final List<Thread> threads = new ArrayList<>();
    private final java.util.Map<RunKind, RunWork> otherWork = new java.util.EnumMap<>(RunKind.class);

    public RunWorkers(
            FairRunQueue queue,
            RunRepository runs,
            LiveRuns live,
            DatasetService datasets,
            ResultStore results,
            TransactionTemplate transaction,
            AuditLog audit,
            @Value("${skillmix.runs.workers:1}") int workers,
            List<RunWork> otherWork) {
        this.queue = queue;
        this.runs = runs;
        this.live = live;
        this.datasets = datasets;
        this.results = results;
        this.transaction = transaction;
        this.audit = audit;
        this.workers = Math.max(1, Math.min(2, workers));
        otherWork.forEach(w -> this.otherWork.put(w.kind(), w));
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!threads.isEmpty()) return;
        int stale = runs.failInterrupted();
        if (stale > 0) LOG.info("{} run(s) left unfinished by the last stop were marked failed", stale);
        for (int i = 1; i <= workers; i++) {
            Thread t = new Thread(this::work, "skillmix-run-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    @jakarta.annotation.PreDestroy
    public synchronized void stop() {
        threads.forEach(Thread::interrupt);
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            long runId;
            try {
                runId = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                execute(runId);
            } catch (RuntimeException e) {
                LOG.error("run {} failed", runId, e);
            }
        }
    }

    void execute(long runId) {
        Run run = runs.find(runId).orElse(null);
        if (run == null || !runs.markRunning(runId)) return;
        if (live.cancelRequested(runId)) {
            runs.markFinished(runId, RunStatus.CANCELLED, "cancelled before it started", 0);
            live.ended(runId);
            return;
        }
        int total = Math.max(1, run.draws());
        live.started(runId, total);
        int[] done = {0};
        try {
            RunWork work = otherWork.get(run.kind());
            if (work != null) {
                work.execute(run, progress(runId, done));
                return;
            }
            SystemModel model = datasets.model(run.datasetId());
            if (run.kind() == RunKind.COMPARISON) {
                compare(run, model, done);
                return;
            }
            StoredDataset dataset = datasets.stored(run.datasetId());
            ProjectionSettings settings = new ProjectionSettings(
                    run.years(),
                    run.draws(),
                    run.seed(),
                    Runtime.getRuntime().availableProcessors(),
                    live.baseline(runId));
            Scenario scenario = run.scenario().equals(Scenario.BASELINE)
                    ? Scenario.baseline()
                    : model.scenario(run.scenario())
                            .orElseThrow(() -> new IllegalStateException(
                                    "dataset " + run.datasetId() + " has no scenario " + run.scenario()));
            Instant started = Instant.now();
            // The projection is core's: the scenario's interventions act through its draw adjusters.
            Projection projection = ScenarioSystem.projector(model, scenario, run.years())
                    .run(settings, (completed, all) -> {
                        if (live.cancelRequested(runId)) throw new Cancelled();
                        done[0] = completed;
                        live.update(runId, completed, all);
                    });
            Instant finished = Instant.now();
            RunManifest manifest = manifest(projection, dataset, started, finished);
            StringWriter html = new StringWriter();
            new HtmlReport(model, projection, manifest).write(html);
            java.util.Map<String, byte[]> insights = GapInsightFiles.contents(model, projection);
            projection.spreadDrivers().ifPresent(d -> insights.put(SpreadChart.FILE_NAME, SpreadChart.json(d)));
            transaction.executeWithoutResult(tx -> {
                results.saveSeries(runId, projection);
                results.saveFile(runId, "report.html", html.toString().getBytes(StandardCharsets.UTF_8));
                results.saveFile(runId, "run.json", manifest.toJson().getBytes(StandardCharsets.UTF_8));
                insights.forEach((name, content) -> results.saveFile(runId, name, content));
                runs.markSucceeded(
                        runId,
                        projection.months().get(0).toString(),
                        projection.months().size(),
                        projection.series().size(),
                        run.draws() == 0 ? 1 : run.draws());
            });
            audit.record(
                    run.owner(),
                    "run.finish",
                    "run " + runId + " succeeded: " + projection.series().size() + " series");
        } catch (Exception e) {
            if (causedBy(e, Cancelled.class) || live.cancelRequested(runId)) {
                runs.markFinished(
                        runId,
                        RunStatus.CANCELLED,
                        "cancelled after " + done[0] + (run.kind() == RunKind.MUTUAL_AID ? " s of search" : " draws"),
                        done[0]);
                audit.record(run.owner(), "run.finish", "run " + runId + " cancelled");
            } else {
                LOG.warn("run {} failed", runId, e);
                runs.markFinished(runId, RunStatus.FAILED, String.valueOf(e.getMessage()), done[0]);
                audit.record(run.owner(), "run.finish", "run " + runId + " failed: " + e.getMessage());
            }
        } finally {
            live.ended(runId);
        }
    }

    private RunWork.Progress progress(long runId, int[] done) {
        return new RunWork.Progress() {
            @Override
            public void update(int completed, int total) {
                done[0] = completed;
                live.update(runId, completed, total);
            }

            @Override
            public boolean cancelRequested() {
                return live.cancelRequested(runId);
            }

            @Override
            public void stopIfCancelled() {
                if (live.cancelRequested(runId)) throw new Cancelled();
            }
        };
    }

    /**
     * A comparison: every chosen scenario and the baseline on the same draws, stored as the files the CLI
     * writes, with progress and cancel between draws as for a projection.
     */
    private void compare(Run run, SystemModel model, int[] done) throws IOException {
        List<Scenario> chosen = run.scenarios().stream()
                .map(code -> model.scenario(code)
                        .orElseThrow(() ->
                                new IllegalStateException("dataset " + run.datasetId() + " has no scenario " + code)))
                .toList();
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                run.years(),
                run.draws(),
                run.seed(),
                Runtime.getRuntime().availableProcessors(),
                new LinkedHashSet<>(run.targetCapabilities()),
                run.targetFte() == null ? 0 : run.targetFte(),
                live.baseline(run.id()));
        ScenarioComparison.Result result = new ScenarioComparison(model, chosen, run.years())
                .run(settings, (completed, all) -> {
                    if (live.cancelRequested(run.id())) throw new Cancelled();
                    done[0] = completed;
                    live.update(run.id(), completed, all);
                });
        Path work = Files.createTempDirectory("skillmix-comparison-" + run.id());
        try {
            new ComparisonCsvWriter().write(result, work.resolve(COMPARISON_CSV), work.resolve(COMPARISON_SUMMARY_CSV));
            byte[] gaps = Files.readAllBytes(work.resolve(COMPARISON_CSV));
            byte[] summary = Files.readAllBytes(work.resolve(COMPARISON_SUMMARY_CSV));
            byte[] html = new ComparisonReport(model, result).render().getBytes(StandardCharsets.UTF_8);
            transaction.executeWithoutResult(tx -> {
                results.saveFile(run.id(), COMPARISON_CSV, gaps);
                results.saveFile(run.id(), COMPARISON_SUMMARY_CSV, summary);
                results.saveFile(run.id(), COMPARISON_HTML, html);
                runs.markSucceeded(
                        run.id(),
                        model.info().baseMonth().toString(),
                        settings.months(),
                        result.gaps().size(),
                        run.draws() == 0 ? 1 : run.draws());
            });
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        audit.record(
                run.owner(),
                "comparison.finish",
                "comparison " + run.id() + " succeeded: " + result.scenarios().size() + " scenarios with the baseline");
    }

    /** What run.json says, naming the stored dataset (there is no path on the server a user would know). */
    private static RunManifest manifest(
            Projection projection, StoredDataset dataset, Instant started, Instant finished) {
        ProjectionSettings s = projection.settings();
        double wall = java.time.Duration.between(started, finished).toMillis() / 1000.0;
        return new RunManifest(
                SkillmixVersion.current(),
                "dataset " + dataset.id() + ": " + dataset.name(),
                dataset.sha256(),
                s.seed(),
                s.draws(),
                s.years(),
                s.baseline().code(),
                s.threads(),
                projection.months().get(0),
                projection.months().size(),
                projection.series().size(),
                started,
                finished,
                wall);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
