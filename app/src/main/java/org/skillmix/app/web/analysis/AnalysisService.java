package org.skillmix.app.web.analysis;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.api.RequestValidator;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.run.FairRunQueue;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.bank.BankRequest;
import org.skillmix.usecase.bank.BankUseCase;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.design.DesignRequest;
import org.skillmix.usecase.design.DesignUseCase;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.optimise.OptimiseUseCase;
import org.skillmix.usecase.winter.WinterRequest;
import org.skillmix.usecase.winter.WinterUseCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting the analyses the command line has as `winter`, `bank`, `optimise`, `design` and `board-pack`: each request is
 * checked by its use case's settings record and against the dataset (files read as the run will read them) before
 * anything is stored, then queued as a run of its kind. Reading them back is {@link AnalysisResults}'.
 */
@Service
public class AnalysisService {
    static final String YEARS = RunDefaults.YEARS_LIMIT;
    static final String DRAWS = RunDefaults.DRAWS_LIMIT;

    private final RunRepository runs;
    private final RunService runService;
    private final DatasetService datasets;
    private final FairRunQueue queue;
    private final AnalysisStore store;
    private final AuditLog audit;
    private final RequestValidator validator;
    private final TransactionTemplate transaction;
    private final BoardPackStore packs;

    AnalysisService(
            RunRepository runs,
            RunService runService,
            DatasetService datasets,
            FairRunQueue queue,
            AnalysisStore store,
            AuditLog audit,
            RequestValidator validator,
            TransactionTemplate transaction,
            BoardPackStore packs) {
        this.packs = packs;
        this.runs = runs;
        this.runService = runService;
        this.datasets = datasets;
        this.queue = queue;
        this.store = store;
        this.audit = audit;
        this.validator = validator;
        this.transaction = transaction;
    }

    /**
     * A portfolio to choose; omitted settings take `skillmix optimise`'s defaults.
     *
     * @param budgetGbp budget per year, GBP (programme cost plus extra pay bill)
     * @param baseline  the supply baseline of the marginal runs: funded-plan (when blank) or current-trends
     *                  ({@link Baseline})
     */
    public record NewPortfolio(
            @NotNull(message = "give the budget, GBP a year") @PositiveOrZero(message = "the budget must be GBP >= 0")
            Double budgetGbp,

            @Size(max = 100, message = "a scenario code has at most 100 characters")
            String scenario,

            @Min(value = 1, message = RunDefaults.MAX_LEVEL_LIMIT)
            @Max(value = RunDefaults.LARGEST_MAX_LEVEL, message = RunDefaults.MAX_LEVEL_LIMIT)
            Integer maxLevel,

            List<String> targetCapabilities,

            @PositiveOrZero(message = "the target must be FTE >= 0")
            Double targetFte,

            @Min(value = 1, message = YEARS) @Max(value = RunDefaults.MAX_YEARS, message = YEARS)
            Integer years,

            @Min(value = 0, message = DRAWS) @Max(value = RunDefaults.MAX_DRAWS, message = DRAWS)
            Integer draws,

            Long seed,

            @Min(value = 1, message = OptimiseRequest.TIME_LIMIT)
            @Max(value = OptimiseRequest.MAX_TIME_LIMIT_SECONDS, message = OptimiseRequest.TIME_LIMIT)
            Integer timeLimitSeconds,

            String baseline) {}

    /**
     * A workforce design for a financial year (2030 = 2030/31), optionally with a scenario's upskillings.
     *
     * @param baseline whose labour pools limit the roles: funded-plan (when blank) or current-trends ({@link Baseline})
     */
    public record NewDesign(
            @NotNull(message = "give the financial year to design for")
            Integer year,

            @Size(max = 100, message = "a scenario code has at most 100 characters")
            String scenario,

            String baseline) {}

