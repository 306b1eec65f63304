package org.skillmix.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.ParameterGroup;

class SpreadDriversTest {
    private static final Interval ERROR = new Interval(-0.01, 0, 0.01);
    private static final Interval GROWTH = new Interval(1.0, 1.01, 1.03);

    /**
     * 100,000 people, 1 community nursing visit a year of 0.25 h (A = 17.4581 FTE), non-demographic growth g
     * and population error e sampled; 10 nurses who cannot leave or be recruited (supply fixed at C = 10).
     * At month t the gap is Y = A (1 + k e) g^(t/12) - C with k the years ahead.
     */
    private static SystemModel system() {
        return TestSystem.create()
                .place("E1")
                .capability("visit", TestSystem.WISN_H)
                .role("RN", 30_000, 45_000)
                .canDo("RN", "visit", 1.0)
                .service("nursing", Sector.COMMUNITY, GROWTH, Interval.fixed(1.0), 0)
                .population("E1", 2025, "F", "18+", 100_000)
                .utilisation("nursing", "18+", "ALL", 1.0)
                .hours("nursing", "visit", 0.25)
                .org("N1", Sector.COMMUNITY, "E1")
                .workforce("N1", "RN", 10, 0, 0, 0)
                .assumption(Parameters.POPULATION_ERROR_PER_YEAR, "ALL", ERROR)
                .build();
    }

    /** E[f(X)] for X ~ Triangular(i) by Simpson's rule on 20,000 intervals. */
    private static double expect(Interval i, java.util.function.DoubleUnaryOperator f) {
        int n = 20_000;
        double a = i.low(), c = i.mode(), b = i.high(), h = (b - a) / n, sum = 0;
        for (int j = 0; j <= n; j++) {
            double x = a + j * h;
            double pdf = x < c ? 2 * (x - a) / ((b - a) * (c - a)) : 2 * (b - x) / ((b - a) * (b - c));
            double w = j == 0 || j == n ? 1 : j % 2 == 1 ? 4 : 2;
            sum += w * pdf * f.applyAsDouble(x);
        }
        return sum * h / 3;
    }

    /**
     * Closed form of the first-order indices of Y = A (1 + k e) h(g) - C with e and g independent,
     * h(g) = g^(t/12): Var(E[Y|e]) = A^2 k^2 var(e) E[h]^2, Var(E[Y|g]) = A^2 E[(1 + k e)]^2 var(h) = A^2 var(h)
     * (E[e] = 0), Var(Y) = A^2 ((1 + k^2 var e) E[h^2] - E[h]^2). The estimator (linear) should find them
     * within 0.03 over 2,000 draws; the small rest is the interaction of e and g and the curvature of h.
     */
    @Test
    void theProjectionsDriversMatchTheClosedForm() {
        Projector projector = new Projector(system());
        Projection run = projector.run(new ProjectionSettings(10, 2000, 11, 2), ProgressListener.NONE);
        SpreadDrivers drivers = run.spreadDrivers().orElseThrow();
        assertThat(drivers.targets())
                .extracting(SpreadDrivers.Target::sector, SpreadDrivers.Target::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ALL", 5),
                        org.assertj.core.groups.Tuple.tuple("community", 5),
                        org.assertj.core.groups.Tuple.tuple("ALL", 10),
                        org.assertj.core.groups.Tuple.tuple("community", 10));
        for (SpreadDrivers.Target target : drivers.targets()) {
            int t = 12 * target.year() - 1, k = target.year() - 1;
            double varE = expect(ERROR, e -> e * e) - Math.pow(expect(ERROR, e -> e), 2);
            double eh = expect(GROWTH, g -> Math.pow(g, t / 12.0));
            double eh2 = expect(GROWTH, g -> Math.pow(g, 2 * t / 12.0));
            double total = (1 + k * k * varE) * eh2 - eh * eh;
            double population = k * k * varE * eh * eh / total, growth = (eh2 - eh * eh) / total;
            FirstOrderIndices.Result r = target.indices();
            assertThat(r.shares())
                    .extracting(FirstOrderIndices.Share::group)
                    .containsExactlyInAnyOrder(ParameterGroup.POPULATION, ParameterGroup.SERVICE_GROWTH);
            for (FirstOrderIndices.Share s : r.shares()) {
                double expected = s.group() == ParameterGroup.POPULATION ? population : growth;
                assertThat(s.index())
                        .as(target.sector() + " year " + target.year() + " " + s.group())
                        .isCloseTo(expected, within(0.03));
            }
            assertThat(target.month()).isEqualTo(java.time.YearMonth.of(2025, 4).plusMonths(t));
            double a = 25_000.0 / 1_432.0;
            assertThat(target.meanFte()).isCloseTo(a * eh - 10, within(0.02 * a));
        }
        // the same numbers whatever the thread count
        Projection oneThread = projector.run(new ProjectionSettings(10, 2000, 11, 1), ProgressListener.NONE);
        assertThat(oneThread.spreadDrivers().orElseThrow()).isEqualTo(drivers);
        // a deterministic run has no spread to attribute
        assertThat(projector
                        .run(new ProjectionSettings(10, 0, 11, 1), ProgressListener.NONE)
                        .spreadDrivers())
                .isEmpty();
    }
}
