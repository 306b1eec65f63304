package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillmix.core.projection.Quantiles;

/**
 * The discharge benefit of extra homecare care workers as a range, and where it comes from. The published NCTR
 * totals pin down the pace at which a ready patient leaves (C/K) but not always the homecare pathway's capacity C:
 * when the counted backlog stays far below the fitted K (mean backlog / K under {@link #IDENTIFIED_CURVATURE}),
 * exits are proportional to the backlog over everything observed, any C with the same pace fits as well, and the
 * fit's C is no answer (the free fit puts it at 30 times the arrivals for Greater Manchester). Then the capacity
 * comes from a structural prior instead ({@link HomecareCapacityPrior}): in each draw
 *
 * <pre>
 *   p      = packages a day per homecare FTE (drawn),  C_home = homecare FTE x p,  u = a_home / C_home
 *   u >= u_max: the draw is rejected (a pathway at or above capacity cannot hold the stable backlog observed)
 *   K_home = B_home (C_home - a_home) / a_home    (the steady state a = C B / (B + K) at the observed mean backlog)
 * </pre>
 *
 * so every kept draw reproduces the counted backlog, and the extra FTE add p packages a day each. The prior is for the
 * ICB as one site: staffing and arrivals by place do not tell where capacity sits (Manchester has 30% of Greater
 * Manchester's NCTR arrivals but 12% of its homecare staff by the dataset's population-based estimate, which no
 * stable place backlog allows near capacity), so a place's extra staff add to the ICB's capacity. In the steady
 * state the bed days saved a day by extra capacity dC are B dC / (C + dC - a): the nearer capacity the pathway runs,
 * the more a care worker is worth. The benefit's P10, P50 and P90 over the kept draws are the answer, never a single
 * point; how many draws the stability rule kept is said with it. When the series does identify capacity, the
 * calibration is used as it is and the range is that one figure.
 *
 * @param bedDaysSavedPerYear bed days saved a year over the draws (mean, P10, P50, P90)
 * @param occupancyChange     change in the ICB's mean adult G&A occupancy (negative: beds freed), over the draws
 * @param identified          whether the series identifies capacity (then every figure is the calibration's)
 * @param draws               draws of the structural prior kept (0 when identified)
 * @param rejected            draws rejected because they put the pathway at or above u_max of its capacity
 * @param basis               where the figures come from, in words for a report
 */
