package org.skillmix.app.web.plan;

import java.util.function.Predicate;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import org.springframework.stereotype.Service;

/**
 * The board pack of a run or a plan as a PDF, the same as `skillmix board-pack` writes: on the run's dataset
 * version, years, draws, seed and baseline. A run of a scenario (and so a plan) presents that scenario as the
 * portfolio; a baseline run lets the optimiser choose from the dataset's interventions. The reader's small-number
 * suppression applies to the totals in it (an organisation lead sees "[c]" where the pages do).
 */
@Service
public class BoardPackService {
    private final RunService runs;
    private final ResultService results;
    private final DatasetService datasets;
    private final AuditLog audit;

    BoardPackService(RunService runs, ResultService results, DatasetService datasets, AuditLog audit) {
        this.runs = runs;
        this.results = results;
        this.datasets = datasets;
        this.audit = audit;
    }

    public byte[] ofRun(Account account, long runId) {
        byte[] pdf = pdf(account, runs.get(account, runId), CqcEvidence.Records.NONE);
        audit.record(account.username(), "download", "board pack of run " + runId);
        return pdf;
    }

    /** A plan's pack: its run's, with the plan's sign-off record in the CQC evidence. */
    byte[] ofPlan(Account account, Plan plan) {
        long approved = plan.partners().stream()
                .filter(p -> p.decision() == Plan.Decision.APPROVED)
                .count();
        String record = String.format(
                "plan %d version %d \"%s\" is %s; %d of %d partner organisations approved%s.",
                plan.id(),
                plan.version(),
                plan.title(),
                plan.status().name().toLowerCase(java.util.Locale.ROOT),
                approved,
                plan.partners().size(),
                plan.publishedAt() == null ? "" : ", published " + plan.publishedAt());
        byte[] pdf = pdf(account, runs.get(account, plan.runId()), new CqcEvidence.Records(record, null));
        audit.record(plan.icbCode(), account.username(), "download", "board pack of plan " + plan.id());
        return pdf;
    }

    private byte[] pdf(Account account, Run run, CqcEvidence.Records records) {
        if (run.kind() != RunKind.PROJECTION || run.status() != RunStatus.SUCCEEDED)
            throw new Conflict(
                    "runId", "a board pack is made of a finished projection run; run " + run.id() + " is not");
        SystemModel model = datasets.model(run.datasetId());
        BoardPackRequest request = BoardPackRequest.of(
                run.years(),
                run.draws(),
                Math.min(run.draws(), BoardPackRequest.DEFAULT_MARGINAL_DRAWS),
                run.seed(),
                null,
                run.baseline() == null ? Baseline.FUNDED_PLAN : RunDefaults.baseline(run.baseline()),
                null,
                BoardPackRequest.DEFAULT_MAX_LEVEL,
                0.0,
                run.scenario());
        Predicate<SeriesKey> hidden = key ->
                results.series(account, run.id(), key.measure().code(), key.capability(), null, null, null, key.place())
                                .suppressed()
                        != null;
        BoardPackUseCase packs = new BoardPackUseCase();
        var pack = packs.analyse(model, request, org.skillmix.usecase.Progress.NONE, line -> {});
        // The copy with the reader's own suppression applied.
        return packs.kept(pack, records, hidden).bytes(BoardPackUseCase.PARTNERS_PDF);
    }
}
