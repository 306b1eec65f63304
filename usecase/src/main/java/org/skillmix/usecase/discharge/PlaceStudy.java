package org.skillmix.usecase.discharge;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeRun;
import org.skillmix.core.discharge.DischargeSite;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.HomecareCapacityPrior;
import org.skillmix.core.discharge.Pathway;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.PlaceSplit;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.discharge.DischargePlaces;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.published.MetricsImportException;
import org.skillmix.data.report.DischargeReport;
import org.skillmix.data.report.Names;

/**
 * The ICB shared out to the dataset's places: which place's social care staffing binds (bed days saved by one
 * more homecare FTE there, from the model), a care worker FTE in bed days a year per place, and the asked-for
 * extra care workers in one place.
 */
final class PlaceStudy {
    /** The per-place answers for the report: every place's value of one FTE, and the asked-for place's run. */
    record Answers(List<PlaceEffect> ranked, DischargeReport.ExtraStaff extra, boolean identified) {}

    private final DischargeStudyRequest request;
    private final SystemModel system;
    private final IcbDischargeData data;
    private final Calibration fit;
    private final Map<Pathway, Double> shares;
    private final double meanBacklog;
    private final HeldBack heldBack;
    private final double perFte;

    PlaceStudy(
            DischargeStudyRequest request,
            SystemModel system,
            IcbDischargeData data,
            Calibration fit,
            Map<Pathway, Double> shares,
            double meanBacklog,
            HeldBack heldBack,
            double perFte) {
        this.request = request;
        this.system = system;
        this.data = data;
        this.fit = fit;
        this.shares = shares;
        this.meanBacklog = meanBacklog;
        this.heldBack = heldBack;
        this.perFte = perFte;
    }

    /** Writes the places' part of the study to o and returns its answers for the report. */
    Answers write(PrintWriter o) throws MetricsImportException {
        var window = heldBack.window();
        var built = new DischargePlaces()
                .build(
                        system,
                        data,
                        DischargePlaces.careHomes(request.from()),
                        YearMonth.from(window.trainFrom()),
                        YearMonth.from(window.testFrom().minusDays(1)));
        PlaceSplit split = new PlaceSplit(fit, shares, built.places(), meanBacklog);
        double population = HandoverPressure.basePopulation(system);
        HandoverPressure.Cases cases = HandoverPressure.assumedFor(system);
        HandoverPressure handover = cases.mode();
        DischargeFlowModel model = new DischargeFlowModel();
        o.printf(
                Locale.ROOT,
                "%nPlaces (%d), the ICB's C and K shared out by each pathway's staffed capacity (docs/discharge.md):%n",
                split.places().size());
        built.notes().forEach(n -> o.println("  " + n));
        o.printf(
                Locale.ROOT,
                "Handover hours lost a day (assumed relation, docs/discharge.md): %.0f at 95%% G&A occupancy for the ICB "
                        + "(%.1f%% of England's population; range %.0f-%.0f), none below %.0f%% occupancy (range %.0f-%.0f%%)%n",
                handover.hoursAtReference(),
                100 * population / HandoverPressure.ENGLAND_POPULATION_2021,
                cases.low().hoursAtReference(),
                cases.high().hoursAtReference(),
                100 * handover.threshold(),
                100 * cases.high().threshold(),
                100 * cases.low().threshold());
        double[] arrivals = heldBack.arrivals();
        double backlog0 = heldBack.backlog0();
        List<PlaceEffect> ranked =
                PlaceEffect.rank(model, split, window.testFrom(), arrivals, backlog0, perFte, handover);
        table(o, split, ranked, arrivals.length, DischargeBenefitRange.identifies(split));
        printRange(o, split, arrivals, backlog0, ranked.get(0).place(), 1, handover);
        DischargeReport.ExtraStaff extra = null;
        String place = request.place();
        double extraFte = request.extraCareWorkers();
        if (place != null && extraFte > 0 && system.place(place).isPresent()) {
            PlaceEffect e = PlaceEffect.of(
                    model, split, place, window.testFrom(), arrivals, backlog0, extraFte, perFte, handover);
            StaffingEffect s = e.effect();
            o.printf(
                    Locale.ROOT,
                    "%nWhat do %.1f more care workers in %s do over the %d held-back days?%s%n",
                    extraFte,
                    Names.withCode(e.name(), e.place()),
                    s.days(),
                    DischargeBenefitRange.identifies(split)
                            ? ""
                            : " At the fitted capacity, which the series cannot identify (the range follows):");
            o.printf(
                    Locale.ROOT,
                    "  mean NCTR backlog %.2f -> %.2f; bed days %,.1f -> %,.1f (%,.1f saved, %,.1f a year)%n",
                    s.baselineMeanBacklog(),
                    s.meanBacklog(),
                    s.baselineBedDays(),
                    s.bedDays(),
                    s.bedDaysSaved(),
                    s.bedDaysSaved() * 365.0 / s.days());
            o.printf(
                    Locale.ROOT,
                    "  mean adult G&A occupancy %.3f%% -> %.3f%%; handover hours lost a day %.3f -> %.3f%n",
                    100 * s.baselineOccupancy(),
                    100 * s.occupancy(),
                    e.baselineHandoverHours(),
                    e.handoverHours());
            DischargeSite site = split.site(place);
            double[] a = split.arrivals(place, arrivals);
            var initial = split.initial(place, backlog0);
            DischargeRun base = model.run(site, window.testFrom(), a, initial);
            DischargeRun more = model.run(
                    site.withCapacity(
                            Pathway.HOME_CARE, site.pathway(Pathway.HOME_CARE).capacityPerDay() + extraFte * perFte),
                    window.testFrom(),
                    a,
                    initial);
            extra = new DischargeReport.ExtraStaff(e, base, more);
            printRange(o, split, arrivals, backlog0, place, extraFte, handover);
        }
        return new Answers(ranked, extra, DischargeBenefitRange.identifies(split));
    }

