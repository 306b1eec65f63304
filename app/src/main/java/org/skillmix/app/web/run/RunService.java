package org.skillmix.app.web.run;

import java.util.List;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.system.DatasetService;
import org.springframework.stereotype.Service;

/** Starting, watching and cancelling runs; the work itself is {@link RunWorkers}'. */
@Service
public class RunService {
    /** The run form's only scenario until scenarios exist (a later issue). */
    public static final String BASELINE = "baseline";

    private final RunRepository runs;
    private final DatasetService datasets;
    private final FairRunQueue queue;
    private final LiveRuns live;
    private final AuditLog audit;

    public RunService(RunRepository runs, DatasetService datasets, FairRunQueue queue, LiveRuns live, AuditLog audit) {
        this.runs = runs;
        this.datasets = datasets;
        this.queue = queue;
        this.live = live;
        this.audit = audit;
    }

    public record NewRun(Long datasetId, Integer years, Integer draws, Long seed, String scenario) {
    }

    public Run start(Account account, NewRun request) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        if (request.datasetId() == null) throw new Invalid("datasetId", "choose a dataset");
        datasets.get(account, request.datasetId());
        int years = request.years() == null ? 10 : request.years();
        int draws = request.draws() == null ? 1000 : request.draws();
        long seed = request.seed() == null ? 20260401L : request.seed();
        if (years < 1 || years > 30) throw new Invalid("years", "years must be 1 to 30");
        if (draws < 0 || draws > 10_000) throw new Invalid("draws", "draws must be 0 (deterministic) to 10,000");
        String scenario = request.scenario() == null || request.scenario().isBlank() ? BASELINE : request.scenario();
        if (!scenario.equals(BASELINE)) throw new Invalid("scenario", "only the baseline scenario exists so far");
        long id = runs.create(request.datasetId(), account.username(), scenario, years, draws, seed);
        audit.record(account.username(), "run.start", "run " + id + " of dataset " + request.datasetId() + ": " + years
                + " years, " + draws + " draws, seed " + seed);
        queue.add(account.username(), id);
        return get(account, id);
    }

    public Run get(Account account, long id) {
        Run run = runs.find(id).orElseThrow(() -> new NotFound("runId", "no run " + id));
        if (!account.seesSystem(run.icbCode())) throw new Forbidden("runId", "run " + id + " is another ICS's");
        return withLiveProgress(run);
    }

    public List<Run> list(Account account) {
        return runs.all().stream().filter(r -> account.seesSystem(r.icbCode())).map(this::withLiveProgress).toList();
    }

    public Run cancel(Account account, long id) {
        Run run = get(account, id);
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can cancel runs");
        if (run.status().finished()) throw new Conflict("runId", "run " + id + " has already " + run.status().name().toLowerCase());
        if (queue.remove(id) && runs.cancelQueued(id)) {
            audit.record(account.username(), "run.cancel", "run " + id + " (queued)");
        } else {
            live.requestCancel(id);
            audit.record(account.username(), "run.cancel", "run " + id + " (running)");
        }
        return get(account, id);
    }

    private Run withLiveProgress(Run run) {
        int position = run.status() == RunStatus.QUEUED ? queue.order().indexOf(run.id()) + 1 : 0;
        LiveRuns.Progress p = live.progress(run.id());
        if (run.status() == RunStatus.RUNNING && p != null) return run.withProgress(p.done(), p.total(), position);
        return run.withProgress(run.drawsDone(), run.drawsTotal(), position);
    }

}
