package org.skillmix.core.discharge;

import java.util.SplittableRandom;
import org.skillmix.core.uncertainty.Interval;

/**
 * What a homecare care worker FTE can run for hospital discharges, as ranges rather than the planning defaults of
 * {@link HomecareStaffing#typical}: the structural prior on homecare discharge capacity used where the published NCTR
 * series cannot identify it ({@link DischargeBenefitRange}). Each parameter is triangular (low, mode, high); the modes
 * are the planning defaults, so the prior's centre is the {@code typical} figure of docs/discharge.md.
 *
 * <pre>
 *   packages a day per FTE = contact hours a day x discharge share / (hours a package-day x package days)
 *   contact hours a day     = 37.5 h a week x (1 - share lost to travel, leave, training, sickness) / 7
 * </pre>
 *
 * @param lostShare          share of contracted hours not in contact (travel, leave, training, sickness)
 * @param dischargeShare     share of contact hours given to new hospital discharge packages
 * @param hoursPerPackageDay care hours a discharge package takes a day
 * @param packageDays        days a discharge (reablement) package lasts
 * @param maxUtilisation     the most of the pathway's capacity the observed arrivals can use: the counted backlog was
 *                           stable over the fitted months, which a pathway at or above capacity cannot be, so a draw
 *                           implying more is rejected (and counted)
 */
public record HomecareCapacityPrior(
        Interval lostShare,
        Interval dischargeShare,
        Interval hoursPerPackageDay,
        Interval packageDays,
        double maxUtilisation) {

    /** Contracted hours a week of a full-time care worker (Skills for Care: 37.5 h is the full-time benchmark). */
    static final double HOURS_A_WEEK = 37.5;

    public HomecareCapacityPrior {
        Checks.share(lostShare.low(), "lostShare");
        Checks.share(lostShare.high(), "lostShare");
        Checks.share(dischargeShare.high(), "dischargeShare");
        Checks.positive(hoursPerPackageDay.low(), "hoursPerPackageDay");
        Checks.positive(packageDays.low(), "packageDays");
        if (!(maxUtilisation > 0 && maxUtilisation < 1))
            throw new IllegalArgumentException("maxUtilisation must be in (0, 1)");
    }

    /**
     * The ranges used when the series cannot identify capacity (docs/discharge.md, "What a care worker is worth"):
     * hours lost 0.20 / 0.25 / 0.35 (travel between calls is unpaid or lost time for a quarter to a third of
     * homecare hours: UKHCA, The Homecare Deficit 2023); discharge share 0.2 / 0.3 / 0.4 (documented judgement:
     * most homecare hours serve long-term packages); 1.5 / 2 / 3 care hours a package-day (three to six half-hour
     * calls); 28 / 42 / 56 days of reablement (up to six weeks free of charge under the Care Act 2014 statutory
     * guidance; NICE NG74 intermediate care; some packages run longer); at most 95% of capacity used (NHS planning
     * keeps occupancy of a flow service below about 92-95% for it to stay stable).
     */
    public static HomecareCapacityPrior standard() {
        return new HomecareCapacityPrior(
                new Interval(0.20, 0.25, 0.35),
                new Interval(0.2, 0.3, 0.4),
                new Interval(1.5, 2, 3),
                new Interval(28, 42, 56),
                0.95);
    }

    /** Packages a day one FTE runs with every parameter at its mode (the planning default). */
    public double modePackagesPerFtePerDay() {
        return packages(lostShare.mode(), dischargeShare.mode(), hoursPerPackageDay.mode(), packageDays.mode());
    }

    /** One draw of packages a day one FTE runs: each parameter drawn once from its own triangle. */
    public double draw(SplittableRandom random) {
        return packages(
                lostShare.quantile(random.nextDouble()),
                dischargeShare.quantile(random.nextDouble()),
                hoursPerPackageDay.quantile(random.nextDouble()),
                packageDays.quantile(random.nextDouble()));
    }

    /** The fewest packages a day any draw can give: every parameter at its least favourable end. */
    public double leastPackagesPerFtePerDay() {
        return packages(lostShare.high(), dischargeShare.low(), hoursPerPackageDay.high(), packageDays.high());
    }

    /** The most packages a day any draw can give. */
    public double mostPackagesPerFtePerDay() {
        return packages(lostShare.low(), dischargeShare.high(), hoursPerPackageDay.low(), packageDays.low());
    }

    static double packages(double lost, double discharge, double hoursPerDay, double days) {
        return HOURS_A_WEEK * (1 - lost) / 7 * discharge / (hoursPerDay * days);
    }
}