    /**
     * The benefit as a range: where the series cannot identify capacity, the point figures above are one fit among
     * many equally good, so the answer is the structural prior's P10-P90 (docs/discharge.md).
     */
    private void printRange(
            PrintWriter o,
            PlaceSplit split,
            double[] arrivals,
            double backlog0,
            String place,
            double fte,
            HandoverPressure handover) {
        DischargeBenefitRange r = DischargeBenefitRange.of(
                split,
                heldBack.window().testFrom(),
                arrivals,
                backlog0,
                Map.of(place, fte),
                HomecareCapacityPrior.standard(),
                handover,
                DischargeBenefitRange.DRAWS,
                ProjectionSettings.DEFAULT_SEED);
        var b = r.bedDaysSavedPerYear();
        o.printf(
                Locale.ROOT,
                "  %.1f FTE in %s save %,.1f bed days a year (P10 %,.1f, P90 %,.1f): %s%n",
                fte,
                Names.withCode(system.place(place).map(Place::name).orElse(place), place),
                b.p50(),
                b.p10(),
                b.p90(),
                r.basis());
    }

    /** Every place, the most bed days saved by one more homecare FTE first. */
    private static void table(PrintWriter o, PlaceSplit split, List<PlaceEffect> ranked, int days, boolean identified) {
        o.printf(
                Locale.ROOT,
                "%nWhich place's social care staffing binds? Bed days saved by one more homecare care worker FTE in the "
                        + "place over the %d held-back days, from the model (largest first)%s:%n",
                days,
                identified
                        ? ""
                        : "; at the fitted capacity, which the series cannot identify: the figures rank the places,"
                                + " their level is the range below");
        // The name column is as wide as the longest name, so "Kingston upon Hull, City of" keeps the columns straight.
        int width = Math.max(
                4, ranked.stream().mapToInt(e -> e.name().length()).max().orElse(4));
        String name = "%-" + width + "s";
        String columns = "  %-10s " + name + " %8s %9s %9s %9s %8s %9s %12s%n";
        o.printf(
                Locale.ROOT,
                columns,
                "place",
                "name",
                "arrivals",
                "homecare",
                "care home",
                "community",
                "G&A beds",
                "occupancy",
                "bed days/FTE");
        o.printf(Locale.ROOT, columns, "", "", "share", "C share", "C share", "C share", "", "", "a year");
        for (PlaceEffect e : ranked) {
            PlaceStaffing p = split.place(e.place());
            o.printf(
                    Locale.ROOT,
                    "  %-10s " + name + " %8.3f %9.3f %9.3f %9.3f %8.0f %8.1f%% %12.2f%n",
                    e.place(),
                    e.name(),
                    p.arrivalShare(),
                    split.capacityShare(p.code(), Pathway.HOME_CARE),
                    split.capacityShare(p.code(), Pathway.CARE_HOME),
                    split.capacityShare(p.code(), Pathway.COMMUNITY),
                    p.gaBeds(),
                    100 * e.effect().baselineOccupancy(),
                    e.effect().bedDaysPerFtePerYear());
        }
        if (identified)
            o.printf(
                    Locale.ROOT,
                    "Binding place: %s (a care worker FTE there is worth %.2f bed days a year at this fit)%n",
                    Names.withCode(ranked.get(0).name(), ranked.get(0).place()),
                    ranked.get(0).effect().bedDaysPerFtePerYear());
        else
            o.printf(
                    Locale.ROOT,
                    "Binding place: %s (first at the fitted capacity; what a care worker FTE there is worth is the"
                            + " range below)%n",
                    Names.withCode(ranked.get(0).name(), ranked.get(0).place()));
    }
}
