package org.skillmix.app.web.discharge;

import java.time.Instant;
import java.util.List;

/**
 * A stored discharge study (`skillmix discharge` in the web application): whose, with which settings, and the
 * names of its files (discharge-fit.txt and discharge-fit.html), downloaded by name.
 *
 * @param icbCode   the ICB whose published series were fitted
 * @param datasetId the dataset whose places split the ICB (null: the ICB as one)
 */
public record DischargeStudy(
        long id,
        String icbCode,
        Long datasetId,
        String createdBy,
        Instant createdAt,
        Settings settings,
        List<String> files) {

    /**
     * The study's settings as DischargeStudyRequest took them, defaults filled in (the ICB and the folder are the
     * account's and the server's).
     */
    public record Settings(
            double extraCareWorkers, String place, int heldBackMonths, int trainingMonths, Double utilisation) {}
}
