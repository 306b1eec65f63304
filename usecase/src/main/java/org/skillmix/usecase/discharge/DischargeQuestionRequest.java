package org.skillmix.usecase.discharge;

import org.skillmix.usecase.InvalidSetting;

/**
 * A discharge question about a dataset with discharge.csv: what {@code extraFte} more staff of a {@code kind} in a
 * place do (docs/discharge.md). Whether the place is one of the dataset's is checked when the question is answered,
 * against its discharge.csv.
 *
 * @param place    a place code of discharge.csv; null for the binding place (where one more homecare FTE saves the
 *                 most bed days)
 * @param extraFte the extra FTE, 0 to {@link #MOST_EXTRA_FTE}
 * @param kind     who they are
 */
public record DischargeQuestionRequest(String place, double extraFte, DischargeQuestion kind) {

    /** More than any place employs: a figure this size is a typing error, not a question. */
    public static final double MOST_EXTRA_FTE = 100_000;

    /** What a request outside the extra FTE's limit is told (a constant, so the API's description can say it). */
    public static final String EXTRA_FTE_LIMIT = "extra FTE must be between 0 and " + (long) MOST_EXTRA_FTE;

    /** The extra FTE asked about unless a front end is told otherwise (the web page's first question). */
    public static final double DEFAULT_EXTRA_FTE = 50;

    public DischargeQuestionRequest {
        place = place == null || place.isBlank() ? null : place.strip();
        if (!(extraFte >= 0 && extraFte <= MOST_EXTRA_FTE)) {
            throw new InvalidSetting("extraFte", EXTRA_FTE_LIMIT + ", not " + extraFte);
        }
        if (kind == null) throw new InvalidSetting("kind", "say who the extra staff are: " + DischargeQuestion.codes());
    }

    /**
     * The question as a front end receives it: any part may be missing (the binding place, {@link #DEFAULT_EXTRA_FTE},
     * care workers).
     *
     * @throws InvalidSetting (field "kind" or "extraFte") for a kind that is not a question or FTE out of range
     */
    public static DischargeQuestionRequest of(String place, Double extraFte, String kind) {
        DischargeQuestion question = DischargeQuestion.fromCode(kind)
                .orElseThrow(() -> new InvalidSetting(
                        "kind", "\"" + kind + "\" is not a question; use " + DischargeQuestion.codes()));
        return new DischargeQuestionRequest(place, extraFte == null ? DEFAULT_EXTRA_FTE : extraFte, question);
    }
}
