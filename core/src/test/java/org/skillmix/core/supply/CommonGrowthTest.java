package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * The current-trends growth common to a system's trusts (EstablishmentAndPools#slotGrowth) against hand-worked
 * draws. Two trusts with establishments of 1,100 (T1) and 3,300 (T2) FTE, each its own trend growth row (mode 1.04),
 * and a care provider C1 of 50 growing by its sector's row; nobody leaves or is recruited, so the establishment of
 * month t is E0 x g^(t/12) and month 12 shows each line's growth a year. The draw: T1 1.08, T2 1.00, C1 1.02, the
 * common part 1.01.
 */
class CommonGrowthTest {
    private static final Interval TRUST = new Interval(0.98, 1.04, 1.10);

    private static TestSystem system() {
        return TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("T2", Sector.ACUTE, "E1")
                .org("C1", Sector.ADULT_SOCIAL_CARE, "E1")
                .role("RN", 30_000, 45_000)
                .role("CW", 20_000, 25_000)
                .workforce("T1", "RN", 100, 1000, 0, 0)
                .workforce("T2", "RN", 300, 3000, 0, 0)
                .workforce("C1", "CW", 50, 0, 0, 0)
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "T1", TRUST)
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "T2", TRUST)
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "adult_social_care", new Interval(0.99, 1.01, 1.03));
    }

    /** Establishment (in post + vacancy, all vacancies being open) of each line in month 12 of the draw. */
    private static double[] establishmentAtMonth12(SystemModel model, boolean drawn) {
        ProjectionKernel kernel = new ProjectionKernel(model, 13);
        double[] values = kernel.parameters().modes();
        if (drawn) {
            set(kernel, values, "trend_establishment_growth T1", 1.08);
            set(kernel, values, "trend_establishment_growth T2", 1.00);
            set(kernel, values, "trend_establishment_growth adult_social_care", 1.02);
            if (!model.assumptions().stream()
                    .filter(a -> a.parameter().equals(Parameters.TREND_GROWTH_COMMON))
                    .toList()
                    .isEmpty()) set(kernel, values, "trend_growth_common ALL", 1.01);
            if (model.assumptions().stream().anyMatch(a -> a.parameter().equals(Parameters.TREND_GROWTH_SECTOR)))
                set(kernel, values, "trend_growth_sector acute", 1.02);
        }
        ProjectionKernel.Worker worker = kernel.newWorker(Baseline.CURRENT_TRENDS);
        worker.begin(values);
        for (int t = 0; t <= 12; t++) worker.step(t);
        double[] out = worker.lineOut();
        int n = kernel.supply().lines();
        double[] e = new double[n];
        for (int i = 0; i < n; i++) e[i] = out[SupplyModel.STOCK * n + i] + out[SupplyModel.VACANCY * n + i];
        return e;
    }

    private static void set(ProjectionKernel kernel, double[] values, String name, double value) {
        for (int i = 0; i < values.length; i++) {
            if (kernel.parameters().name(i).equals(name)) {
                values[i] = value;
                return;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /**
     * x1 = ln(1.08 / 1.04), x2 = ln(1.00 / 1.04), centred on the weights 1/4 and 3/4: x̄ = x1 / 4 + 3 x2 / 4; then
     * g'_i = 1.04 exp(x_i - x̄) x 1.01. The trusts' weighted log growth is then exactly ln 1.01, and the care provider
     * keeps its own 1.02.
     */
    @Test
    void theTrustsOwnDrawsAreCentredOnTheSystemAndTheCommonPartMovesThemTogether() {
        double[] e = establishmentAtMonth12(
                system().assumption(Parameters.TREND_GROWTH_COMMON, "ALL", new Interval(0.98, 1, 1.02))
                        .build(),
                true);
        double x1 = Math.log(1.08 / 1.04), x2 = Math.log(1.00 / 1.04), mean = x1 / 4 + 3 * x2 / 4;
        assertThat(e[0]).isCloseTo(1100 * 1.04 * Math.exp(x1 - mean) * 1.01, within(1e-9));
        assertThat(e[1]).isCloseTo(3300 * 1.04 * Math.exp(x2 - mean) * 1.01, within(1e-9));
        assertThat(Math.log(e[0] / 1100 / 1.04) / 4 + 3 * Math.log(e[1] / 3300 / 1.04) / 4)
                .isCloseTo(Math.log(1.01), within(1e-12));
        assertThat(e[2]).isCloseTo(50 * 1.02, within(1e-9));
        // to first order the trusts' own parts leave the total where the common part puts it
        assertThat((e[0] + e[1]) / (4400 * 1.04 * 1.01)).isCloseTo(1, within(0.002));
    }

    /**
     * The acute sector's part, drawn at 1.02, multiplies both acute trusts after the centring and the common part,
     * so their weighted log growth is ln 1.01 + ln 1.02; the care provider, of another sector and not a trust's own
     * row, keeps 1.02. Without the common row each trust's own draw is multiplied by it alone.
     */
    @Test
    void theSectorsPartMovesItsTrustsTogetherAfterTheCentring() {
        Interval part = new Interval(0.97, 1, 1.03);
        double[] e = establishmentAtMonth12(
                system().assumption(Parameters.TREND_GROWTH_COMMON, "ALL", new Interval(0.98, 1, 1.02))
                        .assumption(Parameters.TREND_GROWTH_SECTOR, "acute", part)
                        .build(),
                true);
        double x1 = Math.log(1.08 / 1.04), x2 = Math.log(1.00 / 1.04), mean = x1 / 4 + 3 * x2 / 4;
        assertThat(e[0]).isCloseTo(1100 * 1.04 * Math.exp(x1 - mean) * 1.01 * 1.02, within(1e-9));
        assertThat(e[1]).isCloseTo(3300 * 1.04 * Math.exp(x2 - mean) * 1.01 * 1.02, within(1e-9));
        assertThat(Math.log(e[0] / 1100 / 1.04) / 4 + 3 * Math.log(e[1] / 3300 / 1.04) / 4)
                .isCloseTo(Math.log(1.01 * 1.02), within(1e-12));
        assertThat(e[2]).isCloseTo(50 * 1.02, within(1e-9));
        assertThat(establishmentAtMonth12(
                        system().assumption(Parameters.TREND_GROWTH_SECTOR, "acute", part)
                                .build(),
                        true))
                .containsExactly(new double[] {1100 * 1.08 * 1.02, 3300 * 1.00 * 1.02, 50 * 1.02}, within(1e-9));
        // at the modes the part is 1: each trust grows by its own row's mode
        assertThat(establishmentAtMonth12(
                        system().assumption(Parameters.TREND_GROWTH_SECTOR, "acute", part)
                                .build(),
                        false))
                .containsExactly(new double[] {1100 * 1.04, 3300 * 1.04, 50 * 1.01}, within(1e-9));
    }

    @Test
    void atTheModesAndWithoutTheRowEachTrustGrowsByItsOwnRow() {
        SystemModel common = system().assumption(Parameters.TREND_GROWTH_COMMON, "ALL", new Interval(0.98, 1, 1.02))
                .build();
        assertThat(establishmentAtMonth12(common, false))
                .containsExactly(new double[] {1100 * 1.04, 3300 * 1.04, 50 * 1.01}, within(1e-9));
        assertThat(establishmentAtMonth12(system().build(), true))
                .containsExactly(new double[] {1100 * 1.08, 3300 * 1.00, 50 * 1.02}, within(1e-9));
    }
}
