package org.skillmix.app.web.discharge;

import java.util.List;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import org.springframework.stereotype.Service;

/**
 * The discharge question for a stored system ({@link DischargeQuestionUseCase}, docs/discharge.md), asked by whoever
 * may see the system: what N more care workers (or homecare posts) in a place do, and which place's social care
 * staffing binds. A setting the use case refuses is a 400 naming the field.
 */
@Service
public class DischargeService {
    private static final DischargeQuestionUseCase QUESTION = new DischargeQuestionUseCase();

    private final DatasetService datasets;

    public DischargeService(DatasetService datasets) {
        this.datasets = datasets;
    }

    /** The use case's answer about a stored dataset, and the dataset (which the page names). */
    public record Answer(StoredDataset dataset, DischargeQuestionUseCase.Result result) {}

    /** The dataset's places, which a discharge study of its ICB can put the extra care workers in. */
    public List<Place> places(long datasetId) {
        return datasets.model(datasetId).places();
    }

    /**
     * @param placeCode a place code of discharge.csv, or blank for the binding place
     * @param extraFte  the extra FTE, or null for {@link DischargeQuestionRequest#DEFAULT_EXTRA_FTE}
     * @param kind      care-workers (or blank) or homecare-posts
     */
    public Answer answer(Account account, long datasetId, String placeCode, Double extraFte, String kind) {
        StoredDataset dataset = datasets.get(account, datasetId);
        DischargeQuestionRequest request =
                Invalid.unlessRefused(() -> DischargeQuestionRequest.of(placeCode, extraFte, kind));
        SystemModel system = datasets.model(datasetId);
        return new Answer(dataset, Invalid.unlessRefused(() -> QUESTION.run(system, request)));
    }

    /** The answer's discharge-question.csv, as the command line writes it; 404 without discharge.csv. */
    public ResultService.Download csv(Account account, long datasetId, String placeCode, Double extraFte, String kind) {
        Answer a = answer(account, datasetId, placeCode, extraFte, kind);
        if (!a.result().available())
            throw new NotFound("id", "dataset " + datasetId + " has no discharge.csv, so the question has no answer");
        return new ResultService.Download(
                "skillmix-" + a.dataset().icbCode() + "-" + DischargeQuestionUseCase.QUESTION_CSV,
                Output.CSV,
                a.result().outputs().bytes(DischargeQuestionUseCase.QUESTION_CSV));
    }
}
