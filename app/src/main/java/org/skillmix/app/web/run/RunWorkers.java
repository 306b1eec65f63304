package org.skillmix.app.web.run;

import java.util.ArrayList;
import java.util.List;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.report.SpreadChart;
import org.skillmix.usecase.Cancelled;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.SourceDataset;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.skillmix.usecase.projection.ProjectionRequest;
import org.skillmix.usecase.projection.ProjectionUseCase;
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
        otherWork.forEach(w -> w.kinds().forEach(k -> this.otherWork.put(k, w)));
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
        if (run.settings() instanceof MutualAidRunSettings plan) {
            live.startedTimed(runId, plan.seconds());
        } else if (run.settings() instanceof DrawnRunSettings drawn) {
            live.started(runId, Math.max(1, drawn.draws()));
        } else {
            live.started(runId, 1);
        }
        int[] done = {0};
        try {
            RunWork work = otherWork.get(run.kind());
            if (work != null) {
                work.execute(run, progress(runId, done));
                return;
            }
            SystemModel model = datasets.model(run.datasetId());
            if (run.kind() == RunKind.COMPARISON) {
                compare(run, model, progress(runId, done));
            } else {
                project(run, model, progress(runId, done));
            }
        } catch (Exception e) {
            if (causedBy(e, Cancelled.class) || live.cancelRequested(runId)) {
                runs.markFinished(
                        runId,
                        RunStatus.CANCELLED,
                        "cancelled after " + done[0]
                                + (run.kind() == RunKind.MUTUAL_AID
                                        ? " s of search"
                                        : " " + run.kind().progressUnit()),
                        done[0]);
                audit.record(run.icbCode(), run.owner(), "run.finish", "run " + runId + " cancelled");
            } else {
                LOG.warn("run {} failed", runId, e);
                String words = RunFailure.of(runId, e).words();
                runs.markFinished(runId, RunStatus.FAILED, words, done[0]);
                audit.record(run.icbCode(), run.owner(), "run.finish", "run " + runId + " failed: " + words);
            }
        } finally {
            live.ended(runId);
        }
    }

    private Progress progress(long runId, int[] done) {
        return new Progress() {
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
            public void whenCancelled(Runnable stop) {
                live.whenCancelled(runId, stop);
            }
        };
    }

    /**
     * A projection: the series go to the database, from which the pages and downloads read them (projection.csv
     * is written from them on download, for the rows the account may see), and the other files are stored as
     * they are.
     */
    private void project(Run run, SystemModel model, Progress progress) {
        StoredDataset dataset = datasets.stored(run.datasetId());
        ProjectionRunSettings asked = run.settings(ProjectionRunSettings.class);
        ProjectionRequest request = new ProjectionRequest(
                asked.years(),
                asked.draws(),
                asked.seed(),
                Runtime.getRuntime().availableProcessors(),
                asked.scenario(),
                RunDefaults.baseline(asked.baseline()));
        ProjectionUseCase.Result result = new ProjectionUseCase()
                .run(
                        model,
                        new SourceDataset("dataset " + dataset.id() + ": " + dataset.name(), dataset.sha256()),
                        request,
                        progress);
        Projection projection = result.projection();
        transaction.executeWithoutResult(tx -> {
            results.saveSeries(run.id(), projection);
            // the web serves the projection from its series (and projection.xlsx); the summary files are not offered
            // yet
            saveFiles(
                    run.id(),
                    result.outputs()
                            .without(
                                    ProjectionUseCase.PROJECTION_CSV,
                                    ProjectionUseCase.SUMMARY_CSV,
                                    ProjectionUseCase.SUMMARY_XLSX));
            // The result page's spread charts, drawn from the drivers a run with draws has.
            projection
                    .spreadDrivers()
                    .ifPresent(d -> results.saveFile(
                            run.id(),
                            SpreadChart.FILE_NAME,
                            SpreadChart.json(d, projection.settings().draws())));
            runs.markSucceeded(
                    run.id(),
                    projection.months().get(0).toString(),
                    projection.months().size(),
                    projection.series().size(),
                    asked.draws() == 0 ? 1 : asked.draws());
        });
        audit.record(
                run.icbCode(),
                run.owner(),
                "run.finish",
                "run " + run.id() + " succeeded: " + projection.series().size() + " series");
    }

    /** A comparison: every chosen scenario and the baseline on the same draws, its files stored as named. */
    private void compare(Run run, SystemModel model, Progress progress) {
        ComparisonRunSettings asked = run.settings(ComparisonRunSettings.class);
        ComparisonRequest request = new ComparisonRequest(
                asked.scenarios(),
                asked.years(),
                asked.draws(),
                asked.seed(),
                Runtime.getRuntime().availableProcessors(),
                asked.targetCapabilities(),
                asked.targetFte() == null ? 0 : asked.targetFte(),
                RunDefaults.baseline(asked.baseline()));
        ComparisonUseCase.Result result = new ComparisonUseCase().run(model, request, progress);
        transaction.executeWithoutResult(tx -> {
            saveFiles(run.id(), result.outputs());
            runs.markSucceeded(
                    run.id(),
                    model.info().baseMonth().toString(),
                    request.years() * 12,
                    result.comparison().gaps().size(),
                    asked.draws() == 0 ? 1 : asked.draws());
        });
        audit.record(
                run.icbCode(),
                run.owner(),
                "comparison.finish",
                "comparison " + run.id() + " succeeded: "
                        + result.comparison().scenarios().size() + " scenarios with the baseline");
    }

    private void saveFiles(long runId, Outputs outputs) {
        for (Output o : outputs.all()) results.saveFile(runId, o.name(), o.bytes());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
