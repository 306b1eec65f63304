package org.skillmix.usecase.discharge;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillmix.core.discharge.BindingLimit;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.DischargeCalibrator;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeSite;
import org.skillmix.core.discharge.HomecareStaffing;
import org.skillmix.core.discharge.NctrSeries;
import org.skillmix.core.discharge.Pathway;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.core.discharge.StudyWindow;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.discharge.DischargeSources;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.importer.IcbFootprint;
import org.skillmix.data.importer.ImportException;
import org.skillmix.data.importer.TrustMergers;
import org.skillmix.data.published.MetricsImportException;
import org.skillmix.data.report.DischargeReport;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.CodeOrName;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;

/**
 * The discharge flow model fitted to an ICB's published daily criteria-to-reside and discharge series, its fit on
 * held-back months, and what extra care workers do to the backlog, bed days and occupancy (docs/discharge.md);
 * with a dataset, the ICB shared out to its places ({@link PlaceStudy}). Outputs discharge-fit.txt and
 * discharge-fit.html.
 */
public final class DischargeStudyUseCase {
    public static final String FIT_TXT = "discharge-fit.txt";
    public static final String FIT_HTML = "discharge-fit.html";

    /** The fit, the study's text (what the terminal shows) and its files. */
    public record Result(Calibration fit, String text, Outputs outputs) {}

    /** The ICB's published series, trusts and beds, with trusts merged since 2022 counted as their successors. */
    public IcbDischargeData read(DischargeStudyRequest request) throws MetricsImportException {
        Map<String, String> heirs;
        try {
            heirs = TrustMergers.shipped();
        } catch (ImportException e) {
            throw new IllegalStateException("the shipped trust_predecessors.csv does not read: " + e.getMessage(), e);
        }
        String icb = request.icb().strip().toUpperCase(Locale.ROOT);
        // One ICB of the files' geography (QOP, or its ONS code): as published; a list or an ICB of the April 2026
        // mergers (D7T5G): the ICBs it is made of, fitted as one system.
        if (icb.matches("[A-Z0-9]{3}|E54\\d{6}"))
            return new DischargeSources().read(request.from(), icb, true).withMergers(heirs);
        IcbFootprint footprint;
        try {
            footprint = IcbFootprint.of(request.from(), icb);
        } catch (ImportException e) {
            throw new MetricsImportException(e.getMessage());
        }
        return new DischargeSources()
                .read(request.from(), footprint.codes(), footprint.label(), true)
                .withMergers(heirs);
    }

    /**
     * Checks the place (code or name) against the ICB and the dataset: a place of the dataset needs the dataset.
     *
     * @return the request with a place given by name read as its code
     */
    public DischargeStudyRequest check(DischargeStudyRequest request, IcbDischargeData data, SystemModel system) {
        if (system != null) request = request.withPlace(CodeOrName.place(system, request.place()));
        String place = request.place();
        if (place == null || place.equalsIgnoreCase(data.icbOds())) return request;
        if (system == null) {
            if (place.equalsIgnoreCase(data.icbOns())) return request;
            throw new InvalidSetting(
                    "place",
                    "place " + place + " needs the system dataset (--dataset on the command line): the places and"
                            + " their staff come from it");
        }
        if (system.place(place).isEmpty()) {
            throw new InvalidSetting(
                    "place",
                    "place " + place + ": the dataset has no such place; its places are "
                            + system.places().stream()
                                    .map(p -> Names.withCode(p.name(), p.code()))
                                    .collect(Collectors.joining(", ")));
        }
        return request;
    }

