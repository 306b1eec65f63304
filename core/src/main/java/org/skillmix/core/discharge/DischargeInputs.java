package org.skillmix.core.discharge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.core.system.DischargeParameter;
import org.skillmix.core.system.DischargeValue;

/**
 * What {@link DischargeBenefit} needs, as a dataset stores it (discharge.csv): the ICB's calibration shared out to
 * its places, and a year's run. The run is 52 whole weeks from the first Monday of the given month, with the ICB's
 * arrivals held at their stored daily mean and its first-day backlog; pathway shares are
 * {@link Pathway#defaultShares()} and a care worker FTE runs {@link HomecareStaffing#typical} packages, as in
 * {@code skillmix discharge}.
 *
 * @param split          the ICB shared out to places
 * @param arrivalsPerDay the ICB's new NCTR patients a day
 * @param backlog        the ICB's NCTR backlog on the first day
 * @param homecareShare  the share of a place's care worker FTE who work in homecare
 */
public record DischargeInputs(PlaceSplit split, double arrivalsPerDay, double backlog, double homecareShare) {

    /** Days in the run: whole weeks, so the weekday factors average out to 1. */
    public static final int DAYS = 364;

    public DischargeInputs {
        Checks.nonNegative(arrivalsPerDay, "arrivalsPerDay");
        Checks.nonNegative(backlog, "backlog");
        Checks.share(homecareShare, "homecareShare");
    }

    /** What the discharge benefit of extra care workers needs (discharge.csv), or empty when the system has none. */
    public static Optional<DischargeInputs> of(org.skillmix.core.system.SystemModel system) {
        return from(system.info().icbOdsCode(), system.places(), system.discharge());
    }

    /**
     * The inputs from discharge.csv rows; empty when there are none. The data module has checked that each ICB
     * figure is given once and each place has every place figure.
     */
    public static Optional<DischargeInputs> from(
            String icbCode, List<org.skillmix.core.system.Place> places, List<DischargeValue> rows) {
        if (rows.isEmpty()) return Optional.empty();
        Map<DischargeParameter, Double> icb = new EnumMap<>(DischargeParameter.class);
        Map<String, Map<DischargeParameter, Double>> byPlace = new LinkedHashMap<>();
        for (DischargeValue v : rows) {
            if (v.parameter().icb()) icb.put(v.parameter(), v.value());
            else
                byPlace.computeIfAbsent(v.scope(), k -> new EnumMap<>(DischargeParameter.class))
                        .put(v.parameter(), v.value());
        }
        double[] weekdays = new double[7];
        for (int d = 0; d < 7; d++)
            weekdays[d] = icb.get(DischargeParameter.valueOf(
                    "WEEKDAY_" + DayOfWeek.of(d + 1).name().substring(0, 3)));
        double c = icb.get(DischargeParameter.CAPACITY_PER_DAY);
        double arrivals = icb.get(DischargeParameter.ARRIVALS_PER_DAY);
        Calibration fit = new Calibration(
                icbCode,
                c,
                icb.get(DischargeParameter.HALF_SATURATION),
                weekdays,
                arrivals,
                null,
                null,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                List.of());
        double homecareShare = icb.get(DischargeParameter.HOMECARE_SHARE);
        // Shares stored to a few decimals add to 1 only nearly (the data module allows 1e-4): rescale them exactly.
        double shareSum = byPlace.values().stream()
                .mapToDouble(p -> p.getOrDefault(DischargeParameter.ARRIVAL_SHARE, 0.0))
                .sum();
        List<PlaceStaffing> staffing = new ArrayList<>();
        for (org.skillmix.core.system.Place place : places) {
            Map<DischargeParameter, Double> p = byPlace.get(place.code());
            if (p == null) continue; // a place with no rows takes no part (the data module says when rows are missing)
            staffing.add(new PlaceStaffing(
                    place.code(),
                    place.name(),
                    p.get(DischargeParameter.ARRIVAL_SHARE) / shareSum,
                    HomecareStaffing.typical(p.get(DischargeParameter.HOMECARE_FTE)),
                    CareHomeStaffing.typical(
                            p.get(DischargeParameter.CARE_HOME_BEDS), p.get(DischargeParameter.CARE_HOME_STAFF_FTE)),
                    CommunityStaffing.typical(p.get(DischargeParameter.COMMUNITY_FTE)),
                    p.get(DischargeParameter.GA_BEDS),
                    p.get(DischargeParameter.GA_OCCUPIED)));
        }
        PlaceSplit split =
                new PlaceSplit(fit, Pathway.defaultShares(), staffing, icb.get(DischargeParameter.MEAN_BACKLOG));
        return Optional.of(new DischargeInputs(split, arrivals, icb.get(DischargeParameter.BACKLOG), homecareShare));
    }

