package org.skillmix.data.export;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skillmix.core.intervention.ComparisonDraws;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.intervention.ScenarioComparison.GapRow;
import org.skillmix.core.intervention.ScenarioComparison.YearRow;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;

/**
 * A hand-made comparison for the writers' tests: the reference and one scenario, "retain", closing 2 of a 10 FTE gap
 * in 2025/26 (P10 1.75, P90 2.5) for 300 GBP a year, so 150 GBP per FTE closed, with P(gap below target) = 5 of 20
 * draws and a pay bill 100 GBP a year higher.
 */
public final class SampleComparison {
    private SampleComparison() {}

    /** The comparison on this baseline, with these scenarios listed, its gap rows at this level and code. */
    public static ScenarioComparison.Result of(Baseline baseline, List<Scenario> scenarios, String level, String code) {
        Figure gap = new Figure(10, 9, 10, 11.5);
        Figure smaller = new Figure(8, 7.25, 8, 9);
        Figure closed = new Figure(2, 1.75, 2, 2.5);
        Figure none = new Figure(0, 0, 0, 0);
        return new ScenarioComparison.Result(
                new ScenarioComparison.Settings(1, 20, 7L, 1, Set.of(), 9, baseline),
                scenarios,
                List.of(2025),
                List.of(
                        new GapRow("baseline", 2025, level, code, gap, none),
                        new GapRow("retain", 2025, level, code, smaller, closed)),
                List.of(
                        new YearRow("baseline", 2025, 0, 1000, 0, gap, none, Double.NaN, 0, Optional.empty(), none),
                        new YearRow(
                                "retain",
                                2025,
                                300,
                                1100,
                                400,
                                smaller,
                                closed,
                                150,
                                0.25,
                                Optional.empty(),
                                new Figure(100, 90, 100, 110))),
                ComparisonDraws.NONE);
    }
}
