package org.skillmix.app.web.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.api.RequestValidator;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.skillmix.usecase.projection.ProjectionRequest;
import org.skillmix.usecase.projection.ProjectionUseCase;
import org.springframework.stereotype.Service;

/** Starting, watching and cancelling runs; the work itself is {@link RunWorkers}'. */
@Service
public class RunService {
    /** The scenario without interventions, always available. */
    public static final String BASELINE = org.skillmix.core.scenario.Scenario.BASELINE;

    private final RunRepository runs;
    private final DatasetService datasets;
    private final FairRunQueue queue;
    private final LiveRuns live;
    private final AuditLog audit;
    private final RequestValidator validator;

    public RunService(
            RunRepository runs,
            DatasetService datasets,
            FairRunQueue queue,
            LiveRuns live,
            AuditLog audit,
            RequestValidator validator) {
        this.validator = validator;
        this.runs = runs;
        this.datasets = datasets;
        this.queue = queue;
        this.live = live;
        this.audit = audit;
    }

    /**
     * A projection to queue; omitted settings take their defaults (10 years, 1,000 draws, the baseline scenario).
     *
     * @param baseline funded-plan (when blank) or current-trends ({@link Baseline})
     */
    public record NewRun(
            @NotNull(message = "choose a dataset") Long datasetId,

            @Min(value = 1, message = YEARS) @Max(value = RunDefaults.MAX_YEARS, message = YEARS)
            Integer years,

            @Min(value = 0, message = DRAWS) @Max(value = RunDefaults.MAX_DRAWS, message = DRAWS)
            Integer draws,

            Long seed,

            @Size(max = 100, message = "a scenario code has at most 100 characters")
            String scenario,

            String baseline) {}

    static final String YEARS = RunDefaults.YEARS_LIMIT;
    static final String DRAWS = RunDefaults.DRAWS_LIMIT;

    /**
     * A comparison to queue: scenarios of the dataset side by side with the baseline on the same seed and draws.
     *
     * @param targetCapabilities capabilities whose gap the target is about (empty or null: all)
     * @param targetFte          report P(target gap &lt; targetFte) (default 0)
     */
    public record NewComparison(
            @NotNull(message = "choose a dataset") Long datasetId,

            @Size(max = 50, message = "compare at most 50 scenarios at once")
            List<String> scenarios,

            @Min(value = 1, message = YEARS) @Max(value = RunDefaults.MAX_YEARS, message = YEARS)
            Integer years,

            @Min(value = 0, message = DRAWS) @Max(value = RunDefaults.MAX_DRAWS, message = DRAWS)
            Integer draws,

            Long seed,
            List<String> targetCapabilities,

            @PositiveOrZero(message = "the target must be FTE >= 0")
            Double targetFte,

            String baseline) {}