    /** The run's first day: the first Monday of the month. */
    public static LocalDate start(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** Discharge packages a day one homecare care worker FTE runs (docs/discharge.md defaults). */
    private static double packagesPerFte() {
        return HomecareStaffing.typical(1).packagesPerFtePerDay();
    }

    /** The run's arrivals: the ICB's stored daily mean on each of its days. */
    private double[] arrivals() {
        return DischargeFlowModel.constant(arrivalsPerDay, DAYS);
    }

    /**
     * Bed days saved a year and the change in the ICB's occupancy from extra homecare care worker FTE by place, as a
     * range: from the calibration where the series identifies capacity, else over the structural prior's draws from
     * the seed (DischargeBenefitRange). Handover pressure does not enter these figures, so the mode-case relation for
     * the whole of England stands in.
     */
    public DischargeBenefitRange benefit(YearMonth month, Map<String, Double> extraHomecareFte, long seed) {
        return DischargeBenefitRange.of(
                split,
                start(month),
                arrivals(),
                backlog,
                extraHomecareFte,
                HomecareCapacityPrior.standard(),
                HandoverPressure.assumed(1).mode(),
                DischargeBenefitRange.DRAWS,
                seed);
    }

    /** The benefit of extra homecare FTE in one place, as a range (see {@link #benefit}). */
    public DischargeBenefitRange placeRange(YearMonth month, String place, double extraHomecareFte, long seed) {
        split.place(place); // an unknown place is an error, not an empty range
        return benefit(month, Map.of(place, extraHomecareFte), seed);
    }

    /**
     * Each place's bed days saved a year by one more homecare care worker FTE there, as a range, in the split's
     * order: which place's social care binds, with how sure the model can be of it.
     */
    public Map<String, DischargeBenefitRange> bindingRanges(YearMonth month, long seed) {
        Map<String, DischargeBenefitRange> out = new LinkedHashMap<>();
        for (PlaceStaffing p : split.places()) out.put(p.code(), placeRange(month, p.code(), 1, seed));
        return out;
    }

    /** Whether the stored calibration identifies the homecare pathway's capacity (DischargeBenefitRange). */
    public boolean capacityIdentified() {
        return DischargeBenefitRange.identifies(split);
    }

    /** One place's run with and without extra homecare care worker FTE there, with handover hours by the given relation. */
    public PlaceEffect placeEffect(YearMonth month, String place, double extraHomecareFte, HandoverPressure handover) {
        return PlaceEffect.of(
                new DischargeFlowModel(),
                split,
                place,
                start(month),
                arrivals(),
                backlog,
                extraHomecareFte,
                packagesPerFte(),
                handover);
    }

    /** Which place's social care binds: every place's run with one more homecare FTE, the most bed days saved first. */
    public List<PlaceEffect> binding(YearMonth month, HandoverPressure handover) {
        return PlaceEffect.rank(
                new DischargeFlowModel(), split, start(month), arrivals(), backlog, packagesPerFte(), handover);
    }
}
