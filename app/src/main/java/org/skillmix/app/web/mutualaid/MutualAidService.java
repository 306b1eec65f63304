package org.skillmix.app.web.mutualaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mutual-aid plans in the web application. Every access rule on them is enforced here. The staff file is
 * personal data: only analysts and organisation leads upload it or see anything drawn from it person by person.
 * An analyst sees the whole plan; an organisation lead sees the moves of their own organisation's people, their
 * own services' lending and the shortfalls in their organisation; a viewer sees cover only (per shortfall, and
 * the plan's totals), never a staff id.
 */
@Service
public class MutualAidService {
    static final String PLAN_HTML = MutualAidUseCase.PLAN_HTML;
    private static final String STAFF_FILES_REFUSED =
            "staff files are personal data: only an analyst or an organisation lead may upload them or plan from them";

    private final MutualAidStore store;
    private final MutualAidLive live;
    private final DatasetService datasets;
    private final RunService runs;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final MutualAidPlans plans;
    private final AuditLog audit;

    public MutualAidService(
            MutualAidStore store,
            MutualAidLive live,
            DatasetService datasets,
            RunService runs,
            ResultStore results,
            TransactionTemplate transaction,
            AuditLog audit,
            MutualAidPlans plans) {
        this.plans = plans;
        this.store = store;
        this.live = live;
        this.datasets = datasets;
        this.runs = runs;
        this.results = results;
        this.transaction = transaction;
        this.audit = audit;
    }

    /**
     * A plan with its figures (FTE-weeks; null until it has succeeded) and, while it runs, the best cover so far.
     *
     * @param scope what of the plan this account sees: "all", "organisation CODE" or "cover only"
     */
    public record PlanStatus(
            Run run,
            long inputId,
            LocalDate firstDay,
            int weeks,
            int seconds,
            String scope,
            Double boundFte,
            Double criticalCoveredFte,
            Double criticalNeededFte,
            Double otherCoveredFte,
            Double otherNeededFte,
            Double gapFte,
            Double gapPercentOfBound,
            Double bestCriticalSoFarFte,
            Double bestOtherSoFarFte) {}

    /** A stored pair of files with the plans made from it. */
    public record InputWithPlans(MutualAidInput input, List<Run> plans) {}

    // ---- inputs ----

    /**
     * Validates both files against the stored dataset with the readers the command line uses and stores them;
     * nothing is stored while any problem remains.
     *
     * @throws UploadProblems (400) with every problem as file, row, column and reason
     */
    public MutualAidInput upload(
            Account account,
            long datasetId,
            LocalDate firstDay,
            MutualAidInputs.File staff,
            MutualAidInputs.File surge) {
        AccessPolicy.require(account, Permission.HANDLE_STAFF_FILES, STAFF_FILES_REFUSED);
        StoredDataset dataset = datasets.get(account, datasetId);
        if (staff == null || staff.content().length == 0) throw new Invalid("staff", "choose the staff file (CSV)");
        if (surge == null || surge.content().length == 0) throw new Invalid("surge", "choose the surge file (CSV)");
        if (firstDay == null) throw new Invalid("firstDay", "give the first day of the surge (YYYY-MM-DD)");
        MutualAidInputs inputs;
        try {
            // The files are checked and counted on the funded plan; each plan reads them again on its own baseline.
            inputs = MutualAidInputs.read(staff, surge, datasets.model(datasetId), firstDay, Baseline.FUNDED_PLAN);
        } catch (DatasetException e) {
            audit.record(
                    dataset.icbCode(),
                    account.username(),
                    "mutual-aid.upload.rejected",
                    "staff and surge files for dataset " + datasetId + ": "
                            + e.errors().size() + " problem(s)");
            throw new UploadProblems(
                    HttpStatus.BAD_REQUEST,
                    e.errors().size() + " problem(s): the staff and surge files" + " were not stored",
                    e.errors().stream()
                            .map(p -> new UploadProblems.ProblemView(
                                    p.file(), p.row(), p.column(), p.reason(), p.isError()))
                            .toList());
        }
        Set<String> staffOrganisations = StaffOrganisations.of(staff.content());
        try {
            AccessPolicy.requireOwnStaff(account, staffOrganisations);
        } catch (Forbidden e) {
            audit.record(
                    dataset.icbCode(),
                    account.username(),
                    "mutual-aid.upload.refused",
                    "staff and surge files for dataset " + datasetId + ": " + e.getMessage());
            throw e;
        }
        long id = store.saveInput(
                dataset.id(),
                firstDay,
                new MutualAidStore.Files(staff.name(), staff.content(), surge.name(), surge.content()),
                inputs.staff().willing().size(),
                inputs.staff().notWilling(),
                inputs.shortfalls().size(),
                inputs.weeks(),
                account.username(),
                staffOrganisations);
        audit.record(
                dataset.icbCode(),
                account.username(),
                "mutual-aid.upload",
                "staff and surge files " + id + " for dataset " + datasetId + ": "
                        + inputs.staff().willing().size() + " willing staff, "
                        + inputs.shortfalls().size() + " shortfalls over "
                        + inputs.weeks() + " weeks from " + firstDay);
        return input(account, id);
    }

    public MutualAidInput input(Account account, long inputId) {
        MutualAidInput input =
                store.input(inputId).orElseThrow(() -> new NotFound("inputId", "no staff and surge files " + inputId));
        datasets.of(account, input.datasetId(), "inputId", "staff and surge files " + inputId);
        return input.seenBy(account);
    }

    public List<InputWithPlans> inputs(Account account, long datasetId) {
        datasets.get(account, datasetId);
        List<InputWithPlans> out = new ArrayList<>();
        for (MutualAidInput input : store.inputs(datasetId)) {
            out.add(new InputWithPlans(
                    input.seenBy(account),
                    store.plans(input.id()).stream()
                            .map(p -> runs.get(account, p.runId()))
                            .toList()));
        }
        return out;
    }

