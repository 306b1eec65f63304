package org.skillmix.usecase.discharge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.DischargeQuestionCsv;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.CodeOrName;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.RunDefaults;

/**
 * The discharge question for a dataset, from its discharge.csv (docs/discharge.md): what N more care workers (or
 * homecare posts) in a place do to the backlog, bed days, occupancy and handover delays, and which place's social
 * care staffing binds (every place's bed days saved by one more homecare care worker FTE). The runs are
 * {@link DischargeInputs}'s (52 weeks from the first Monday of the system's base month at the ICB's mean daily
 * arrivals, the ICB's calibration shared out to places), as the scenario comparison's; handover hours take the
 * system's share of England's population (the mode case of the assumed relation). The ranges are drawn from
 * {@link RunDefaults#SEED}, so every front end gives the same answer. Output: discharge-question.csv.
 */
public final class DischargeQuestionUseCase {
    public static final String QUESTION_CSV = "discharge-question.csv";

    /** One place's year with one more homecare FTE at the stored calibration, and the bed days it saves as a range. */
    public record PlaceRange(PlaceEffect oneMore, DischargeBenefitRange range) {}

    /**
     * The answer.
     *
     * @param available     false when the dataset has no discharge.csv (everything else is then null or empty, and
     *                      there are no outputs)
     * @param place         the place asked about: the binding place when none was named
     * @param homecareFte   the extra FTE who work in homecare (all of them for homecare posts)
     * @param homecareShare the dataset's share of care workers who work in homecare
     * @param month         the system's base month, whose first Monday starts the run
     * @param effect        the place with and without them, at the stored calibration
     * @param binding       every place's effect of one more homecare FTE at the stored calibration, the most bed days
     *                      saved first (the order of the places a form offers)
     * @param range         bed days saved a year by the extra FTE as a range, and where it comes from: the answer
     *                      (where the series cannot identify capacity, the calibration's figures are not)
     * @param bindingRanges each place's bed days saved a year by one more homecare FTE as a range, the highest P50
     *                      first (the first binds)
     */
    public record Result(
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
            List<PlaceRange> bindingRanges,
            Outputs outputs) {

        /** The answer for a dataset without discharge.csv: the question as asked, and nothing more. */
        public static Result notAvailable(DischargeQuestion question, double extraFte) {
            return new Result(
                    false,
                    question,
                    null,
                    extraFte,
                    0,
                    Double.NaN,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    Outputs.of());
        }

        /** Bed days saved over the run at the stored calibration, scaled to a year. */
        public double bedDaysSavedPerYear() {
            return effect == null
                    ? Double.NaN
                    : effect.effect().bedDaysSaved() * 365.0 / effect.effect().days();
        }

        /**
         * Whether every place's one more homecare FTE saves the same bed days (P50, within a millionth): where the
         * series cannot identify any place's capacity each is valued by the same structural prior, and no place binds
         * before another, whatever order a sort leaves them in.
         */
        public boolean placesTied() {
            if (bindingRanges == null || bindingRanges.size() < 2) return false;
            double first = bindingRanges.get(0).range().bedDaysSavedPerYear().p50();
            return bindingRanges.stream()
                    .allMatch(r -> Math.abs(r.range().bedDaysSavedPerYear().p50() - first)
                            <= 1e-6 * Math.max(1, Math.abs(first)));
        }

        /** What one extra FTE of the kind asked about is worth in bed days a year in the place, at the calibration. */
        public double bedDaysPerExtraFtePerYear() {
            return extraFte == 0 ? Double.NaN : bedDaysSavedPerYear() / extraFte;
        }
    }

    /**
     * Answers the question; a dataset without discharge.csv gets an answer that says so.
     *
     * @throws InvalidSetting (field "place") for a place that is not one of discharge.csv's
     */
    public Result run(SystemModel system, DischargeQuestionRequest request) {
        Optional<DischargeInputs> read = DischargeInputs.of(system);
        if (read.isEmpty()) return Result.notAvailable(request.kind(), request.extraFte());
        DischargeInputs inputs = read.get();
        List<PlaceStaffing> places = inputs.split().places();
        String place = CodeOrName.place(system, request.place());
        String typed = place;
        if (place != null && places.stream().noneMatch(p -> p.code().equals(typed))) {
            throw new InvalidSetting(
                    "place",
                    "\"" + place + "\" is not a place of discharge.csv; its places are "
                            + places.stream()
                                    .map(p -> Names.withCode(p.name(), p.code()))
                                    .collect(Collectors.joining(", ")));
        }

        YearMonth month = system.info().baseMonth();
        HandoverPressure handover = HandoverPressure.assumedFor(system).mode();
        List<PlaceEffect> binding = inputs.binding(month, handover);
        Map<String, DischargeBenefitRange> ranges = inputs.bindingRanges(month, RunDefaults.SEED);
        List<PlaceRange> ranked = new ArrayList<>();
        for (PlaceEffect e : binding) ranked.add(new PlaceRange(e, ranges.get(e.place())));
        ranked.sort(Comparator.comparingDouble(
                        (PlaceRange r) -> r.range().bedDaysSavedPerYear().p50())
                .reversed());
        if (place == null) place = ranked.get(0).oneMore().place();
        double homecare = request.kind().homecareFte(request.extraFte(), inputs.homecareShare());
        PlaceEffect effect = inputs.placeEffect(month, place, homecare, handover);
        DischargeBenefitRange range = inputs.placeRange(month, place, homecare, RunDefaults.SEED);

        DischargeQuestionCsv.Row asked =
                new DischargeQuestionCsv.Row(request.kind().code(), request.extraFte(), effect, range);
        List<DischargeQuestionCsv.Row> oneMore = ranked.stream()
                .map(r -> new DischargeQuestionCsv.Row(
                        DischargeQuestion.HOMECARE_POSTS.code(), 1, r.oneMore(), r.range()))
                .toList();
        Outputs outputs =
                Outputs.of(Output.csv(QUESTION_CSV, out -> new DischargeQuestionCsv().write(asked, oneMore, out)));
        return new Result(
                true,
                request.kind(),
                place,
                request.extraFte(),
                homecare,
                inputs.homecareShare(),
                month,
                effect,
                binding,
                range,
                List.copyOf(ranked),
                outputs);
    }
}
