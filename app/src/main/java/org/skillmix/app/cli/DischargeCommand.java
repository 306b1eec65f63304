package org.skillmix.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.discharge.BindingLimit;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeCalibrator;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeRun;
import org.skillmix.core.discharge.DischargeSite;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.HomecareCapacityPrior;
import org.skillmix.core.discharge.HomecareStaffing;
import org.skillmix.core.discharge.NctrSeries;
import org.skillmix.core.discharge.Pathway;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.PlaceSplit;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.metrics.DischargePlaces;
import org.skillmix.data.metrics.DischargeSources;
import org.skillmix.data.metrics.IcbDischargeData;
import org.skillmix.data.metrics.MetricsImportException;
import org.skillmix.data.report.DischargeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix discharge --icb CODE --from DIR --out DIR`: fits the discharge flow model to the ICB's published
 * daily criteria-to-reside and discharge series, states the fit on held-back months, and answers what extra
 * care workers do to the backlog, bed days and occupancy (docs/discharge.md).
 */
@Command(
        name = "discharge",
        mixinStandardHelpOptions = true,
        description =
                "Calibrate the discharge flow model on an ICB's published daily series; what extra care workers are worth.")
final class DischargeCommand extends Subcommand {

    @Option(
            names = "--icb",
            required = true,
            paramLabel = "CODE",
            description = "ICB ODS code (QOP) or ONS code (E54...)")
    String icb;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder holding the published files")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where discharge-fit.txt and .html go")
    Path out;

    @Option(
            names = "--extra-care-workers",
            paramLabel = "N",
            defaultValue = "0",
            description = "care worker FTE added to homecare for discharge (default: only the value of one FTE)")
    double extraCareWorkers;

    @Option(
            names = "--place",
            paramLabel = "CODE",
            description = "place (a place_code of the dataset) that gets the extra care workers")
    String place;

    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            description = "the system dataset (places, workforce, catchments): splits the ICB into its places")
    Path dataset;

    @Option(names = "--held-back-months", paramLabel = "N", defaultValue = "6")
    int heldBack;

    @Option(names = "--training-months", paramLabel = "N", defaultValue = "12")
    int training;

    @Option(
            names = "--utilisation",
            paramLabel = "U",
            description = "fix the capacity at mean arrivals / U (0 < U < 1) instead of fitting it")
    Double utilisation;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = err();
        if (extraCareWorkers < 0 || heldBack < 1 || training < 2) {
            err.println("--extra-care-workers must be >= 0, --held-back-months >= 1, --training-months >= 2");
            return USAGE;
        }
        if (utilisation != null && !(utilisation > 0 && utilisation < 1)) {
            err.println("--utilisation must be between 0 and 1, not " + utilisation);
            return USAGE;
        }
        IcbDischargeData data;
        try {
            data = new DischargeSources().read(from, icb, true);
        } catch (MetricsImportException e) {
            err.println(e.getMessage());
            return INVALID;
        }
        if (place != null
                && dataset == null
                && !place.equalsIgnoreCase(data.icbOds())
                && !place.equalsIgnoreCase(data.icbOns())) {
            err.println(
                    "--place " + place + " needs --dataset: the places and their staff come from the system dataset");
            return USAGE;
        }
        SystemModel system = null;
        if (dataset != null) {
            var read = readDataset(dataset);
            if (read.isEmpty()) return INVALID;
            system = read.get().model();
            if (place != null && system.place(place).isEmpty() && !place.equalsIgnoreCase(data.icbOds())) {
                err.println("--place " + place + ": the dataset has no such place; places are "
                        + system.places().stream()
                                .map(org.skillmix.core.system.Place::code)
                                .toList());
                return USAGE;
            }
        }
        NctrSeries series = data.series();
        // Whole months: the held-back months end with the last full month published.
        LocalDate last = series.date(series.days() - 1);
        LocalDate testTo = last.plusDays(1).withDayOfMonth(1);
        if (last.getDayOfMonth() == last.lengthOfMonth()) testTo = last.plusDays(1);
        LocalDate testFrom = testTo.minusMonths(heldBack);
        LocalDate trainFrom = testFrom.minusMonths(training);
        if (trainFrom.isBefore(series.start())) {
            err.printf(
                    "the series starts %s: %d training + %d held-back months do not fit%n",
                    series.start(), training, heldBack);
            return USAGE;
        }
        DischargeCalibrator calibrator = new DischargeCalibrator();
        Calibration fit = calibrator.calibrate(
                series, trainFrom, testFrom, testTo, utilisation == null ? Double.NaN : utilisation);

        StringWriter text = new StringWriter();
        PrintWriter o = new PrintWriter(text);
        o.printf(Locale.ROOT, "Discharge flow model, %s (%s, %s)%n", data.icbName(), data.icbOds(), data.icbOns());
        o.printf(
                Locale.ROOT,
                "Published daily series %s..%s; trained on %s..%s, held back %s..%s%n",
                series.start(),
                last,
                trainFrom,
                testFrom.minusDays(1),
                testFrom,
                testTo.minusDays(1));
        o.printf(
                Locale.ROOT,
                "Fitted: capacity C = %.1f discharges/day, matching friction K = %.1f patients%s; mean arrivals %.1f/day "
                        + "(utilisation %.3f); pace at small backlogs C/K = %.3f per day%n",
                fit.capacityPerDay(),
                fit.halfSaturation(),
                utilisation == null ? "" : " (C fixed by --utilisation)",
                fit.meanArrivals(),
                fit.utilisation(),
                fit.capacityPerDay() / Math.max(1e-9, fit.halfSaturation()));
        o.printf(
                Locale.ROOT,
                "Weekday capacity factors Mon..Sun: %s%n",
                Arrays.stream(fit.weekdayFactors())
                        .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                        .toList());
        o.printf(
                Locale.ROOT,
                "Fit, MAPE of the weekly backlog: training %.1f%%; held back %.1f%% (published arrivals), "
                        + "%.1f%% (arrivals forecast from the training months)%n",
                100 * fit.trainMape(),
                100 * fit.heldBackMape(),
                100 * fit.forecastMape());

        double[] beds = data.recentAdultBeds();
        double meanBacklog = Arrays.stream(
                        series.filled().backlog(), series.indexOf(trainFrom), series.indexOf(testFrom))
                .average()
                .orElse(0);
        double gaBeds = Double.isNaN(beds[0]) ? 0 : beds[0];
        double otherOccupied = Double.isNaN(beds[1]) ? 0 : Math.max(0, beds[1] - meanBacklog);
        o.printf(
                Locale.ROOT,
                "Adult G&A beds of the ICB's %d trusts (mean of the last %d published months): %.0f available, "
                        + "%.0f occupied%n",
                data.trusts().size(),
                (int) beds[2],
                gaBeds,
                gaBeds == 0 ? 0 : beds[1]);
        Map<Pathway, Double> shares = Pathway.defaultShares();
        DischargeSite site = fit.site(shares, gaBeds, otherOccupied);

        // What-if over the held-back months with their published arrivals, from the first held-back day's count.
        int t1 = series.indexOf(testFrom);
        double[] arrivals = series.filled().impliedArrivals(testFrom, testTo);
        Map<Pathway, Double> initial =
                DischargeFlowModel.splitByShare(site, series.filled().backlog()[t1]);
        double perFte = HomecareStaffing.typical(1).packagesPerFtePerDay();
        DischargeFlowModel model = new DischargeFlowModel();
        StaffingEffect one = StaffingEffect.of(model, site, testFrom, arrivals, initial, Pathway.HOME_CARE, 1, perFte);
        o.printf(
                Locale.ROOT,
                "%nOne care worker FTE = %.4f discharge packages a day (docs/discharge.md defaults); pathway shares %s%n",
                perFte,
                shares);
        o.printf(
                Locale.ROOT,
                "What is a care worker FTE worth? %.2f bed days over the %d held-back days (%.2f a year)%n",
                one.bedDaysSaved(),
                one.days(),
                one.bedDaysPerFtePerYear());
        if (extraCareWorkers > 0) {
            StaffingEffect n = StaffingEffect.of(
                    model, site, testFrom, arrivals, initial, Pathway.HOME_CARE, extraCareWorkers, perFte);
            o.printf(
                    Locale.ROOT,
                    "What do %.1f more care workers do? mean backlog %.1f -> %.1f; bed days %.0f -> %.0f (%.0f saved)",
                    extraCareWorkers,
                    n.baselineMeanBacklog(),
                    n.meanBacklog(),
                    n.baselineBedDays(),
                    n.bedDays(),
                    n.bedDaysSaved());
            if (gaBeds > 0)
                o.printf(
                        Locale.ROOT,
                        "; mean adult G&A occupancy %.2f%% -> %.2f%%",
                        100 * n.baselineOccupancy(),
                        100 * n.occupancy());
            o.println();
        }
        var ranked = BindingLimit.rank(java.util.List.of(site), Map.of(site.code(), fit.meanArrivals()));
        o.printf(
                Locale.ROOT,
                "Most binding pathway: %s (utilisation %.3f); by pathway: %s%n",
                ranked.get(0).pathway().label(),
                ranked.get(0).utilisation(),
                ranked.stream()
                        .map(b -> String.format(Locale.ROOT, "%s %.3f", b.pathway(), b.utilisation()))
                        .toList());
        if (utilisation == null) {
            o.printf(
                    Locale.ROOT,
                    "%nThe published totals pin down C/K better than C itself; held-back fit with C fixed:%n");
            for (double u : new double[] {0.5, 0.7, 0.9}) {
                Calibration f = calibrator.calibrate(series, trainFrom, testFrom, testTo, u);
                DischargeSite s = f.site(shares, gaBeds, otherOccupied);
                StaffingEffect e =
                        StaffingEffect.of(model, s, testFrom, arrivals, initial, Pathway.HOME_CARE, 1, perFte);
                o.printf(
                        Locale.ROOT,
                        "  utilisation %.1f: held-back MAPE %.1f%%, a care worker FTE worth %.1f bed days a year%n",
                        u,
                        100 * f.heldBackMape(),
                        e.bedDaysPerFtePerYear());
            }
        }
        PlaceAnswers answers = null;
        if (system != null) {
            try {
                answers = places(
                        o,
                        system,
                        data,
                        fit,
                        shares,
                        meanBacklog,
                        testFrom,
                        arrivals,
                        series.filled().backlog()[t1],
                        YearMonth.from(trainFrom),
                        YearMonth.from(testFrom.minusDays(1)),
                        perFte);
            } catch (MetricsImportException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return INVALID;
            }
        }
        o.flush();
        Files.createDirectories(out);
        Files.writeString(out.resolve("discharge-fit.txt"), text.toString(), StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("discharge-fit.html"),
                new DischargeReport()
                        .html(
                                "Discharge flow model: " + data.icbName(),
                                fit,
                                answers == null ? null : answers.ranked(),
                                answers == null ? null : answers.extra(),
                                text.toString()),
                StandardCharsets.UTF_8);
        out().print(text);
        out().println("Wrote " + out.resolve("discharge-fit.txt") + " and " + out.resolve("discharge-fit.html"));
        return 0;
    }

    /** The per-place answers for the report: every place's value of one FTE, and the asked-for place's run. */
    record PlaceAnswers(List<PlaceEffect> ranked, DischargeReport.ExtraStaff extra) {}

    /**
     * The ICB shared out to the dataset's places: which place's social care staffing binds (bed days saved by one
     * more homecare FTE there, from the model), a care worker FTE in bed days a year per place, and the asked-for
     * extra care workers in one place.
     */
    private PlaceAnswers places(
            PrintWriter o,
            SystemModel system,
            IcbDischargeData data,
            Calibration fit,
            Map<Pathway, Double> shares,
            double meanBacklog,
            LocalDate start,
            double[] arrivals,
            double backlog0,
            YearMonth fromMonth,
            YearMonth toMonth,
            double perFte)
            throws MetricsImportException {
        var built = new DischargePlaces().build(system, data, DischargePlaces.careHomes(from), fromMonth, toMonth);
        PlaceSplit split = new PlaceSplit(fit, shares, built.places(), meanBacklog);
        double population = HandoverPressure.basePopulation(system);
        HandoverPressure[] cases = HandoverPressure.assumedFor(system);
        HandoverPressure handover = cases[1];
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
                cases[0].hoursAtReference(),
                cases[2].hoursAtReference(),
                100 * handover.threshold(),
                100 * cases[2].threshold(),
                100 * cases[0].threshold());
        List<PlaceEffect> ranked = PlaceEffect.rank(model, split, start, arrivals, backlog0, perFte, handover);
        o.printf(
                Locale.ROOT,
                "%nWhich place's social care staffing binds? Bed days saved by one more homecare care worker FTE in the "
                        + "place over the %d held-back days, from the model (largest first):%n",
                arrivals.length);
        o.printf(
                Locale.ROOT,
                "  %-10s %-12s %8s %9s %9s %9s %8s %9s %12s%n",
                "place",
                "name",
                "arrivals",
                "homecare",
                "care home",
                "community",
                "G&A beds",
                "occupancy",
                "bed days/FTE");
        o.printf(
                Locale.ROOT,
                "  %-10s %-12s %8s %9s %9s %9s %8s %9s %12s%n",
                "",
                "",
                "share",
                "C share",
                "C share",
                "C share",
                "",
                "",
                "a year");
        for (PlaceEffect e : ranked) {
            PlaceStaffing p = split.place(e.place());
            o.printf(
                    Locale.ROOT,
                    "  %-10s %-12s %8.3f %9.3f %9.3f %9.3f %8.0f %8.1f%% %12.2f%n",
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
        o.printf(
                Locale.ROOT,
                "Binding place: %s %s (a care worker FTE there is worth %.2f bed days a year at this fit)%n",
                ranked.get(0).place(),
                ranked.get(0).name(),
                ranked.get(0).effect().bedDaysPerFtePerYear());
        printRange(o, split, start, arrivals, backlog0, ranked.get(0).place(), 1, handover);
        DischargeReport.ExtraStaff extra = null;
        if (place != null && extraCareWorkers > 0 && system.place(place).isPresent()) {
            PlaceEffect e =
                    PlaceEffect.of(model, split, place, start, arrivals, backlog0, extraCareWorkers, perFte, handover);
            StaffingEffect s = e.effect();
            o.printf(
                    Locale.ROOT,
                    "%nWhat do %.1f more care workers in %s %s do over the %d held-back days?%n",
                    extraCareWorkers,
                    e.place(),
                    e.name(),
                    s.days());
            o.printf(
                    Locale.ROOT,
                    "  mean NCTR backlog %.2f -> %.2f; bed days %.1f -> %.1f (%.1f saved, %.1f a year)%n",
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
            DischargeRun base = model.run(site, start, a, initial);
            DischargeRun more = model.run(
                    site.withCapacity(
                            Pathway.HOME_CARE,
                            site.pathway(Pathway.HOME_CARE).capacityPerDay() + extraCareWorkers * perFte),
                    start,
                    a,
                    initial);
            extra = new DischargeReport.ExtraStaff(e, base, more);
            printRange(o, split, start, arrivals, backlog0, place, extraCareWorkers, handover);
        }
        return new PlaceAnswers(ranked, extra);
    }

    /**
     * The benefit as a range: where the series cannot identify capacity, the point figures above are one fit among
     * many equally good, so the answer is the structural prior's P10-P90 (docs/discharge.md).
     */
    private static void printRange(
            PrintWriter o,
            PlaceSplit split,
            LocalDate start,
            double[] arrivals,
            double backlog0,
            String place,
            double fte,
            HandoverPressure handover) {
        DischargeBenefitRange r = DischargeBenefitRange.of(
                split,
                start,
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
                "  %.1f FTE in %s save %.1f bed days a year (P10 %.1f, P90 %.1f): %s%n",
                fte,
                place,
                b.p50(),
                b.p10(),
                b.p90(),
                r.basis());
    }
}
