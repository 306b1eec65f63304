package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;

class LockstepAggregationTest {
    private final SeriesLayout layout =
            new SeriesLayout(new ProjectionKernel(SyntheticSystem.build(12, 8, 4, 6, 5, true, 42), 1));

    /**
     * Values from 1e-3 to 1e6 with both signs: a sum taken in any other order or grouping than the one-draw
     * method's differs in its last bits, so only the same additions in the same order pass.
     */
    private double[][] draws(int n, long seed) {
        Random random = new Random(seed);
        double[][] v = new double[n][layout.vectorLength];
        for (double[] d : v) {
            for (int j = 0; j < d.length; j++)
                d[j] = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -3 + 9 * random.nextDouble());
        }
        return v;
    }

    @Test
    void everyKindOfLevelIsInTheLayout() {
        // so that the test below goes through each path: copies, contiguous totals, scattered and gathered sums
        assertThat(layout.levels).anyMatch(l -> l.identity);
        assertThat(layout.levels).anyMatch(l -> l.size == 1);
        assertThat(layout.levels).anyMatch(l -> l.scatter && l.size > 1);
        assertThat(layout.levels).anyMatch(l -> !l.scatter && !l.identity && l.size > 1 && l.map.length >= 6 * l.size);
    }

    @Test
    void fourDrawsSumBitForBitAsOneAtATime() {
        int[] offsets = layout.levelOffsets();
        for (boolean[][] need : new boolean[][][] {layout.needAll(), layout.needFor(4), layout.needFor(40)}) {
            for (int g = 1; g <= LockstepAggregation.DRAWS; g++) {
                double[][] v = draws(g, 7 + g);
                double[][] together = new double[LockstepAggregation.DRAWS][];
                for (int i = 0; i < together.length; i++) together[i] = layout.newBuffer();
                new LockstepAggregation(layout).aggregate(v, g, together, offsets, need);
                for (int i = 0; i < g; i++) {
                    double[] alone = layout.newBuffer();
                    layout.aggregate(v[i], 0, alone, offsets, need);
                    assertThat(together[i]).as("draw %d of %d", i, g).isEqualTo(alone);
                }
            }
        }
    }
}
