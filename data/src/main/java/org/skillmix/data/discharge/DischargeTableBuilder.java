package org.skillmix.data.discharge;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeCalibrator;
import org.skillmix.core.discharge.NctrSeries;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.system.DischargeParameter;
import org.skillmix.core.system.DischargeValue;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.published.MetricsImportException;
import org.skillmix.data.report.EnglandTime;

/**
 * The rows of discharge.csv from the published files and the system dataset, as {@code skillmix discharge} finds
 * them: the ICB fitted on the 12 months before the last 6 published whole months (the free fit), the arrivals a day
 * and the first-day backlog of those 6 held-back months, and each place's part ({@link DischargePlaces}).
 */
public final class DischargeTableBuilder {

    public static final int TRAINING_MONTHS = 12, HELD_BACK_MONTHS = 6;

    /** The rows and a line saying where they came from. */
    public record Result(List<DischargeValue> rows, String note) {}

    /**
     * Calibrates the ICB and shares it out to the dataset's places.
     *
     * @param heirs trusts merged since the files' 2022 codes: predecessor to the trust of today (trust_predecessors.csv)
     */
    public Result build(Path from, String icb, SystemModel system, Map<String, String> heirs)
            throws MetricsImportException {
        return build(new DischargeSources().read(from, icb, true), from, system, heirs);
    }

    /**
     * The same for a footprint of several ICBs (a combined footprint, an ICB of the April 2026 mergers), fitted to
     * their patients together ({@link IcbDischargeData#combined}).
     */
    public Result build(Path from, List<String> icbs, String label, SystemModel system, Map<String, String> heirs)
            throws MetricsImportException {
        return build(new DischargeSources().read(from, icbs, label, true), from, system, heirs);
    }