    /** @param baseline the supply baseline: funded-plan (when blank) or current-trends ({@link Baseline}) */
    public Run startWinter(
            Account account, long datasetId, LocalDate from, Integer weeks, String baseline, Upload surge) {
        mayRun(account, datasetId);
        WinterRequest request = Invalid.unlessRefused(() -> new WinterRequest(
                from, weeks == null ? WinterRequest.DEFAULT_WEEKS : weeks, RunDefaults.baseline(baseline)));
        SystemModel system = datasets.model(datasetId);
        Invalid.unlessRefused(() -> {
            new WinterUseCase().check(system, request);
            return request;
        });
        Map<String, Upload> inputs = new LinkedHashMap<>();
        if (surge != null) {
            inputs.put(AnalysisWork.SURGE, surge);
            UploadedFiles.read(
                    inputs, files -> new WinterUseCase().readSurge(system, files.get(AnalysisWork.SURGE), request));
        }
        return queue(
                account,
                RunKind.WINTER,
                datasetId,
                null,
                request,
                inputs,
                "winter plan from " + request.from() + ", " + request.weeks() + " weeks, "
                        + request.baseline().code() + " baseline"
                        + (surge == null ? ", no surge" : ", surge " + surge.name()),
                id -> {});
    }

    public Run startBank(Account account, long datasetId, String caps, Upload pool, Upload shifts) {
        mayRun(account, datasetId);
        if (pool == null) throw new Invalid("bank", "choose the bank pool file (CSV)");
        if (shifts == null) throw new Invalid("shifts", "choose the shifts file (CSV)");
        BankRequest request = Invalid.unlessRefused(() -> new BankRequest(BankCaps.parse(caps)));
        SystemModel system = datasets.model(datasetId);
        BankUseCase bank = new BankUseCase();
        Invalid.unlessRefused(() -> {
            bank.check(system, request);
            return request;
        });
        Map<String, Upload> inputs = new LinkedHashMap<>();
        inputs.put(AnalysisWork.BANK, pool);
        inputs.put(AnalysisWork.SHIFTS, shifts);
        UploadedFiles.read(
                inputs, files -> bank.read(system, files.get(AnalysisWork.BANK), files.get(AnalysisWork.SHIFTS)));
        return queue(
                account,
                RunKind.BANK,
                datasetId,
                null,
                request,
                inputs,
                "bank fill of " + shifts.name() + " from " + pool.name() + ", caps "
                        + (request.caps().isEmpty() ? "none" : request.caps()),
                id -> {});
    }

    public Run startOptimise(Account account, long datasetId, NewPortfolio asked) {
        mayRun(account, datasetId);
        validator.check(asked);
        OptimiseRequest request = Invalid.unlessRefused(() -> OptimiseRequest.of(
                asked.budgetGbp(),
                asked.scenario(),
                asked.maxLevel(),
                asked.targetCapabilities(),
                asked.targetFte(),
                asked.years(),
                asked.draws(),
                asked.seed(),
                null,
                asked.timeLimitSeconds(),
                asked.baseline()));
        int candidates = Invalid.unlessRefused(
                        () -> new OptimiseUseCase().candidates(datasets.model(datasetId), request))
                .size();
        return queue(
                account,
                RunKind.OPTIMISE,
                datasetId,
                request.seed(),
                request,
                Map.of(),
                "portfolio of " + candidates + " interventions, budget GBP " + request.budgetGbp() + " a year, "
                        + request.years() + " years, " + request.draws() + " draws, seed " + request.seed() + ", "
                        + request.baseline().code() + " baseline",
                id -> {});
    }

    public Run startDesign(Account account, long datasetId, NewDesign asked) {
        mayRun(account, datasetId);
        validator.check(asked);
        DesignRequest request = Invalid.unlessRefused(
                () -> new DesignRequest(asked.year(), asked.scenario(), RunDefaults.baseline(asked.baseline())));
        Invalid.unlessRefused(() -> new DesignUseCase().check(datasets.model(datasetId), request));
        return queue(
                account,
                RunKind.DESIGN,
                datasetId,
                null,
                request,
                Map.of(),
                "workforce design for " + request.year() + "/" + (request.year() + 1 - 2000)
                        + (request.scenario() == null ? "" : " with scenario " + request.scenario()) + ", "
                        + request.baseline().code() + " baseline",
                id -> {});
    }

