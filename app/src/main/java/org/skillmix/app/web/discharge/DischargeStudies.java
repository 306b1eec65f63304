package org.skillmix.app.web.discharge;

import java.nio.file.Path;
import java.util.List;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.PublishedData;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.published.MetricsImportException;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.discharge.DischargeStudyRequest;
import org.skillmix.usecase.discharge.DischargeStudyUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * `skillmix discharge` in the web application: {@link DischargeStudyUseCase} on the server's published daily series
 * of the caller's own ICS, split into the places of one of its datasets when one is named, and stored with its files
 * (discharge-fit.txt and discharge-fit.html) for download.
 *
 * <p>Answered within the request, as an import is (DatasetImports): the study is one fit and a few runs of the flow
 * model, seconds of work with no count to show progress by, and not a run of a dataset's (without one it has none).
 */
@Service
public class DischargeStudies {
    private final DatasetService datasets;
    private final PublishedData published;
    private final DischargeStudyStore store;
    private final AuditLog audit;

    public DischargeStudies(
            DatasetService datasets, PublishedData published, DischargeStudyStore store, AuditLog audit) {
        this.datasets = datasets;
        this.published = published;
        this.store = store;
        this.audit = audit;
    }

    /**
     * What to study: {@link DischargeStudyRequest}'s settings but the ICB and the folder. Null is the use case's
     * default (no extra care workers, 6 months held back, 12 trained on, capacity fitted).
     *
     * @param datasetId the dataset (of the caller's ICS) whose places split the ICB; null: the ICB as one
     * @param icb       an administrator's choice of ICB; an analyst's is their own (naming another is refused)
     */
    public record StudyRequest(
            Long datasetId,
            String icb,
            Double extraCareWorkers,
            String place,
            Integer heldBackMonths,
            Integer trainingMonths,
            Double utilisation) {}

    /**
     * Runs and stores the study.
     *
     * @throws Invalid (400) for a setting the use case refuses, naming it
     * @throws Unusable (422) when the ICB's published files cannot be used
     */
    public DischargeStudy run(Account account, StudyRequest asked) {
        AccessPolicy.require(account, Permission.START_RUNS, "only an analyst can run a discharge study");
        Path from = published.require();
        StoredDataset dataset = asked.datasetId() == null ? null : datasets.get(account, asked.datasetId());
        boolean icbFromDataset =
                dataset != null && (asked.icb() == null || asked.icb().isBlank());
        String icb = AccessPolicy.icbOfRequest(account, icbFromDataset ? dataset.icbCode() : asked.icb());
        if (dataset != null && !dataset.icbCode().equalsIgnoreCase(icb)) {
            throw new Invalid(
                    "datasetId", "dataset " + dataset.id() + " is ICB " + dataset.icbCode() + "'s, not " + icb);
        }
        DischargeStudyRequest request = Invalid.unlessRefused(() -> new DischargeStudyRequest(
                icb,
                from,
                asked.extraCareWorkers() == null ? 0 : asked.extraCareWorkers(),
                asked.place(),
                orDefault(asked.heldBackMonths(), DischargeStudyRequest.DEFAULT_HELD_BACK_MONTHS),
                orDefault(asked.trainingMonths(), DischargeStudyRequest.DEFAULT_TRAINING_MONTHS),
                asked.utilisation()));
        DischargeStudyUseCase.Result result;
        try (PublishedData.Turn turn = published.turn()) {
            DischargeStudyUseCase study = new DischargeStudyUseCase();
            IcbDischargeData data = study.read(request);
            SystemModel system = dataset == null ? null : datasets.model(dataset.id());
            result = study.run(request, data, system);
        } catch (InvalidSetting e) {
            throw new Invalid(e.field(), e.getMessage());
        } catch (MetricsImportException | IllegalArgumentException e) {
            // As the command line: the published files cannot answer for this ICB (a short or missing series).
            throw new Unusable(e.getMessage());
        }
        DischargeStudy stored = store.store(
                icb,
                dataset == null ? null : dataset.id(),
                account.username(),
                new DischargeStudy.Settings(
                        request.extraCareWorkers(),
                        request.place(),
                        request.heldBackMonths(),
                        request.trainingMonths(),
                        request.utilisation()),
                result.outputs());
        audit.record(
                icb,
                account.username(),
                "discharge.study",
                "discharge study " + stored.id() + (dataset == null ? "" : " with dataset " + dataset.id()));
        return stored;
    }

    /** The studies of the ICSs the account sees, newest first. */
    public List<DischargeStudy> list(Account account) {
        return store.all().stream()
                .filter(s -> AccessPolicy.seesSystem(account, s.icbCode()))
                .toList();
    }

    public DischargeStudy get(Account account, long id) {
        DischargeStudy study = store.find(id).orElseThrow(() -> new NotFound("studyId", "no discharge study " + id));
        AccessPolicy.requireSystem(account, study.icbCode(), "studyId", "discharge study " + id);
        return study;
    }

    /** One of the study's files by name (discharge-fit.txt or discharge-fit.html). */
    public DischargeStudyStore.StudyFile file(Account account, long id, String name) {
        get(account, id);
        return store.file(id, name)
                .orElseThrow(() -> new NotFound(
                        "name",
                        "discharge study " + id + " has no file " + name + "; it has " + DischargeStudyUseCase.FIT_TXT
                                + " and " + DischargeStudyUseCase.FIT_HTML));
    }

    private static int orDefault(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    /** Answered as 422: the ICB's published files cannot be used for the study (the command line's exit 2). */
    public static final class Unusable extends ApiException {
        Unusable(String message) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "from", message);
        }
    }
}
