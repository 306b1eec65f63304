package org.skillmix.usecase.discharge;

import java.nio.file.Path;
import java.util.Objects;
import org.skillmix.usecase.InvalidSetting;

/**
 * A discharge study of one ICB from the published daily files (docs/discharge.md): which files, how many months
 * to train on and hold back, and the question asked of the fitted model.
 *
 * @param icb              the ICB's ODS code (QOP) or ONS code (E54...), a list (QMJ,QRV) or an ICB of the April
 *                         2026 mergers (Z9B2Z), fitted as one system
 * @param from             the folder holding the published files
 * @param extraCareWorkers care worker FTE added to homecare, 0 to {@link DischargeQuestionRequest#MOST_EXTRA_FTE}
 *                         (0: only the value of one FTE)
 * @param place            the place that gets them (a place_code of the dataset or its name; null: the ICB as one)
 * @param utilisation      fix the capacity at mean arrivals / utilisation instead of fitting it (null: fit)
 */
public record DischargeStudyRequest(
        String icb,
        Path from,
        double extraCareWorkers,
        String place,
        int heldBackMonths,
        int trainingMonths,
        Double utilisation) {
    public static final int DEFAULT_HELD_BACK_MONTHS = 6;
    public static final int DEFAULT_TRAINING_MONTHS = 12;

    public DischargeStudyRequest {
        Objects.requireNonNull(icb, "icb");
        Objects.requireNonNull(from, "from");
        // The same limit as the discharge question's: 1e300 care workers is a typing slip, and was answered with a
        // 300-digit number of workers and a backlog figure as if it were a question.
        if (!(extraCareWorkers >= 0 && extraCareWorkers <= DischargeQuestionRequest.MOST_EXTRA_FTE)) {
            throw new InvalidSetting(
                    "extraCareWorkers",
                    "extra care workers must be between 0 and " + (long) DischargeQuestionRequest.MOST_EXTRA_FTE
                            + " FTE, not " + extraCareWorkers);
        }
        InvalidSetting.within(
                "heldBackMonths", heldBackMonths, 1, 120, "held-back months must be at least 1 (and at most 120)");
        InvalidSetting.within(
                "trainingMonths", trainingMonths, 2, 120, "training months must be at least 2 (and at most 120)");
        if (utilisation != null && !(utilisation > 0 && utilisation < 1)) {
            throw new InvalidSetting("utilisation", "the utilisation must be between 0 and 1, not " + utilisation);
        }
        place = place == null || place.isBlank() ? null : place.strip();
    }

    /** The same study for another place (a name read as its code). */
    public DischargeStudyRequest withPlace(String code) {
        return new DischargeStudyRequest(
                icb, from, extraCareWorkers, code, heldBackMonths, trainingMonths, utilisation);
    }
}
