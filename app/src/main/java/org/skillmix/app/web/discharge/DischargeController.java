package org.skillmix.app.web.discharge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Discharge",
        description = "What extra care workers do to the criteria-to-reside backlog, bed days, occupancy and handovers")
public class DischargeController {
    private static final String PLACE = "place code (blank: the binding place)";
    private static final String EXTRA_FTE =
            "extra FTE (blank: " + (long) DischargeQuestionRequest.DEFAULT_EXTRA_FTE + ")";
    private static final String KIND =
            "care-workers (default: the homecare share of them work in homecare) or homecare-posts";
    private static final String REFUSALS = "400 (field) for an unknown place or kind, or extra FTE out of range ("
            + DischargeQuestionRequest.EXTRA_FTE_LIMIT + ").";

    private final DischargeService discharge;
    private final CurrentAccount current;

    public DischargeController(DischargeService discharge, CurrentAccount current) {
        this.discharge = discharge;
        this.current = current;
    }

    /** One place's year with and without the extra staff. */
    public record PlaceFigures(
            String place,
            String name,
            double extraHomecareFte,
            double baselineMeanBacklog,
            double meanBacklog,
            double baselineBedDays,
            double bedDays,
            double bedDaysSaved,
            double baselineOccupancy,
            double occupancy,
            double baselineHandoverHoursPerDay,
            double handoverHoursPerDay,
            int days) {
        static PlaceFigures of(PlaceEffect e) {
            var s = e.effect();
            return new PlaceFigures(
                    e.place(),
                    e.name(),
                    s.extraFte(),
                    s.baselineMeanBacklog(),
                    s.meanBacklog(),
                    s.baselineBedDays(),
                    s.bedDays(),
                    s.bedDaysSaved(),
                    s.baselineOccupancy(),
                    s.occupancy(),
                    e.baselineHandoverHours(),
                    e.handoverHours(),
                    s.days());
        }
    }

    /**
     * Bed days saved a year as a range (P10, P50, P90) and where it comes from: the calibration where the series
     * identifies capacity (then the three are equal), else a structural prior on homecare capacity (docs/discharge.md).
     */
    public record BenefitRange(String place, double p10, double p50, double p90, boolean identified, String basis) {
        static BenefitRange of(String place, DischargeBenefitRange r) {
            var b = r.bedDaysSavedPerYear();
            return new BenefitRange(place, b.p10(), b.p50(), b.p90(), r.identified(), r.basis());
        }
    }

    /**
     * The answer: available = false when the dataset has no discharge.csv. bedDaysSavedPerYear is the range; the
     * figures (and bedDaysSavedPerYearAtCalibration) are the stored calibration's run, which the range replaces as
     * the answer where the series cannot identify capacity. bindingPlaces ranks the places by the range's P50.
     */
    public record AnswerView(
            boolean available,
            String question,
            String place,
            double extraFte,
            double extraHomecareFte,
            BenefitRange bedDaysSavedPerYear,
            Double bedDaysSavedPerYearAtCalibration,
            Double bedDaysPerExtraFtePerYearAtCalibration,
            PlaceFigures figures,
            List<PlaceFigures> bindingPlaces,
            List<BenefitRange> bindingRanges) {
        static AnswerView of(DischargeQuestionUseCase.Result a) {
            if (!a.available())
                return new AnswerView(
                        false,
                        a.question().code(),
                        null,
                        a.extraFte(),
                        0,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of());
            return new AnswerView(
                    true,
                    a.question().code(),
                    a.place(),
                    a.extraFte(),
                    a.homecareFte(),
                    BenefitRange.of(a.place(), a.range()),
                    finite(a.bedDaysSavedPerYear()),
                    finite(a.bedDaysPerExtraFtePerYear()),
                    PlaceFigures.of(a.effect()),
                    a.bindingRanges().stream()
                            .map(r -> PlaceFigures.of(r.oneMore()))
                            .toList(),
                    a.bindingRanges().stream()
                            .map(r -> BenefitRange.of(r.oneMore().place(), r.range()))
                            .toList());
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }

    @GetMapping("/api/systems/{id}/discharge")
    @Operation(
            summary =
                    "What N more care workers (or homecare posts) in a place do to the backlog, bed days, occupancy and handover delays; which place binds",
            description =
                    "id is the dataset id. bindingPlaces: every place's year with one more homecare care worker FTE, the most"
                            + " bed days saved first (the first is the binding place). available = false when the dataset has no"
                            + " discharge.csv. " + REFUSALS)
    public AnswerView answer(
            @PathVariable long id,
            @Parameter(description = PLACE) @RequestParam(required = false) String place,
            @Parameter(description = EXTRA_FTE) @RequestParam(required = false) Double extraFte,
            @Parameter(description = KIND) @RequestParam(required = false) String kind) {
        return AnswerView.of(
                discharge.answer(current.get(), id, place, extraFte, kind).result());
    }

    @GetMapping("/api/systems/{id}/discharge/question.csv")
    @Operation(
            summary = "The same answer as discharge-question.csv, the file `skillmix discharge-question` writes",
            description = "id is the dataset id. The place asked about with and without the extra FTE, then every place"
                    + " with one more homecare FTE, the binding place first (docs/discharge.md). 404 when the dataset"
                    + " has no discharge.csv. " + REFUSALS)
    public ResponseEntity<byte[]> csv(
            @PathVariable long id,
            @Parameter(description = PLACE) @RequestParam(required = false) String place,
            @Parameter(description = EXTRA_FTE) @RequestParam(required = false) Double extraFte,
            @Parameter(description = KIND) @RequestParam(required = false) String kind) {
        return discharge.csv(current.get(), id, place, extraFte, kind).attachment();
    }
}
