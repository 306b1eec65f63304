package org.skillmix.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The relaxation {@link BranchAndBound} bounds with, worked by hand. */
class LevelHullTest {

    /**
     * One option: level 0 (0, 0), then (10, 5), (15, 4), (20, 7), (30, 12) as (cost, value). (15, 4) is worth less
     * than the cheaper (10, 5); (20, 7) lies under the line from (10, 5) to (30, 12), which gives 8.5 at 20. So the
     * hull is (0, 0), (10, 5), (30, 12): 0.5 a unit of cost, then 0.35. Within 20: 5 + 0.35 x 10 = 8.5; to reach
     * 8.5: 10 + 3.5 / 0.35 = 20; 12 is the most, so 13 cannot be reached.
     */
    @Test
    void oneOptionTakesItsHullInOrder() {
        double[][] points = {{0, 0}, {10, 5}, {15, 4}, {20, 7}, {30, 12}};
        assertThat(LevelHull.hull(points)).isDeepEqualTo(new double[][] {{0, 0}, {10, 5}, {30, 12}});
        LevelHull h = new LevelHull(new double[][][] {points});
        assertThat(h.maxValue(0, 20)).isCloseTo(8.5, within(1e-12));
        assertThat(h.maxValue(0, 100)).isCloseTo(12, within(1e-12));
        assertThat(h.minCost(0, 8.5)).isCloseTo(20, within(1e-12));
        assertThat(h.minCost(0, 13)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(h.maxValue(0, -1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    /**
     * Two options: A as above, B with a level that costs nothing worth 1 and one at (5, 4) (0.6 a unit beyond it).
     * From option 0 within 20: B's free 1, then B's segment (5, 3) at 0.6, A's (10, 5) at 0.5, then 5 of A's 0.35
     * segment: 1 + 3 + 5 + 1.75 = 10.75. From option 1 (B alone): at most 4, reached for 5.
     */
    @Test
    void optionsFromKOnShareTheCapacityBestRatioFirst() {
        double[][] a = {{0, 0}, {10, 5}, {20, 7}, {30, 12}}, b = {{0, 0}, {0, 1}, {5, 4}};
        LevelHull h = new LevelHull(new double[][][] {a, b});
        assertThat(h.maxValue(0, 20)).isCloseTo(10.75, within(1e-12));
        assertThat(h.maxValue(1, 20)).isCloseTo(4, within(1e-12));
        assertThat(h.minCost(1, 4)).isCloseTo(5, within(1e-12));
        assertThat(h.minCost(0, 1)).isZero();
    }

    /**
     * A saving: B's one level costs -4 and is worth 0.5, so its hull is that point alone (level 0 is dearer and worth
     * less). From option 0 within 6: B's point, which leaves 6 + 4 = 10 for A's first segment, whole: 0.5 + 5 = 5.5
     * (A alone within 6: 0.5 x 6 = 3). Within -4 B alone still fits (0.5); within -5 nothing does. The least cost to
     * reach 0.5 is B's -4, to reach 3 another 2.5 / 0.5 = 5 of A: 1.
     */
    @Test
    void aSavingWidensTheCapacityForTheRest() {
        double[][] a = {{0, 0}, {10, 5}, {30, 12}}, bank = {{0, 0}, {-4, 0.5}};
        assertThat(LevelHull.hull(bank)).isDeepEqualTo(new double[][] {{-4, 0.5}});
        LevelHull h = new LevelHull(new double[][][] {bank, a});
        assertThat(h.valid()).isTrue();
        assertThat(h.maxValue(0, 6)).isCloseTo(5.5, within(1e-12));
        assertThat(h.maxValue(1, 6)).isCloseTo(3, within(1e-12));
        assertThat(h.maxValue(0, -4)).isCloseTo(0.5, within(1e-12));
        assertThat(h.maxValue(0, -5)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(h.minCost(0, 0.5)).isCloseTo(-4, within(1e-12));
        assertThat(h.minCost(0, 3)).isCloseTo(1, within(1e-12));
    }
}
