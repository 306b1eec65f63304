package org.skillmix.app.web.discharge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.system.SystemModel;
import org.springframework.stereotype.Service;

/**
 * The discharge questions for a stored system, from its discharge.csv (docs/discharge.md): what N more care
 * workers (or homecare posts) in a place do to the backlog, bed days, occupancy and handover delays, and which
 * place's social care staffing binds (every place's bed days saved by one more homecare care worker FTE).
 * The runs are {@link DischargeInputs}'s (52 weeks from the first Monday of the system's base month at the ICB's
 * mean daily arrivals, the ICB's calibration shared out to places), as the scenario comparison's; handover hours
 * take the system's share of England's population (the mode case of the assumed relation).
 */
@Service
public class DischargeService {
    /** More than any place employs: a figure this size is a typing error, not a question. */
    static final double MOST_EXTRA_FTE = 100_000;

    private final DatasetService datasets;

    public DischargeService(DatasetService datasets) {
        this.datasets = datasets;
    }

    /**
     * @param available     false when the dataset has no discharge.csv (everything else is then null or empty)
     * @param homecareFte   the extra FTE who work in homecare (all of them for homecare posts)
     * @param effect        the asked-for place with and without them, at the stored calibration
     * @param binding       every place's effect of one more homecare FTE at the stored calibration
     * @param range         bed days saved a year by the extra FTE as a range, and where it comes from: the answer
     *                      (where the series cannot identify capacity, the calibration's figures are not)
     * @param bindingRanges each place's bed days saved a year by one more homecare FTE as a range, the highest P50
     *                      first (the first binds)
     */
    public record Answer(
            StoredDataset dataset,
            boolean available,
            DischargeQuestion question,
            String place,
            double extraFte,
            double homecareFte,
            double homecareShare,
            YearMonth month,
            PlaceEffect effect,
            List<PlaceEffect> binding,
            DischargeBenefitRange range,
            List<Map.Entry<PlaceEffect, DischargeBenefitRange>> bindingRanges) {

        /** Bed days saved over the run, scaled to a year. */
        public double bedDaysSavedPerYear() {
            return effect == null
                    ? Double.NaN
                    : effect.effect().bedDaysSaved() * 365.0 / effect.effect().days();
        }

        /** What one extra FTE of the kind asked about is worth in bed days a year in the place. */
        public double bedDaysPerExtraFtePerYear() {
            return extraFte == 0 ? Double.NaN : bedDaysSavedPerYear() / extraFte;
        }
    }

    /** The dataset's places, which a discharge study of its ICB can put the extra care workers in. */
    public List<org.skillmix.core.system.Place> places(long datasetId) {
        return datasets.model(datasetId).places();
    }

    public Answer answer(Account account, long datasetId, String placeCode, Double extraFte, String kind) {
        StoredDataset dataset = datasets.get(account, datasetId);
        DischargeQuestion question = DischargeQuestion.fromCode(kind)
                .orElseThrow(() ->
                        new Invalid("kind", "\"" + kind + "\" is not a question; use care-workers or homecare-posts"));
        double extra = extraFte == null ? 0 : extraFte;
        if (!(extra >= 0 && extra <= MOST_EXTRA_FTE)) {
            throw new Invalid(
                    "extraFte", "extra FTE must be between 0 and " + (long) MOST_EXTRA_FTE + ", not " + extraFte);
        }
        SystemModel system = datasets.model(datasetId);
        Optional<DischargeInputs> read = DischargeInputs.of(system);
        if (read.isEmpty())
            return new Answer(
                    dataset, false, question, null, extra, 0, Double.NaN, null, null, List.of(), null, List.of());
        DischargeInputs inputs = read.get();
        List<String> places =
                inputs.split().places().stream().map(PlaceStaffing::code).toList();
        String place = placeCode == null || placeCode.isBlank() ? null : placeCode.strip();
        if (place != null && !places.contains(place)) {
            throw new Invalid("place", "\"" + place + "\" is not a place of discharge.csv; one of " + places);
        }

        YearMonth month = system.info().baseMonth();
        HandoverPressure handover = HandoverPressure.assumedFor(system).mode();
        List<PlaceEffect> binding = inputs.binding(month, handover);
        Map<String, DischargeBenefitRange> ranges = inputs.bindingRanges(month, ProjectionSettings.DEFAULT_SEED);
        List<Map.Entry<PlaceEffect, DischargeBenefitRange>> ranked = new ArrayList<>();
        for (PlaceEffect e : binding) ranked.add(Map.entry(e, ranges.get(e.place())));
        ranked.sort(Comparator.comparingDouble((Map.Entry<PlaceEffect, DischargeBenefitRange> e) ->
                        e.getValue().bedDaysSavedPerYear().p50())
                .reversed());
        if (place == null) place = ranked.get(0).getKey().place();
        double homecare = question == DischargeQuestion.HOMECARE_POSTS ? extra : extra * inputs.homecareShare();
        PlaceEffect effect = inputs.placeEffect(month, place, homecare, handover);
        DischargeBenefitRange range = inputs.placeRange(month, place, homecare, ProjectionSettings.DEFAULT_SEED);
        return new Answer(
                dataset,
                true,
                question,
                place,
                extra,
                homecare,
                inputs.homecareShare(),
                month,
                effect,
                binding,
                range,
                ranked);
    }
}
