package org.skillmix.app.web.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.app.web.run.RunWork;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.bank.BankRequest;
import org.skillmix.usecase.bank.BankUseCase;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import org.skillmix.usecase.design.DesignRequest;
import org.skillmix.usecase.design.DesignUseCase;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.optimise.OptimiseUseCase;
import org.skillmix.usecase.winter.WinterRequest;
import org.skillmix.usecase.winter.WinterUseCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A winter plan, bank fill, portfolio, design or board pack run: its stored settings and files go to the use case the command
 * of the same name calls, and its outputs are stored under the names the command writes. A cancel between the use
 * case's end and the store drops the outputs, as a cancelled projection's are.
 */
@Component
class AnalysisWork implements RunWork {
    /** The settings records as stored (analysis_settings.settings). */
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String SURGE = "surge";
    static final String BANK = "bank";
    static final String SHIFTS = "shifts";

    private final AnalysisStore store;
    private final DatasetService datasets;
    private final RunRepository runs;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final BoardPackWork boardPacks;

    AnalysisWork(
            AnalysisStore store,
            DatasetService datasets,
            RunRepository runs,
            ResultStore results,
            TransactionTemplate transaction,
            AuditLog audit,
            BoardPackWork boardPacks) {
        this.boardPacks = boardPacks;
        this.store = store;
        this.datasets = datasets;
        this.runs = runs;
        this.results = results;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public RunKind kind() {
        return RunKind.WINTER;
    }

    @Override
    public Set<RunKind> kinds() {
        return Set.of(RunKind.WINTER, RunKind.BANK, RunKind.OPTIMISE, RunKind.DESIGN, RunKind.BOARD_PACK);
    }

    /** The settings record of a run of this kind. */
    static Object settings(RunKind kind, String json) {
        return JSON.readValue(json, settingsType(kind));
    }

    static Class<?> settingsType(RunKind kind) {
        return switch (kind) {
            case WINTER -> WinterRequest.class;
            case BANK -> BankRequest.class;
            case OPTIMISE -> OptimiseRequest.class;
            case DESIGN -> DesignRequest.class;
            case BOARD_PACK -> BoardPackRequest.class;
            default -> throw new IllegalArgumentException(kind + " is not an analysis");
        };
    }

    /** The files a run of this kind stores, in the order its page lists them. */
    static List<String> outputNames(RunKind kind) {
        return switch (kind) {
            case WINTER -> List.of(WinterUseCase.WINTER_PLAN_CSV, WinterUseCase.WINTER_PLAN_HTML);
            case BANK ->
                List.of(BankUseCase.FILLS_CSV, BankUseCase.COVER_CSV, BankUseCase.FILL_RATE_CSV, BankUseCase.BANK_HTML);
            case OPTIMISE -> List.of(OptimiseUseCase.PORTFOLIO_CSV, OptimiseUseCase.PORTFOLIO_TXT);
            case DESIGN -> List.of(DesignUseCase.DESIGN_CSV, DesignUseCase.SUPERVISION_CSV);
            // the partners' PDF is stored beside the full one and served in its place (AnalysisResults)
            case BOARD_PACK -> List.of(BoardPackUseCase.PDF, BoardPackUseCase.CQC_CSV);
            default -> List.of();
        };
    }

    @Override
    public void execute(Run run, Progress progress) throws Exception {
        SystemModel system = datasets.model(run.datasetId());
        Object settings = settings(run.kind(), store.settings(run.id()));
        Map<String, Upload> inputs = store.inputs(run.id());
        Outputs outputs;
        if (settings instanceof WinterRequest request) {
            outputs = winter(system, request, inputs);
        } else if (settings instanceof BankRequest request) {
            BankUseCase bank = new BankUseCase();
            BankUseCase.Inputs read =
                    UploadedFiles.read(inputs, files -> bank.read(system, files.get(BANK), files.get(SHIFTS)));
            outputs = bank.run(system, read, request).outputs();
        } else if (settings instanceof OptimiseRequest request) {
            outputs = new OptimiseUseCase().run(system, request, progress).outputs();
        } else if (settings instanceof DesignRequest request) {
            outputs = new DesignUseCase().run(system, request).outputs();
        } else if (settings instanceof BoardPackRequest request) {
            outputs = boardPacks.make(run, request, progress);
        } else {
            throw new IllegalStateException("run " + run.id() + " has settings " + settings);
        }
        progress.stopIfCancelled();
        progress.update(1, 1);
        transaction.executeWithoutResult(tx -> {
            for (Output o : outputs.all()) results.saveFile(run.id(), o.name(), o.bytes());
            runs.markSucceeded(run.id(), 1);
        });
        audit.record(
                run.icbCode(),
                run.owner(),
                "analysis.finish",
                run.kind().name().toLowerCase() + " run " + run.id() + " succeeded: " + outputs.listed());
    }

    private static Outputs winter(SystemModel system, WinterRequest request, Map<String, Upload> inputs) {
        WinterUseCase winter = new WinterUseCase();
        List<SurgeUplift> surge = inputs.containsKey(SURGE)
                ? UploadedFiles.read(inputs, files -> winter.readSurge(system, files.get(SURGE), request))
                : List.of();
        return winter.run(system, surge, request).outputs();
    }
}
