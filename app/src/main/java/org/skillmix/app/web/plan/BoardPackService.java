package org.skillmix.app.web.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.result.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackFiles;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.boardpack.CqcEvidence;
import org.springframework.stereotype.Service;

/**
 * The board pack of a run or a plan as a PDF, the same as `skillmix board-pack` writes: on the run's dataset
 * version, years, draws, seed and baseline. A run of a scenario (and so a plan) presents that scenario as the
 * portfolio; a baseline run lets the optimiser choose from the dataset's interventions. The reader's small-number
 * suppression applies to the totals in it (an organisation lead sees "[c]" where the pages do).
 */
@Service
public class BoardPackService {
    /** Draws of each intervention's own run when the optimiser chooses (as the command's default). */
    static final int MARGINAL_DRAWS = 100;

    private final RunService runs;
    private final ResultService results;
    private final ResultStore store;
    private final DatasetService datasets;
    private final AuditLog audit;

    BoardPackService(
            RunService runs, ResultService results, ResultStore store, DatasetService datasets, AuditLog audit) {
        this.runs = runs;
        this.results = results;
        this.store = store;
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
        Scenario chosen = RunService.BASELINE.equals(run.scenario())
                ? null
                : model.scenario(run.scenario()).orElse(null);
        BoardPackSettings settings = new BoardPackSettings(
                run.years(),
                run.draws(),
                Math.min(run.draws(), MARGINAL_DRAWS),
                run.seed(),
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                baseline(run.id()),
                null,
                3,
                0);
        BoardPack pack = BoardPack.of(model, settings, chosen, line -> {});
        Predicate<SeriesKey> hidden = key ->
                results.series(account, run.id(), key.measure().code(), key.capability(), null, null, null, key.place())
                                .suppressed()
                        != null;
        try {
            return BoardPackFiles.pdf(pack, records, hidden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline the run projected against, from its run.json (funded plan for a run from before baselines). */
    private Baseline baseline(long runId) {
        try {
            byte[] json = store.file(runId, "run.json").orElse(null);
            if (json == null) return Baseline.FUNDED_PLAN;
            String code = org.skillmix.data.export.RunManifest.fromJson(
                            new String(json, java.nio.charset.StandardCharsets.UTF_8))
                    .baseline();
            return code == null ? Baseline.FUNDED_PLAN : Baseline.ofCode(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
