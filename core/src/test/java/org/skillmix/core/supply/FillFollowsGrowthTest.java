package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * A draw's establishment growth moves the fill with it, so the vacancy rate the fill was calibrated to hold at the
 * growth's mode holds at any drawn growth ({@link EstablishmentAndPools#fillShifts}).
 */
class FillFollowsGrowthTest {
    private static final int MONTHS = 36;

    /**
     * One acute line: S = 920 in post, V = 80 vacant (v = 8%), a 12% leaver rate a year, trend growth (1.00, 1.04,
     * 1.08). The fill that holds v at the mode, by hand: h = 1 − 0.88^(1/12) = 0.010596, G_m = 1.04^(1/12), f =
     * (S/V)(G_m − 1 + h) = 11.5 (G_m − 1 + h), written as the annual rate 1 − (1 − f)^12 the dataset would carry.
     */
    private static double steadyFill() {
        double h = SupplyModel.monthlyHazard(0.12);
        double f = 920.0 / 80 * (Math.pow(1.04, 1.0 / 12) - 1 + h);
        return 1 - Math.pow(1 - f, 12);
    }

    /** The line with this annual fill rate. */
    private static SystemModel line(double annualFill) {
        return TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .role("RN", 30_000, 45_000)
                .workforce("T1", "RN", 920, 80, 0.12, annualFill)
                .assumption(Parameters.ESTABLISHMENT_GROWTH, "ALL", Interval.fixed(1.0))
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "acute", new Interval(1.00, 1.04, 1.08))
                .build();
    }

    /** A current-trends draw of the line with this fill, every parameter at its mode but the growth, g. */
    private static SupplyState draw(double annualFill, double g) {
        UncertainParameters parameters = new UncertainParameters();
        SupplyModel supply = new SupplyModel(line(annualFill), MONTHS, parameters);
        double[] p = parameters.modes();
        p[supply.assumptions().resolve(Parameters.TREND_ESTABLISHMENT_GROWTH, "acute")] = g;
        SupplyState state = supply.newState(Baseline.CURRENT_TRENDS);
        state.reset(p);
        return state;
    }

    /** The line's vacancy rate V / E in each month of a draw whose growth takes the value g. */
    private static double[] vacancyRates(double g) {
        SupplyState state = draw(steadyFill(), g);
        double[] rates = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            double s = state.stock(0);
            double e = 1000 * Math.pow(g, t / 12.0);
            rates[t] = (e - s) / e;
            state.step(t);
        }
        return rates;
    }

    @Test
    void theVacancyRateHoldsAtTheMode() {
        for (double v : vacancyRates(1.04)) assertThat(v).isCloseTo(0.08, within(1e-12));
    }

    /**
     * At g = 1.07 the fill takes (S/V)(1.07^(1/12) − 1.04^(1/12)) = 11.5 × 0.002384 = 0.0274 more a month, and the
     * step S' = S(1 − h) + f_d V = S(1 − h) + S(G_d − 1 + h) = G_d S keeps S / E = 0.92 every month; at 1.01 the
     * same with less. Without the shift the fill of the mode filled too few of the faster-growing establishment's
     * posts (its vacancy rate 9.2% after three years at 1.07, 6.7% at 1.01) and too many of the slower one's.
     */
    @Test
    void theVacancyRateHoldsAtAnyDrawnGrowth() {
        for (double g : new double[] {1.01, 1.07}) {
            double[] rates = vacancyRates(g);
            for (int t = 0; t < MONTHS; t++)
                assertThat(rates[t]).as("g %s month %d", g, t).isCloseTo(0.08, within(1e-12));
        }
    }

    /**
     * Staff in post at three years therefore grows as the establishment does: S(36) = 920 g^3, so the draw's
     * spread of staff is the spread of the growth the row was fitted to, not narrower.
     */
    @Test
    void staffInPostGrowsAsTheDrawnEstablishment() {
        for (double g : new double[] {1.00, 1.04, 1.08}) {
            SupplyState state = draw(steadyFill(), g);
            for (int t = 0; t < MONTHS; t++) state.step(t);
            assertThat(state.stock(0)).isCloseTo(920 * Math.pow(g, 3), within(1e-8));
        }
    }

    /**
     * A line whose fill is 0 (the importer's floor where a pipeline outgrows the establishment) recruits nobody
     * from the market at any drawn growth: S(t) = 920 (1 − h)^t with no pipeline here, whatever g.
     */
    @Test
    void aLineFilledByItsPipelineAloneGetsNoShift() {
        SupplyState state = draw(0, 1.08);
        double h = SupplyModel.monthlyHazard(0.12);
        for (int t = 0; t < MONTHS; t++) {
            assertThat(state.stock(0)).isCloseTo(920 * Math.pow(1 - h, t), within(1e-9));
            state.step(t);
            assertThat(state.out()[SupplyModel.RECRUITS]).isZero();
        }
    }
}