    /** Deletes the files (the staff file's contents) and every plan made from them. */
    public void delete(Account account, long inputId) {
        MutualAidInput input = input(account, inputId);
        if (!AccessPolicy.mayDeleteStaffFiles(account, input.uploadedBy())) {
            throw new Forbidden(
                    null, "only an analyst or the person who uploaded them can delete staff and surge files");
        }
        for (MutualAidStore.PlanRecord p : store.plans(inputId)) {
            if (!runs.get(account, p.runId()).status().finished()) {
                throw new Conflict("inputId", "plan " + p.runId() + " is still queued or running: cancel it first");
            }
        }
        transaction.executeWithoutResult(tx -> store.deleteInput(inputId));
        audit.record(
                datasets.get(account, input.datasetId()).icbCode(),
                account.username(),
                "mutual-aid.delete",
                "staff and surge files " + inputId + " of dataset " + input.datasetId() + " and their plans");
    }

    /**
     * The page's one form: stores the files and queues a plan from them. Who may is asked first, then the search's
     * settings and the baseline (against the dataset) are checked, before anything is stored: a caller who may not
     * upload is refused whatever the form holds (PageAuthorizationMatrixTest), and a bad setting leaves no files
     * behind.
     *
     * @param baseline the supply baseline: funded-plan (when blank) or current-trends ({@link Baseline})
     */
    public Run uploadAndPlan(
            Account account,
            long datasetId,
            LocalDate firstDay,
            Integer seconds,
            String baseline,
            MutualAidInputs.File staff,
            MutualAidInputs.File surge) {
        AccessPolicy.require(account, Permission.HANDLE_STAFF_FILES, STAFF_FILES_REFUSED);
        datasets.get(account, datasetId);
        request(datasetId, firstDay, seconds, null, null, baseline);
        MutualAidInput input = upload(account, datasetId, firstDay, staff, surge);
        return start(account, input.id(), seconds, null, null, baseline);
    }

    // ---- plans ----

    /**
     * Queues a plan from stored files: the search runs for the given seconds (1 to 600), and stops after the given
     * steps as well if any (the same seed then gives the same plan); a surge of extra demand is planned against the
     * winter plan on the baseline.
     *
     * @param baseline the supply baseline: funded-plan (when blank) or current-trends ({@link Baseline})
     */
    public Run start(Account account, long inputId, Integer seconds, Long seed, Integer steps, String baseline) {
        AccessPolicy.require(account, Permission.HANDLE_STAFF_FILES, STAFF_FILES_REFUSED);
        MutualAidInput input = input(account, inputId);
        if (!AccessPolicy.mayPlanFrom(account, input.staffOrganisations())) {
            throw new Forbidden(
                    "inputId",
                    "an organisation lead plans only from staff files of their own organisation's staff ("
                            + account.orgCode() + "); these files hold staff of "
                            + (input.staffOrganisations() == null
                                    ? "organisations not recorded"
                                    : String.join(", ", input.staffOrganisations())));
        }
        MutualAidRequest request = request(input.datasetId(), input.firstDay(), seconds, seed, steps, baseline);
        return runs.startMutualAid(
                account,
                input.datasetId(),
                input.id(),
                input.weeks(),
                request,
                runId -> store.savePlan(runId, input.id(), request.seconds()));
    }

    /**
     * The plan's settings, checked: the search's limits, and the baseline against the dataset (current trends need
     * its trend rows).
     *
     * @throws Invalid (400) naming the field
     */
    private MutualAidRequest request(
            long datasetId, LocalDate firstDay, Integer seconds, Long seed, Integer steps, String baseline) {
        return Invalid.unlessRefused(() -> {
            MutualAidRequest request =
                    MutualAidRequest.of(firstDay, seconds, seed, steps, RunDefaults.baseline(baseline));
            new MutualAidUseCase().check(datasets.model(datasetId), request);
            return request;
        });
    }

    public PlanStatus status(Account account, long runId) {
        Run run = plan(account, runId);
        MutualAidStore.PlanRecord p = store.plan(runId).orElseThrow();
        MutualAidInput input = store.input(p.inputId()).orElseThrow();
        MutualAidLive.Best best = run.status() == RunStatus.RUNNING ? live.get(runId) : null;
        Long bound = p.boundCenti() != null ? p.boundCenti() : best == null ? null : best.boundCenti();
        Long gap = p.boundCenti() == null ? null : p.boundCenti() - p.criticalCenti();
        return new PlanStatus(
                run,
                input.id(),
                input.firstDay(),
                input.weeks(),
                p.seconds(),
                scope(account),
                fte(bound),
                fte(p.criticalCenti()),
                fte(p.criticalNeededCenti()),
                fte(p.otherCenti()),
                fte(p.otherNeededCenti()),
                fte(gap),
                gap == null ? null : p.boundCenti() == 0 ? 0.0 : 100.0 * gap / p.boundCenti(),
                best == null ? null : fte(best.criticalCenti()),
                best == null ? null : fte(best.otherCenti()));
    }

    public Run cancel(Account account, long runId) {
        plan(account, runId);
        return runs.cancel(account, runId);
    }

    // ---- access ----

    static String scope(Account account) {
        if (!account.may(Permission.READ_STAFF_MOVES)) return "cover only";
        if (AccessPolicy.seesEveryOrganisation(account)) return "all";
        return "organisation " + account.orgCode();
    }

    private Run plan(Account account, long runId) {
        return plans.plan(account, runId);
    }

    private static Double fte(Long centi) {
        return centi == null ? null : centi / 100.0;
    }
}
