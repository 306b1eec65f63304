package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What extra homecare care workers in one place do over a run: the place's backlog, bed days and occupancy with
 * and without them ({@link StaffingEffect}), and the handover hours lost a day that the occupancy implies.
 *
 * @param place                 place code
 * @param name                  place name
 * @param effect                the place's run with and without the extra FTE
 * @param baselineHandoverHours mean hours a day lost to handover delays without the extra FTE (mode case)
 * @param handoverHours         the same with them
 */
public record PlaceEffect(
        String place, String name, StaffingEffect effect, double baselineHandoverHours, double handoverHours) {

    public double handoverHoursSavedPerDay() {
        return baselineHandoverHours - handoverHours;
    }

    /**
     * Runs one place from its share of the ICB's first-day backlog over its share of the ICB's arrivals, with and
     * without {@code extraFte} more care workers in homecare there.
     *
     * @param handover the ICB's handover relation; the place takes the share of it its beds are of the ICB's
     */
    public static PlaceEffect of(
            DischargeFlowModel model,
            PlaceSplit split,
            String place,
            LocalDate start,
            double[] icbArrivals,
            double icbBacklog,
            double extraFte,
            double packagesPerFte,
            HandoverPressure handover) {
        PlaceStaffing p = split.place(place);
        DischargeSite site = split.site(place);
        double[] arrivals = split.arrivals(place, icbArrivals);
        var initial = split.initial(place, icbBacklog);
        double beds = split.places().stream().mapToDouble(PlaceStaffing::gaBeds).sum();
        HandoverPressure h = handover.scaled(beds == 0 ? 0 : p.gaBeds() / beds);
        DischargeRun base = model.run(site, start, arrivals, initial);
        double extra = extraFte * packagesPerFte;
        // No extra staff, the same run: computed once (a benefit range runs every place of the ICB in every draw).
        DischargeRun more = extra == 0
                ? base
                : model.run(
                        site.withCapacity(
                                Pathway.HOME_CARE,
                                site.pathway(Pathway.HOME_CARE).capacityPerDay() + extra),
                        start,
                        arrivals,
                        initial);
        StaffingEffect e = new StaffingEffect(
                Pathway.HOME_CARE,
                extraFte,
                extra,
                arrivals.length,
                base.meanBacklog(),
                more.meanBacklog(),
                base.bedDaysLost(),
                more.bedDaysLost(),
                base.meanOccupancy(),
                more.meanOccupancy());
        return new PlaceEffect(p.code(), p.name(), e, h.meanHoursLost(base), h.meanHoursLost(more));
    }

    /**
     * Which place's social care staffing binds: every place's bed days saved by one more homecare care worker FTE
     * there, from the model, the largest first.
     */
    public static List<PlaceEffect> rank(
            DischargeFlowModel model,
            PlaceSplit split,
            LocalDate start,
            double[] icbArrivals,
            double icbBacklog,
            double packagesPerFte,
            HandoverPressure handover) {
        List<PlaceEffect> out = new ArrayList<>();
        for (PlaceStaffing p : split.places()) {
            out.add(of(model, split, p.code(), start, icbArrivals, icbBacklog, 1, packagesPerFte, handover));
        }
        out.sort(Comparator.comparingDouble((PlaceEffect e) -> e.effect().bedDaysSaved())
                .reversed());
        return out;
    }
}
