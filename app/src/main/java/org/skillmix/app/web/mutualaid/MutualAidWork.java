package org.skillmix.app.web.mutualaid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.app.web.run.RunWork;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.mutualaid.MutualAidBound;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.MutualAidSolver;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.MutualAidCsv;
import org.skillmix.data.report.MutualAidReport;
import org.skillmix.data.staff.MutualAidInputs;
import org.skillmix.usecase.Progress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mutual-aid plan run: reads the stored files back through the same readers as the upload, solves for the
 * run's seconds and stores the files `skillmix mutual-aid` writes. Cancel interrupts the solver's thread, which
 * Timefold takes as "stop now and return the best plan so far"; the plan is then dropped, as a cancelled
 * projection is.
 */
@Component
class MutualAidWork implements RunWork {
    /** How often the elapsed time, the best cover and a cancel request are looked at. */
    private static final long TICK_MILLIS = 250;

    private final MutualAidStore store;
    private final MutualAidLive live;
    private final DatasetService datasets;
    private final RunRepository runs;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    MutualAidWork(
            MutualAidStore store,
            MutualAidLive live,
            DatasetService datasets,
            RunRepository runs,
            ResultStore results,
            TransactionTemplate transaction,
            AuditLog audit) {
        this.store = store;
        this.live = live;
        this.datasets = datasets;
        this.runs = runs;
        this.results = results;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public RunKind kind() {
        return RunKind.MUTUAL_AID;
    }

    @Override
    public void execute(Run run, Progress progress) throws Exception {
        MutualAidStore.PlanRecord record = store.plan(run.id())
                .orElseThrow(() -> new IllegalStateException("run " + run.id() + " has no mutual-aid plan"));
        MutualAidInput input = store.input(record.inputId())
                .orElseThrow(() ->
                        new IllegalStateException("the staff and surge files " + record.inputId() + " were deleted"));
        MutualAidStore.Files files = store.files(input.id());
        SystemModel system = datasets.model(run.datasetId());
        // Read again as the upload was read: the stored bytes passed, so this cannot fail unless the readers changed.
        MutualAidInputs inputs = MutualAidInputs.read(
                new MutualAidInputs.File(files.staffFileName(), files.staff()),
                new MutualAidInputs.File(files.surgeFileName(), files.surge()),
                system,
                input.firstDay());
        MutualAidPlan problem = inputs.problem();
        long bound = MutualAidBound.criticalCentiBound(problem);
        live.update(run.id(), new MutualAidLive.Best(0, 0, bound));

        int seconds = record.seconds();
        Thread solving = Thread.currentThread();
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "skillmix-mutual-aid-tick-" + run.id());
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(
                () -> {
                    progress.update((int) Math.min(seconds, (System.nanoTime() - started) / 1_000_000_000L), seconds);
                    if (progress.cancelRequested()) solving.interrupt();
                },
                TICK_MILLIS,
                TICK_MILLIS,
                TimeUnit.MILLISECONDS);
        long[] lastBest = {0};
        MutualAidPlan plan;
        try {
            plan = new MutualAidSolver(Duration.ofSeconds(seconds), null, run.seed()).solve(problem, best -> {
                long now = System.nanoTime();
                // Counting the cover walks every assignment: a few times a second is plenty for a progress line.
                if (now - lastBest[0] < TICK_MILLIS * 1_000_000L) return;
                lastBest[0] = now;
                live.update(run.id(), new MutualAidLive.Best(best.coveredCenti(true), best.coveredCenti(false), bound));
            });
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(1, TimeUnit.SECONDS);
            // An interrupt meant for the solver must not reach the worker's loop or the database driver.
            Thread.interrupted();
            live.ended(run.id());
        }
        progress.stopIfCancelled();
        if (plan.getScore() != null && plan.getScore().hardScore(0) < 0) {
            throw new IllegalStateException("the best plan found breaks a hard rule (" + plan.getScore() + ")");
        }

        PlanSummary summary = PlanSummary.of(plan, inputs.weeks());
        byte[] planCsv = bytes(MutualAidCsv.plan(summary));
        byte[] donorCsv = bytes(MutualAidCsv.donorLosses(summary));
        byte[] coverCsv = bytes(MutualAidCsv.cover(summary));
        byte[] html = bytes(MutualAidReport.render(system.info().name(), input.firstDay(), summary));
        transaction.executeWithoutResult(tx -> {
            results.saveFile(run.id(), MutualAidCsv.PLAN, planCsv);
            results.saveFile(run.id(), MutualAidCsv.DONOR_LOSSES, donorCsv);
            results.saveFile(run.id(), MutualAidCsv.COVER, coverCsv);
            results.saveFile(run.id(), MutualAidService.PLAN_HTML, html);
            store.saveFigures(
                    run.id(),
                    bound,
                    summary.coveredCenti(true),
                    summary.coveredCenti(false),
                    summary.neededCenti(true),
                    summary.neededCenti(false));
            runs.markSucceeded(
                    run.id(),
                    input.firstDay().toString(),
                    inputs.weeks(),
                    summary.moves().size(),
                    seconds);
        });
        audit.record(
                run.owner(),
                "mutual-aid.finish",
                "plan " + run.id() + " succeeded: " + summary.moves().size()
                        + " person-weeks of aid, critical cover " + MutualAidCsv.fte(summary.coveredCenti(true))
                        + " of bound "
                        + MutualAidCsv.fte(bound) + " FTE-weeks");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
