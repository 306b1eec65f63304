package org.skillmix.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FirstOrderIndicesTest {

    /** Var of Triangular(low, mode, high) = (a^2 + b^2 + c^2 - ab - ac - bc) / 18. */
    private static double variance(Interval i) {
        double a = i.low(), b = i.mode(), c = i.high();
        return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }

    private static double[][] draws(Interval[] inputs, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[inputs.length][n];
        for (int d = 0; d < n; d++)
            for (int p = 0; p < inputs.length; p++) x[p][d] = inputs[p].quantile(random.nextDouble());
        return x;
    }

    private static double index(FirstOrderIndices.Result r, ParameterGroup g) {
        return r.shares().stream()
                .filter(s -> s.group() == g)
                .findFirst()
                .orElseThrow()
                .index();
    }

    /**
     * y = 3 x1 + 2 x2 - 2 x3 + x4 + 50 x5, independent triangular inputs: var(y) = sum a_i^2 var(x_i), and
     * a group's first-order index is the sum of a_i^2 var(x_i) over its members / var(y). Groups: population
     * {x1}, leaver rates {x2, x3}, fill rates {x4}, labour pool {x5}. 20,000 draws estimate each within 0.02
     * (about four standard errors); x6 has no group and x7 is fixed: neither is reported.
     */
    @Test
    void aLinearModelGivesItsKnownVarianceShares() {
        Interval[] inputs = {
            new Interval(-1, 0, 1),
            new Interval(0, 1, 4),
            new Interval(1, 1.5, 2),
            new Interval(0, 5, 6),
            new Interval(0.01, 0.02, 0.05),
            new Interval(0, 1, 2),
            Interval.fixed(3)
        };
        double[] a = {3, 2, -2, 1, 50, 0, 7};
        ParameterGroup[] groups = {
            ParameterGroup.POPULATION,
            ParameterGroup.LEAVER_RATE,
            ParameterGroup.LEAVER_RATE,
            ParameterGroup.FILL_RATE,
            ParameterGroup.LABOUR_POOL,
            null,
            ParameterGroup.COST_FACTORS
        };
        int n = 20_000;
        double[][] x = draws(inputs, n, 42);
        double[] y = new double[n];
        for (int d = 0; d < n; d++) for (int p = 0; p < a.length; p++) y[d] += a[p] * x[p][d];
        double[] part = new double[a.length];
        double total = 0;
        for (int p = 0; p < a.length; p++) {
            part[p] = a[p] * a[p] * variance(inputs[p]);
            total += part[p];
        }
        FirstOrderIndices.Result r = FirstOrderIndices.estimate(x, groups, y);
        assertThat(r.shares())
                .extracting(FirstOrderIndices.Share::group)
                .containsExactlyInAnyOrder(
                        ParameterGroup.POPULATION,
                        ParameterGroup.LEAVER_RATE,
                        ParameterGroup.FILL_RATE,
                        ParameterGroup.LABOUR_POOL);
        assertThat(index(r, ParameterGroup.POPULATION)).isCloseTo(part[0] / total, within(0.02));
        assertThat(index(r, ParameterGroup.LEAVER_RATE)).isCloseTo((part[1] + part[2]) / total, within(0.02));
        assertThat(index(r, ParameterGroup.FILL_RATE)).isCloseTo(part[3] / total, within(0.02));
        assertThat(index(r, ParameterGroup.LABOUR_POOL)).isCloseTo(part[4] / total, within(0.02));
        assertThat(r.unexplained()).isCloseTo(0, within(0.02));
        // largest first; the standard errors are of the order the tolerance assumes
        assertThat(r.shares().get(0).index())
                .isGreaterThanOrEqualTo(r.shares().get(1).index());
        for (FirstOrderIndices.Share s : r.shares())
            assertThat(s.standardError()).isBetween(0.0, 0.01);
    }

    /**
     * 200 parameters with no effect and one that is all of y: the chance correlations of the 200 (each about
     * 1 / n in r^2) would add up to 200 / 1,000 = 0.2 unadjusted; adjusted, their group stays near 0.
     */
    @Test
    void manyParametersWithoutEffectAddUpToNothing() {
        int n = 1_000, idle = 200;
        Interval[] inputs = new Interval[idle + 1];
        ParameterGroup[] groups = new ParameterGroup[idle + 1];
        for (int p = 0; p < idle; p++) {
            inputs[p] = new Interval(0, 0.5, 1);
            groups[p] = ParameterGroup.FILL_RATE;
        }
        inputs[idle] = new Interval(0, 1, 2);
        groups[idle] = ParameterGroup.POPULATION;
        double[][] x = draws(inputs, n, 7);
        double[] y = x[idle].clone();
        FirstOrderIndices.Result r = FirstOrderIndices.estimate(x, groups, y);
        assertThat(index(r, ParameterGroup.POPULATION)).isCloseTo(1, within(1e-9));
        assertThat(index(r, ParameterGroup.FILL_RATE)).isCloseTo(0, within(0.05));
    }

    /**
     * y = x1 x2 with both centred on 0: no first-order effect at all, everything is interaction, so both
     * indices are about 0 and the unexplained share about 1.
     */
    @Test
    void anInteractionIsLeftUnexplained() {
        Interval[] inputs = {new Interval(-1, 0, 1), new Interval(-1, 0, 1)};
        ParameterGroup[] groups = {ParameterGroup.POPULATION, ParameterGroup.SERVICE_GROWTH};
        int n = 10_000;
        double[][] x = draws(inputs, n, 3);
        double[] y = new double[n];
        for (int d = 0; d < n; d++) y[d] = x[0][d] * x[1][d];
        FirstOrderIndices.Result r = FirstOrderIndices.estimate(x, groups, y);
        assertThat(r.unexplained()).isCloseTo(1, within(0.01));
    }

    /**
     * A share is named only when it is at least 0.005 and more than twice its standard error, checked each side
     * of both edges: 0.20 +- 0.36 (Greater Manchester's leaver rates on 100 draws) is within noise, 0.40 +- 0.05
     * is not; 0.10 against 0.05 is exactly 2 standard errors, not more, and 0.1001 is; 0.0049 +- 0.0001 is 49
     * standard errors but too small, 0.005 is not.
     */
    @Test
    void aShareIsNamedOnlyWhenMoreThanTwoStandardErrorsAboveNothing() {
        assertThat(share(0.20, 0.361).distinguishable()).isFalse();
        assertThat(share(0.40, 0.05).distinguishable()).isTrue();
        assertThat(share(0.10, 0.05).distinguishable()).isFalse();
        assertThat(share(0.1001, 0.05).distinguishable()).isTrue();
        assertThat(share(0.0049, 0.0001).distinguishable()).isFalse();
        assertThat(share(0.005, 0.0001).distinguishable()).isTrue();
        assertThat(share(0, 0).distinguishable()).isFalse();
    }

    /**
     * 40 parameters with no effect on 100 draws, beside one that is half of y's variance: their group's standard
     * error is at least sqrt(2 x 40) / 100 = 0.089 from chance alone, and whatever index the draws give it, it is
     * not told from chance; the real half is.
     */
    @Test
    void aGroupOfIdleParametersOnFewDrawsIsNotToldFromChance() {
        int n = 100, idle = 40;
        Interval[] inputs = new Interval[idle + 2];
        ParameterGroup[] groups = new ParameterGroup[idle + 2];
        for (int p = 0; p < idle; p++) {
            inputs[p] = new Interval(0, 0.5, 1);
            groups[p] = ParameterGroup.LEAVER_RATE;
        }
        inputs[idle] = new Interval(0, 1, 2);
        groups[idle] = ParameterGroup.POPULATION;
        inputs[idle + 1] = new Interval(0, 1, 2);
        double[][] x = draws(inputs, n, 11);
        double[] y = new double[n];
        for (int d = 0; d < n; d++) y[d] = x[idle][d] + x[idle + 1][d];
        FirstOrderIndices.Result r = FirstOrderIndices.estimate(x, groups, y);
        FirstOrderIndices.Share leavers = share(r, ParameterGroup.LEAVER_RATE);
        assertThat(leavers.standardError()).isGreaterThanOrEqualTo(0.08);
        assertThat(leavers.distinguishable()).isFalse();
        assertThat(share(r, ParameterGroup.POPULATION).distinguishable()).isTrue();
    }

    private static FirstOrderIndices.Share share(double index, double standardError) {
        return new FirstOrderIndices.Share(ParameterGroup.LEAVER_RATE, 40, index, standardError);
    }

    private static FirstOrderIndices.Share share(FirstOrderIndices.Result r, ParameterGroup g) {
        return r.shares().stream().filter(s -> s.group() == g).findFirst().orElseThrow();
    }

    @Test
    void aResultWithoutSpreadHasNothingToAttribute() {
        assertThatThrownBy(() -> FirstOrderIndices.estimate(
                        new double[][] {{1, 2, 3}},
                        new ParameterGroup[] {ParameterGroup.POPULATION},
                        new double[] {5, 5, 5}))
                .hasMessage("the result has the same value in every draw");
    }
}
