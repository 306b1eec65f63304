package org.skillmix.app.web.mutualaid;

import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.run.MutualAidRunSettings;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.app.web.run.RunWork;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.MutualAidCsv;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mutual-aid plan run: reads the stored files back through the same readers as the upload and runs
 * {@link MutualAidUseCase} for the run's seconds, storing the files `skillmix mutual-aid` writes. A cancel stops
 * the solver at once through Timefold's own early termination; the plan is then dropped, as a cancelled
 * projection is.
 */
@Component
class MutualAidWork implements RunWork {
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
        MutualAidRunSettings asked = run.settings(MutualAidRunSettings.class);
        MutualAidRequest request = new MutualAidRequest(
                input.firstDay(), asked.seconds(), asked.seed(), asked.steps(), asked.supplyBaseline());
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        // Read again as the upload was read: the stored bytes passed, so this cannot fail unless the readers changed.
        MutualAidInputs inputs = mutualAid.read(
                system,
                new MutualAidInputs.File(files.staffFileName(), files.staff()),
                new MutualAidInputs.File(files.surgeFileName(), files.surge()),
                request);
        MutualAidUseCase.Result plan;
        try {
            plan = mutualAid.run(
                    system,
                    inputs,
                    request,
                    progress,
                    best -> live.update(
                            run.id(),
                            new MutualAidLive.Best(best.criticalCenti(), best.otherCenti(), best.boundCenti())));
        } finally {
            live.ended(run.id());
        }
        PlanSummary summary = plan.summary();
        transaction.executeWithoutResult(tx -> {
            for (Output o : plan.outputs().all()) results.saveFile(run.id(), o.name(), o.bytes());
            store.saveFigures(
                    run.id(),
                    plan.boundCenti(),
                    summary.coveredCenti(true),
                    summary.coveredCenti(false),
                    summary.neededCenti(true),
                    summary.neededCenti(false));
            runs.markSucceeded(run.id(), asked.seconds());
        });
        audit.record(
                run.icbCode(),
                run.owner(),
                "mutual-aid.finish",
                "plan " + run.id() + " succeeded: " + summary.moves().size()
                        + " person-weeks of aid, critical cover " + MutualAidCsv.fte(summary.coveredCenti(true))
                        + " of bound "
                        + MutualAidCsv.fte(plan.boundCenti()) + " FTE-weeks");
    }
}
