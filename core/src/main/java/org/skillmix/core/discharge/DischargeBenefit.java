package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The discharge benefit of extra homecare care worker FTE in several places at once (what a scenario's extra
 * social care staff buy beside what they cost): bed days saved a year and the ICB's mean adult G&A occupancy with
 * and without them. The places run independently (each has its own pathways and arrivals), so the ICB figures are
 * the sums over places; occupancy is the beds-weighted mean.
 *
 * @param byPlace             each place with extra FTE, its run with and without them
 * @param bedDaysSavedPerYear bed days saved over the run, scaled to a year
 * @param baselineOccupancy   ICB mean adult G&A occupancy without the extra FTE
 * @param occupancy           the same with them
 */
public record DischargeBenefit(
        List<PlaceEffect> byPlace, double bedDaysSavedPerYear, double baselineOccupancy, double occupancy) {

    public DischargeBenefit {
        byPlace = List.copyOf(byPlace);
    }

    public static DischargeBenefit of(
            DischargeFlowModel model,
            PlaceSplit split,
            LocalDate start,
            double[] icbArrivals,
            double icbBacklog,
            Map<String, Double> extraFteByPlace,
            double packagesPerFte,
            HandoverPressure handover) {
        for (String code : extraFteByPlace.keySet())
            split.place(code); // an unknown place is an error, not a silent zero
        List<PlaceEffect> effects = new ArrayList<>();
        double saved = 0;
        double occupiedBase = 0;
        double occupiedMore = 0;
        double beds = 0;
        for (PlaceStaffing p : split.places()) {
            double fte = extraFteByPlace.getOrDefault(p.code(), 0.0);
            Checks.nonNegative(fte, "extra FTE in " + p.code());
            PlaceEffect e = PlaceEffect.of(
                    model, split, p.code(), start, icbArrivals, icbBacklog, fte, packagesPerFte, handover);
            if (fte > 0) effects.add(e);
            saved += e.effect().bedDaysSaved() * 365.0 / icbArrivals.length;
            occupiedBase += e.effect().baselineOccupancy() * p.gaBeds();
            occupiedMore += e.effect().occupancy() * p.gaBeds();
            beds += p.gaBeds();
        }
        return new DischargeBenefit(
                effects,
                saved,
                beds == 0 ? Double.NaN : occupiedBase / beds,
                beds == 0 ? Double.NaN : occupiedMore / beds);
    }
}