    public Run start(Account account, NewRun request) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        validator.check(request);
        StoredDataset dataset = mayRun(account, request.datasetId());
        ProjectionRequest p = Invalid.unlessRefused(() -> {
            ProjectionRequest r = ProjectionRequest.of(
                    request.years(), request.draws(), request.seed(), null, request.scenario(), request.baseline());
            new ProjectionUseCase().check(datasets.model(request.datasetId()), r);
            return r;
        });
        long id = runs.create(
                request.datasetId(),
                account.username(),
                p.scenario(),
                p.years(),
                p.draws(),
                p.seed(),
                p.baseline().code());
        audit.record(
                dataset.icbCode(),
                account.username(),
                "run.start",
                "run " + id + " of dataset " + request.datasetId() + ": " + p.years() + " years, " + p.draws()
                        + " draws, seed " + p.seed() + ", scenario " + p.scenario() + ", "
                        + p.baseline().code()
                        + " baseline");
        queue.add(account.username(), id);
        return get(account, id);
    }

    public Run startComparison(Account account, NewComparison request) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        validator.check(request);
        StoredDataset dataset = mayRun(account, request.datasetId());
        if (ScenarioChoice.codes(request.scenarios()).stream().allMatch(BASELINE::equals))
            throw new Invalid("scenarios", "choose at least one scenario to compare with the baseline");
        ComparisonRequest c = Invalid.unlessRefused(() -> ComparisonRequest.of(
                request.scenarios(),
                request.years(),
                request.draws(),
                request.seed(),
                null,
                request.targetCapabilities(),
                request.targetFte(),
                request.baseline()));
        List<String> scenarios =
                Invalid.unlessRefused(() -> new ComparisonUseCase().check(datasets.model(request.datasetId()), c))
                        .stream()
                        .map(Scenario::code)
                        .toList();
        long id = runs.create(
                RunKind.COMPARISON,
                request.datasetId(),
                account.username(),
                BASELINE,
                scenarios,
                c.targetCapabilities(),
                c.targetFte(),
                c.years(),
                c.draws(),
                c.seed(),
                c.baseline().code());
        audit.record(
                dataset.icbCode(),
                account.username(),
                "comparison.start",
                "comparison " + id + " of dataset " + request.datasetId() + ": " + String.join(",", scenarios) + ", "
                        + c.years() + " years, " + c.draws() + " draws, seed " + c.seed() + ", "
                        + c.baseline().code()
                        + " baseline");
        queue.add(account.username(), id);
        return get(account, id);
    }

    /**
     * Queues a mutual-aid plan: analysts and organisation leads (who may upload the staff file) may start one;
     * the caller has checked the inputs. Its progress reads as seconds of search spent of its seconds.
     *
     * @param beforeQueued called with the new run's id before a worker can take it (to store what the run reads)
     */
    public Run startMutualAid(
            Account account,
            long datasetId,
            long inputId,
            int weeks,
            MutualAidRequest request,
            java.util.function.LongConsumer beforeQueued) {
        AccessPolicy.require(
                account, Permission.HANDLE_STAFF_FILES, "only an analyst or an organisation lead can plan mutual aid");
        StoredDataset dataset = datasets.get(account, datasetId);
        long id = runs.createMutualAid(
                datasetId,
                account.username(),
                weeks,
                request.seconds(),
                request.steps(),
                request.seed(),
                request.baseline().code());
        audit.record(
                dataset.icbCode(),
                account.username(),
                "mutual-aid.run",
                "run " + id + " of dataset " + datasetId + " from staff and surge " + inputId + ": "
                        + request.seconds() + " s" + (request.steps() == null ? "" : ", " + request.steps() + " steps")
                        + ", seed " + request.seed() + ", " + request.baseline().code() + " baseline");
        beforeQueued.accept(id);
        queue.add(account.username(), id);
        return get(account, id);
    }

    private StoredDataset mayRun(Account account, Long datasetId) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        if (datasetId == null) throw new Invalid("datasetId", "choose a dataset");
        return datasets.get(account, datasetId);
    }

    public Run get(Account account, long id) {
        Run run = runs.find(id).orElseThrow(() -> new NotFound("runId", "no run " + id));
        AccessPolicy.requireSystem(account, run.icbCode(), "runId", "run " + id);
        return withLiveProgress(run);
    }

    public List<Run> list(Account account) {
        return runs.all().stream()
                .filter(r -> account.seesSystem(r.icbCode()))
                .map(this::withLiveProgress)
                .toList();
    }

    public List<Run> list(Account account, RunKind kind) {
        return list(account).stream().filter(r -> r.kind() == kind).toList();
    }

    public Run cancel(Account account, long id) {
        Run run = get(account, id);
        if (!AccessPolicy.mayCancel(account, run.owner(), run.kind() == RunKind.MUTUAL_AID))
            throw new Forbidden(null, "only an analyst can cancel runs");
        if (run.status().finished())
            throw new Conflict(
                    "runId", "run " + id + " has already " + run.status().name().toLowerCase());
        if (queue.remove(id) && runs.cancelQueued(id)) {
            live.ended(id);
            audit.record(run.icbCode(), account.username(), "run.cancel", "run " + id + " (queued)");
        } else {
            live.requestCancel(id);
            audit.record(run.icbCode(), account.username(), "run.cancel", "run " + id + " (running)");
        }
        return get(account, id);
    }

    private Run withLiveProgress(Run run) {
        int position = run.status() == RunStatus.QUEUED ? queue.order().indexOf(run.id()) + 1 : 0;
        LiveRuns.Progress p = live.progress(run.id());
        if (run.status() == RunStatus.RUNNING && p != null) return run.withProgress(p.done(), p.total(), position);
        return run.withProgress(run.progress().done(), run.progress().total(), position);
    }
}