    private Result build(IcbDischargeData read, Path from, SystemModel system, Map<String, String> heirs)
            throws MetricsImportException {
        IcbDischargeData data = read.withMergers(heirs);
        NctrSeries series = data.series();
        LocalDate last = series.date(series.days() - 1);
        LocalDate testTo = last.plusDays(1).withDayOfMonth(1);
        if (last.getDayOfMonth() == last.lengthOfMonth()) testTo = last.plusDays(1);
        LocalDate testFrom = testTo.minusMonths(HELD_BACK_MONTHS);
        LocalDate trainFrom = testFrom.minusMonths(TRAINING_MONTHS);
        if (trainFrom.isBefore(series.start())) {
            throw new MetricsImportException("the daily NCTR series starts " + series.start() + ": " + TRAINING_MONTHS
                    + " training and " + HELD_BACK_MONTHS + " held-back months do not fit");
        }
        Calibration fit = new DischargeCalibrator().calibrate(series, trainFrom, testFrom, testTo, Double.NaN);
        double[] backlog = series.filled().backlog();
        double meanBacklog = Arrays.stream(backlog, series.indexOf(trainFrom), series.indexOf(testFrom))
                .average()
                .orElse(0);
        double arrivals = Arrays.stream(series.filled().impliedArrivals(testFrom, testTo))
                .average()
                .orElse(0);
        var places = new DischargePlaces()
                .build(
                        system,
                        data,
                        DischargePlaces.careHomes(from),
                        YearMonth.from(trainFrom),
                        YearMonth.from(testFrom.minusDays(1)));
        String fitSource = String.format(
                Locale.ROOT,
                "free fit on daily NCTR %s..%s (held-back MAPE %.1f%%)",
                trainFrom,
                testFrom.minusDays(1),
                100 * fit.heldBackMape());
        String heldBack = "mean of the held-back months " + testFrom + ".." + testTo.minusDays(1);
        List<DischargeValue> rows = new ArrayList<>();
        String code = system.info().icbOdsCode();
        rows.add(new DischargeValue(DischargeParameter.CAPACITY_PER_DAY, code, fit.capacityPerDay(), fitSource));
        rows.add(new DischargeValue(DischargeParameter.HALF_SATURATION, code, fit.halfSaturation(), fitSource));
        for (int d = 0; d < 7; d++) {
            rows.add(new DischargeValue(
                    DischargeParameter.valueOf(
                            "WEEKDAY_" + DayOfWeek.of(d + 1).name().substring(0, 3)),
                    code,
                    fit.weekdayFactors()[d],
                    "mean discharges by weekday / their mean, training months"));
        }
        rows.add(new DischargeValue(
                DischargeParameter.ARRIVALS_PER_DAY, code, arrivals, "implied NCTR arrivals, " + heldBack));
        rows.add(new DischargeValue(
                DischargeParameter.BACKLOG, code, backlog[series.indexOf(testFrom)], "NCTR count on " + testFrom));
        rows.add(new DischargeValue(
                DischargeParameter.MEAN_BACKLOG, code, meanBacklog, "mean NCTR count, training months"));
        rows.add(new DischargeValue(
                DischargeParameter.HOMECARE_SHARE,
                code,
                DischargePlaces.HOMECARE_SHARE,
                "about half of care worker jobs are in domiciliary services (Skills for Care)"));
        for (PlaceStaffing p : places.places()) {
            rows.add(new DischargeValue(
                    DischargeParameter.ARRIVAL_SHARE, p.code(), p.arrivalShare(), "trusts' NCTR by catchment"));
            rows.add(new DischargeValue(
                    DischargeParameter.HOMECARE_FTE, p.code(), p.homecare().careWorkerFte(), "workforce.csv"));
            rows.add(new DischargeValue(
                    DischargeParameter.CARE_HOME_BEDS, p.code(), p.careHome().beds(), places.careHomeBeds()));
            rows.add(new DischargeValue(
                    DischargeParameter.CARE_HOME_STAFF_FTE,
                    p.code(),
                    p.careHome().careStaffFte(),
                    "workforce.csv"));
            rows.add(new DischargeValue(
                    DischargeParameter.COMMUNITY_FTE, p.code(), p.community().nurseFte(), "workforce.csv"));
            rows.add(new DischargeValue(
                    DischargeParameter.GA_BEDS, p.code(), p.gaBeds(), "trusts' adult G&A beds by catchment"));
            rows.add(new DischargeValue(
                    DischargeParameter.GA_OCCUPIED, p.code(), p.gaOccupied(), "trusts' adult G&A beds by catchment"));
        }
        // Fails here, and the table is not written, when the model cannot run on them (e.g. no care home beds found).
        org.skillmix.core.discharge.DischargeInputs.from(code, system.places(), rows);
        String note = note(
                        trainFrom,
                        testFrom.minusDays(1),
                        fit,
                        arrivals,
                        places.places().size(),
                        places.careHomeBeds())
                + (places.leftOut().isEmpty() ? "" : "; left out of the places' arrival shares: " + places.leftOut());
        return new Result(rows, note);
    }

    /**
     * The import report's line for the calibration, in a planner's words: the fitted window, how well it predicted the
     * months held back, and the fitted curve (discharges a day = C x waiting / (K + waiting), docs/discharge.md).
     */
    static String note(
            LocalDate from, LocalDate to, Calibration fit, double arrivals, int places, String careHomeBeds) {
        return String.format(
                Locale.UK,
                "fitted to the daily count of patients not meeting the criteria to reside, %s to %s (mean absolute"
                        + " percentage error of the weekly count on the held-back months %.1f%%): discharge capacity C %,.1f a day, matching"
                        + " friction K %,.1f patients waiting; %,.1f arrivals a day; %d places; care home beds: %s",
                EnglandTime.day(from),
                EnglandTime.day(to),
                100 * fit.heldBackMape(),
                fit.capacityPerDay(),
                fit.halfSaturation(),
                arrivals,
                places,
                careHomeBeds);
    }
}
