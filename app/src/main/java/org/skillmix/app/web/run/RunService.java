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
import org.skillmix.core.supply.Baseline;
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

            @Min(value = 1, message = YEARS) @Max(value = 30, message = YEARS)
            Integer years,

            @Min(value = 0, message = DRAWS) @Max(value = 10_000, message = DRAWS)
            Integer draws,

            Long seed,

            @Size(max = 100, message = "a scenario code has at most 100 characters")
            String scenario,

            String baseline) {}

    static final String YEARS = "years must be 1 to 30";
    static final String DRAWS = "draws must be 0 (deterministic) to 10,000";

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

            @Min(value = 1, message = YEARS) @Max(value = 30, message = YEARS)
            Integer years,

            @Min(value = 0, message = DRAWS) @Max(value = 10_000, message = DRAWS)
            Integer draws,

            Long seed,
            List<String> targetCapabilities,

            @PositiveOrZero(message = "the target must be FTE >= 0")
            Double targetFte,

            String baseline) {}

    public Run start(Account account, NewRun request) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        validator.check(request);
        Settings s = settings(account, request.datasetId(), request.years(), request.draws(), request.seed());
        String scenario = request.scenario() == null || request.scenario().isBlank()
                ? BASELINE
                : request.scenario().trim();
        if (!scenario.equals(BASELINE)) requireScenario(request.datasetId(), scenario, "scenario");
        Baseline baseline = baseline(request.datasetId(), request.baseline());
        long id = runs.create(request.datasetId(), account.username(), scenario, s.years(), s.draws(), s.seed());
        audit.record(
                account.username(),
                "run.start",
                "run " + id + " of dataset " + request.datasetId() + ": " + s.years() + " years, " + s.draws()
                        + " draws, seed " + s.seed() + ", scenario " + scenario + ", " + baseline.code()
                        + " baseline");
        live.requestBaseline(id, baseline);
        queue.add(account.username(), id);
        return get(account, id);
    }

    public Run startComparison(Account account, NewComparison request) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        validator.check(request);
        Settings s = settings(account, request.datasetId(), request.years(), request.draws(), request.seed());
        List<String> scenarios = codes(request.scenarios()).stream()
                .filter(c -> !c.equals(BASELINE))
                .toList();
        if (scenarios.isEmpty())
            throw new Invalid("scenarios", "choose at least one scenario to compare with the baseline");
        for (String code : scenarios) requireScenario(request.datasetId(), code, "scenarios");
        List<String> targets = codes(request.targetCapabilities());
        var model = datasets.model(request.datasetId());
        for (String k : targets) {
            if (model.capability(k).isEmpty())
                throw new Invalid("targetCapabilities", "no capability " + k + " in the dataset");
        }
        double targetFte = request.targetFte() == null ? 0 : request.targetFte();
        if (!Double.isFinite(targetFte) || targetFte < 0) throw new Invalid("targetFte", "the target must be FTE >= 0");
        Baseline baseline = baseline(request.datasetId(), request.baseline());
        long id = runs.create(
                RunKind.COMPARISON,
                request.datasetId(),
                account.username(),
                BASELINE,
                scenarios,
                targets,
                targetFte,
                s.years(),
                s.draws(),
                s.seed());
        audit.record(
                account.username(),
                "comparison.start",
                "comparison " + id + " of dataset " + request.datasetId() + ": " + String.join(",", scenarios) + ", "
                        + s.years() + " years, " + s.draws() + " draws, seed " + s.seed() + ", " + baseline.code()
                        + " baseline");
        live.requestBaseline(id, baseline);
        queue.add(account.username(), id);
        return get(account, id);
    }

    /**
     * Queues a mutual-aid plan: analysts and organisation leads (who may upload the staff file) may start one;
     * the caller has checked the inputs. The run's years are the surge's weeks and its draws the seconds the
     * search may take, so the run's progress reads as elapsed of limit.
     *
     * @param beforeQueued called with the new run's id before a worker can take it (to store what the run reads)
     */
    public Run startMutualAid(
            Account account,
            long datasetId,
            long inputId,
            int weeks,
            int seconds,
            long seed,
            java.util.function.LongConsumer beforeQueued) {
        AccessPolicy.require(
                account, Permission.HANDLE_STAFF_FILES, "only an analyst or an organisation lead can plan mutual aid");
        datasets.get(account, datasetId);
        long id = runs.create(
                RunKind.MUTUAL_AID,
                datasetId,
                account.username(),
                "staff and surge " + inputId,
                List.of(),
                List.of(),
                null,
                weeks,
                seconds,
                seed);
        audit.record(
                account.username(),
                "mutual-aid.run",
                "run " + id + " of dataset " + datasetId + " from staff and surge " + inputId + ": " + seconds
                        + " s, seed " + seed);
        beforeQueued.accept(id);
        queue.add(account.username(), id);
        return get(account, id);
    }

    private record Settings(int years, int draws, long seed) {}

    private Settings settings(Account account, Long datasetId, Integer years, Integer draws, Long seed) {
        if (!account.canRun()) throw new Forbidden(null, "only an analyst can start runs");
        if (datasetId == null) throw new Invalid("datasetId", "choose a dataset");
        datasets.get(account, datasetId);
        // The ranges are the request records' constraints, checked by the caller.
        return new Settings(years == null ? 10 : years, draws == null ? 1000 : draws, seed == null ? 20260401L : seed);
    }

    /** The baseline asked for (funded plan when blank), refused when the dataset lacks what it needs. */
    private Baseline baseline(long datasetId, String code) {
        Baseline baseline;
        try {
            baseline = code == null || code.isBlank() ? Baseline.FUNDED_PLAN : Baseline.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new Invalid("baseline", e.getMessage());
        }
        List<String> problems = baseline.problems(datasets.model(datasetId));
        if (!problems.isEmpty()) throw new Invalid("baseline", String.join("; ", problems));
        return baseline;
    }

    private void requireScenario(long datasetId, String code, String field) {
        var model = datasets.model(datasetId);
        if (model.scenario(code).isEmpty()) {
            throw new Invalid(
                    field,
                    "dataset " + datasetId + " has no scenario " + code + "; it has "
                            + (model.scenarios().isEmpty()
                                    ? "none besides baseline"
                                    : String.join(
                                            ", ",
                                            model.scenarios().stream()
                                                    .map(org.skillmix.core.scenario.Scenario::code)
                                                    .toList())));
        }
    }

    private static List<String> codes(List<String> codes) {
        if (codes == null) return List.of();
        return codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
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
            live.ended(id); // forgets the baseline it was queued with
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
