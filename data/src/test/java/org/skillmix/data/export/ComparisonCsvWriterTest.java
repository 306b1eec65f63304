package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.intervention.ScenarioComparison.GapRow;
import org.skillmix.core.intervention.ScenarioComparison.YearRow;
import org.skillmix.core.supply.Baseline;

/**
 * comparison.csv and comparison_summary.csv name the comparison's supply baseline first on every row; the scenario
 * {@code baseline} (no interventions) is a different thing in the next column.
 */
class ComparisonCsvWriterTest {

    /**
     * The reference scenario and one intervention closing 2 of a 10 FTE gap in 2025/26, as the engine would give
     * them on either baseline: the figures are the same, only the baseline named differs.
     */
    private static ScenarioComparison.Result comparison(Baseline baseline) {
        Figure gap = new Figure(10, 9, 10, 11.5);
        Figure smaller = new Figure(8, 7.25, 8, 9);
        Figure closed = new Figure(2, 1.75, 2, 2.5);
        Figure none = new Figure(0, 0, 0, 0);
        return new ScenarioComparison.Result(
                new ScenarioComparison.Settings(1, 20, 7L, 1, Set.of(), 9, baseline),
                List.of(),
                List.of(2025),
                List.of(
                        new GapRow("baseline", 2025, "all", "ALL", gap, none),
                        new GapRow("retain", 2025, "all", "ALL", smaller, closed)),
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
                                200,
                                0.25,
                                Optional.empty(),
                                new Figure(100, 90, 100, 110))));
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everyGapRowNamesTheComparisonsBaselineBeforeTheScenario(Baseline baseline) {
        StringWriter out = new StringWriter();
        new ComparisonCsvWriter().writeGaps(comparison(baseline), out);
        String b = baseline.code();
        assertThat(out.toString())
                .isEqualTo("baseline,scenario,year,dimension,code,gap_fte_mean,gap_fte_p10,gap_fte_p50,gap_fte_p90,"
                        + "gap_closed_fte_mean,gap_closed_fte_p10,gap_closed_fte_p50,gap_closed_fte_p90\n"
                        + b + ",baseline,2025/26,all,ALL,10.000,9.000,10.000,11.500,0.000,0.000,0.000,0.000\n"
                        + b + ",retain,2025/26,all,ALL,8.000,7.250,8.000,9.000,2.000,1.750,2.000,2.500\n");
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everySummaryRowNamesTheComparisonsBaselineBeforeTheScenario(Baseline baseline) {
        StringWriter out = new StringWriter();
        new ComparisonCsvWriter().writeSummary(comparison(baseline), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(ComparisonCsvWriter.SUMMARY_HEADER);
        assertThat(lines.get(0)).startsWith("baseline,scenario,year,programme_cost_gbp,");
        // No discharge.csv: its eight columns say so in words (not a 0, which would read as no benefit).
        String noDischarge = ("," + ComparisonCsvWriter.NO_DISCHARGE).repeat(8);
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        baseline.code() + ",baseline,2025/26,0,1000,0,10.000,9.000,10.000,11.500,0.000,0.000,0.000,"
                                + "0.000,,0.0000" + noDischarge,
                        baseline.code() + ",retain,2025/26,300,1100,400,8.000,7.250,8.000,9.000,2.000,1.750,2.000,"
                                + "2.500,200,0.2500" + noDischarge);
    }
}