public record DischargeBenefitRange(
        Spread bedDaysSavedPerYear, Spread occupancyChange, boolean identified, int draws, int rejected, String basis) {

    /** Mean backlog / K above which the saturation of exits is visible in the series (10% curvature). */
    public static final double IDENTIFIED_CURVATURE = 0.1;

    /** Draws of the structural prior kept: enough for P10 and P90 to settle within about 2% of the range. */
    public static final int DRAWS = 200;

    /** Tries per kept draw before the range is made from the draws kept so far. */
    static final int MAX_ATTEMPTS_PER_DRAW = 50;

    /** A figure over draws. */
    public record Spread(double mean, double p10, double p50, double p90) {
        static Spread of(double[] values) {
            float[] v = new float[values.length];
            double total = 0;
            for (int i = 0; i < values.length; i++) {
                v[i] = (float) values[i];
                total += values[i];
            }
            return new Spread(
                    total / values.length, Quantiles.type7(v, 0.1), Quantiles.type7(v, 0.5), Quantiles.type7(v, 0.9));
        }

        static Spread point(double value) {
            return new Spread(value, value, value, value);
        }
    }

    /** Whether the series identifies capacity: the counted backlog bends the exit curve by at least 10%. */
    public static boolean identifies(PlaceSplit split) {
        return identifies(split.meanBacklog(), split.fit().halfSaturation());
    }

    /** Whether a series whose mean counted backlog is this, fitted with this K, identifies capacity. */
    public static boolean identifies(double meanBacklog, double halfSaturation) {
        return meanBacklog / halfSaturation >= IDENTIFIED_CURVATURE;
    }

    /**
     * The benefit of extra homecare FTE by place over a run, from the calibration where it identifies capacity, else
     * over {@code draws} draws of the prior from {@code seed}.
     */
    public static DischargeBenefitRange of(
            PlaceSplit split,
            LocalDate start,
            double[] icbArrivals,
            double icbBacklog,
            Map<String, Double> extraHomecareFte,
            HomecareCapacityPrior prior,
            HandoverPressure handover,
            int draws,
            long seed) {
        DischargeFlowModel model = new DischargeFlowModel();
        if (identifies(split)) {
            DischargeBenefit b = DischargeBenefit.of(
                    model,
                    split,
                    start,
                    icbArrivals,
                    icbBacklog,
                    extraHomecareFte,
                    prior.modePackagesPerFtePerDay(),
                    handover);
            return new DischargeBenefitRange(
                    Spread.point(b.bedDaysSavedPerYear()),
                    Spread.point(b.occupancy() - b.baselineOccupancy()),
                    true,
                    0,
                    0,
                    String.format(
                            java.util.Locale.ROOT,
                            "calibrated capacity: the published series identifies it (mean backlog %.0f%% of K)",
                            100 * split.meanBacklog() / split.fit().halfSaturation()));
        }
        double homecareFte = split.places().stream()
                .mapToDouble(p -> p.homecare().careWorkerFte())
                .sum();
        double extraFte = extraHomecareFte.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        DischargeSite icb = icbSite(split);
        Map<Pathway, Double> initial = DischargeFlowModel.splitByShare(icb, icbBacklog);
        double share = split.shares().get(Pathway.HOME_CARE);
        double arrivals = mean(icbArrivals) * share;
        double backlog = split.meanBacklog() * share;
        SplittableRandom random = new SplittableRandom(seed);
        double[] saved = new double[draws], occupancy = new double[draws];
        int kept = 0, rejected = 0;
        // Enough tries for a prior that mostly contradicts the observed stable backlog still to give its range.
        for (int attempt = 0; kept < draws && attempt < MAX_ATTEMPTS_PER_DRAW * draws; attempt++) {
            double perFte = prior.draw(random);
            double capacity = homecareFte * perFte;
            if (arrivals / capacity >= prior.maxUtilisation()) {
                rejected++;
                continue;
            }
            double friction = backlog * (capacity - arrivals) / arrivals;
            DischargeSite drawn = icb.withPathway(Pathway.HOME_CARE, new PathwayParameters(share, capacity, friction));
            DischargeRun base = model.run(drawn, start, icbArrivals, initial);
            DischargeRun more = extraFte == 0
                    ? base
                    : model.run(
                            drawn.withCapacity(Pathway.HOME_CARE, capacity + extraFte * perFte),
                            start,
                            icbArrivals,
                            initial);
            saved[kept] = (base.bedDaysLost() - more.bedDaysLost()) * 365.0 / icbArrivals.length;
            occupancy[kept] = more.meanOccupancy() - base.meanOccupancy();
            kept++;
        }
        if (kept == 0)
            throw new IllegalStateException("every draw of the homecare capacity prior puts the pathway at or above "
                    + Math.round(100 * prior.maxUtilisation()) + "% of capacity, which the stable counted backlog rules"
                    + " out: the homecare staffing or pathway shares of discharge.csv need checking");
        return new DischargeBenefitRange(
                Spread.of(java.util.Arrays.copyOf(saved, kept)),
                Spread.of(java.util.Arrays.copyOf(occupancy, kept)),
                false,
                kept,
                rejected,
                String.format(
                        java.util.Locale.ROOT,
                        "structural prior on homecare capacity for the whole ICB (%d draws kept, %d rejected as at or"
                                + " above %.0f%% of capacity, which the stable counted backlog rules out): the published"
                                + " series cannot identify capacity (mean backlog %.1f%% of the fitted K), nor where in"
                                + " the ICB it sits",
                        kept,
                        rejected,
                        100 * prior.maxUtilisation(),
                        100 * split.meanBacklog() / split.fit().halfSaturation()));
    }

    /**
     * The whole ICB as one site: the calibration's pathways, every place's beds, and the beds held by patients who
     * still need them (occupied less the mean counted backlog).
     */
    static DischargeSite icbSite(PlaceSplit split) {
        double beds = split.places().stream().mapToDouble(PlaceStaffing::gaBeds).sum();
        double occupied =
                split.places().stream().mapToDouble(PlaceStaffing::gaOccupied).sum();
        return split.fit().site(split.shares(), beds, Math.max(0, occupied - split.meanBacklog()));
    }

    private static double mean(double[] values) {
        double total = 0;
        for (double v : values) total += v;
        return values.length == 0 ? 0 : total / values.length;
    }
}