    /**
     * Queues the board pack of a finished projection run, or of a plan of it (its id and sign-off record in words),
     * on the run's dataset version, years, draws, seed, baseline and scenario, as `skillmix board-pack` makes it.
     * The same pack asked for again, made or being made, is that one, not a second: so a published plan, whose
     * record no longer changes, has one pack.
     */
    public Run startBoardPack(Account account, long runId, Long planId, String planRecord) {
        AccessPolicy.require(account, Permission.START_RUNS, "only an analyst can make a board pack");
        Run source = runService.get(account, runId);
        if (source.kind() != RunKind.PROJECTION || source.status() != RunStatus.SUCCEEDED)
            throw new Conflict(
                    "runId", "a board pack is made of a finished projection run; run " + runId + " is not one");
        BoardPackStore.Source wanted = new BoardPackStore.Source(runId, planId, planRecord);
        var made = packs.reusable(wanted);
        if (made.isPresent()) return runService.get(account, made.get());
        ProjectionRunSettings asked = source.settings(ProjectionRunSettings.class);
        BoardPackRequest request = Invalid.unlessRefused(() -> BoardPackRequest.of(
                asked.years(),
                asked.draws(),
                Math.min(asked.draws(), BoardPackRequest.DEFAULT_MARGINAL_DRAWS),
                asked.seed(),
                null,
                asked.baseline() == null ? Baseline.FUNDED_PLAN : RunDefaults.baseline(asked.baseline()),
                null,
                BoardPackRequest.DEFAULT_MAX_LEVEL,
                0.0,
                asked.scenario()));
        return queue(
                account,
                RunKind.BOARD_PACK,
                source.datasetId(),
                null,
                request,
                Map.of(),
                "board pack of " + (planId == null ? "run " + runId : "plan " + planId + " (run " + runId + ")"),
                created -> packs.save(created, wanted));
    }

    /** A run's own board pack (not a plan's): the newest made, else the newest asked for; empty when none was. */
    public Optional<Run> boardPackOfRun(Account account, long runId) {
        runService.get(account, runId);
        return packs.newestOfRun(runId).map(id -> runService.get(account, id));
    }

    /** A plan's board pack, as {@link #boardPackOfRun}; the caller has checked the account may see the plan. */
    public Optional<Run> boardPackOfPlan(Account account, long planId) {
        return packs.newestOfPlan(planId).map(id -> runService.get(account, id));
    }

    /**
     * The board pack whose CQC evidence stands for the ICS of a dataset the account may see: its newest published
     * plan's, else its newest made.
     */
    public Optional<Run> evidencePack(Account account, long datasetId) {
        String icb = datasets.get(account, datasetId).icbCode();
        return packs.evidenceOf(icb).map(id -> runService.get(account, id));
    }

    /** The analysis runs the account may see, newest first. */
    public List<Run> list(Account account) {
        return runService.list(account).stream()
                .filter(r -> r.kind().analysis())
                .toList();
    }

    /** An analysis run the account may see (404 for a run of another kind). */
    public Run get(Account account, long id) {
        Run run = runService.get(account, id);
        if (!run.kind().analysis()) throw new NotFound("id", "no winter plan, bank fill, portfolio or design " + id);
        return run;
    }

    /** Winter plans, portfolios and designs are an analyst's to start, as projections are; so is the bank's fill. */
    private void mayRun(Account account, long datasetId) {
        AccessPolicy.require(account, Permission.START_RUNS, "only an analyst can start an analysis");
        datasets.get(account, datasetId);
    }

    private Run queue(
            Account account,
            RunKind kind,
            long datasetId,
            Long seed,
            Object request,
            Map<String, Upload> inputs,
            String described,
            java.util.function.LongConsumer alsoStore) {
        String settings;
        try {
            settings = AnalysisWork.JSON.writeValueAsString(request);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot store the settings " + request, e));
        }
        Long id = transaction.execute(tx -> {
            long created = runs.createAnalysis(kind, datasetId, account.username(), seed);
            store.save(created, settings, inputs);
            alsoStore.accept(created);
            return created;
        });
        audit.record(
                datasets.get(account, datasetId).icbCode(),
                account.username(),
                "analysis.start",
                kind.name().toLowerCase() + " run " + id + " of dataset " + datasetId + ": " + described);
        queue.add(account.username(), id);
        return runService.get(account, id);
    }
}