    /**
     * The study.
     *
     * @param system the system dataset, splitting the ICB into its places (null: the ICB as one)
     * @throws MetricsImportException when the files the places need (care homes, catchments) cannot be used
     */
    public Result run(DischargeStudyRequest request, IcbDischargeData data, SystemModel system)
            throws MetricsImportException {
        request = check(request, data, system);
        NctrSeries series = data.series();
        StudyWindow window;
        try {
            window = StudyWindow.of(series, request.heldBackMonths(), request.trainingMonths());
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("trainingMonths", e.getMessage());
        }
        Double utilisation = request.utilisation();
        DischargeCalibrator calibrator = new DischargeCalibrator();
        Calibration fit = calibrator.calibrate(
                series,
                window.trainFrom(),
                window.testFrom(),
                window.testTo(),
                utilisation == null ? Double.NaN : utilisation);

        StringWriter text = new StringWriter();
        PrintWriter o = new PrintWriter(text);
        describeFit(o, data, window, fit, utilisation);

        IcbDischargeData.AdultBeds beds = data.recentAdultBeds();
        double meanBacklog = Arrays.stream(
                        series.filled().backlog(),
                        series.indexOf(window.trainFrom()),
                        series.indexOf(window.testFrom()))
                .average()
                .orElse(0);
        double gaBeds = Double.isNaN(beds.available()) ? 0 : beds.available();
        double otherOccupied = Double.isNaN(beds.occupied()) ? 0 : Math.max(0, beds.occupied() - meanBacklog);
        o.printf(
                Locale.ROOT,
                "Adult G&A beds of the ICB's %d trusts (mean of the last %d published months): %.0f available, "
                        + "%.0f occupied%n",
                data.trusts().size(),
                beds.months(),
                gaBeds,
                gaBeds == 0 ? 0 : beds.occupied());
        Map<Pathway, Double> shares = Pathway.defaultShares();
        DischargeSite site = fit.site(shares, gaBeds, otherOccupied);

        // What-if over the held-back months with their published arrivals, from the first held-back day's count.
        HeldBack heldBack = HeldBack.of(series, window, site);
        double perFte = HomecareStaffing.typical(1).packagesPerFtePerDay();
        DischargeFlowModel model = new DischargeFlowModel();
        StaffingEffect one = heldBack.effect(model, site, 1, perFte);
        o.printf(
                Locale.ROOT,
                "%nOne care worker FTE = %.4f discharge packages a day (docs/discharge.md defaults); pathway shares %s%n",
                perFte,
                shares);
        // Where the counted backlog barely bends the exit curve, many (C, K) fit the series equally well and each
        // gives a different worth: the fit's figure is then one of them, not the answer (issue 11, item 7).
        double curvature = meanBacklog / Math.max(1e-9, fit.halfSaturation());
        if (utilisation != null || DischargeBenefitRange.identifies(meanBacklog, fit.halfSaturation()))
            o.printf(
                    Locale.ROOT,
                    "What is a care worker FTE worth? %.2f bed days over the %d held-back days (%.2f a year)%n",
                    one.bedDaysSaved(),
                    one.days(),
                    one.bedDaysPerFtePerYear());
        else
            o.printf(
                    Locale.ROOT,
                    "What is a care worker FTE worth? The published series cannot identify it: the mean backlog is "
                            + "%.1f%% of the fitted K, so many capacities fit equally well (the sweep below). At this "
                            + "fit's capacity: %.2f bed days a year, one fit among many, not the answer; %s%n",
                    100 * curvature,
                    one.bedDaysPerFtePerYear(),
                    system == null
                            ? "with --dataset the command gives the range from the structural prior on homecare"
                                    + " capacity"
                            : "the range from the structural prior on homecare capacity is below");
        double extra = request.extraCareWorkers();
        if (extra > 0) {
            StaffingEffect n = heldBack.effect(model, site, extra, perFte);
            o.printf(
                    Locale.ROOT,
                    "What do %.1f more care workers do? mean backlog %.1f -> %.1f; bed days %.0f -> %.0f (%.0f saved)",
                    extra,
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
        var ranked = BindingLimit.rank(List.of(site), Map.of(site.code(), fit.meanArrivals()));
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
                Calibration f = calibrator.calibrate(series, window.trainFrom(), window.testFrom(), window.testTo(), u);
                DischargeSite s = f.site(shares, gaBeds, otherOccupied);
                StaffingEffect e = heldBack.effect(model, s, 1, perFte);
                o.printf(
                        Locale.ROOT,
                        "  utilisation %.1f: held-back MAPE %.1f%%, a care worker FTE worth %.1f bed days a year%n",
                        u,
                        100 * f.heldBackMape(),
                        e.bedDaysPerFtePerYear());
            }
        }
        PlaceStudy.Answers answers = system == null
                ? null
                : new PlaceStudy(request, system, data, fit, shares, meanBacklog, heldBack, perFte).write(o);
        o.flush();
        String html = new DischargeReport()
                .html(
                        "Discharge flow model: " + data.icbName(),
                        fit,
                        answers == null ? null : answers.ranked(),
                        answers == null ? null : answers.extra(),
                        text.toString(),
                        answers == null || answers.identified());
        Outputs outputs = Outputs.of(
                Output.text(FIT_TXT, Output.TEXT, text.toString()), Output.text(FIT_HTML, Output.HTML, html));
        return new Result(fit, text.toString(), outputs);
    }

    private static void describeFit(
            PrintWriter o, IcbDischargeData data, StudyWindow window, Calibration fit, Double utilisation) {
        NctrSeries series = data.series();
        o.printf(Locale.ROOT, "Discharge flow model, %s (%s, %s)%n", data.icbName(), data.icbOds(), data.icbOns());
        o.printf(
                Locale.ROOT,
                "Published daily series %s..%s; trained on %s..%s, held back %s..%s%n",
                series.start(),
                window.last(),
                window.trainFrom(),
                window.testFrom().minusDays(1),
                window.testFrom(),
                window.testTo().minusDays(1));
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
    }
}
