package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillmix.core.intervention.ScenarioComparison;
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
        return SampleComparison.of(baseline, List.of(), "all", "ALL");
    }

    /** Codes stand for themselves; the years start in April 2025. */
    private static final ComparisonCsvWriter WRITER = new ComparisonCsvWriter(CodeNames.CODES, YearMonth.of(2025, 4));

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everyGapRowNamesTheComparisonsBaselineBeforeTheScenario(Baseline baseline) {
        StringWriter out = new StringWriter();
        WRITER.writeGaps(comparison(baseline), out);
        String b = baseline.code();
        assertThat(out.toString())
                .isEqualTo("baseline,scenario,year,year_end,dimension,code,name,gap_fte_mean,gap_fte_p10,gap_fte_p50,"
                        + "gap_fte_p90,gap_closed_fte_mean,gap_closed_fte_p10,gap_closed_fte_p50,gap_closed_fte_p90\n"
                        + b
                        + ",baseline,2025/26,2026-03,all,ALL,ALL,10.000,9.000,10.000,11.500,0.000,0.000,0.000,0.000\n"
                        + b + ",retain,2025/26,2026-03,all,ALL,ALL,8.000,7.250,8.000,9.000,2.000,1.750,2.000,2.500\n");
    }

    /**
     * A slice's name follows its code, and a year's last month its label: a comparison of a dataset starting in
     * January 2025 has its first year end in December 2025, which its label (the first month's financial year) does
     * not say.
     */
    @Test
    void eachRowNamesItsSliceAndTheMonthItsYearEnds() {
        StringWriter out = new StringWriter();
        CodeNames named = new CodeNames() {
            @Override
            public String slice(String dimension, String code) {
                return dimension + " named " + code;
            }
        };
        new ComparisonCsvWriter(named, YearMonth.of(2025, 1))
                .writeGaps(SampleComparison.of(Baseline.FUNDED_PLAN, List.of(), "place", "E08000001"), out);
        assertThat(out.toString().lines().skip(1))
                .allSatisfy(row -> assertThat(row).contains(",2025-12,place,E08000001,place named E08000001,"));
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void everySummaryRowNamesTheComparisonsBaselineBeforeTheScenario(Baseline baseline) {
        StringWriter out = new StringWriter();
        WRITER.writeSummary(comparison(baseline), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(ComparisonCsvWriter.SUMMARY_HEADER);
        assertThat(lines.get(0)).startsWith("baseline,scenario,year,year_end,programme_cost_gbp,");
        // No discharge.csv: its eight columns say so in words (not a 0, which would read as no benefit).
        String noDischarge = ("," + ComparisonCsvWriter.NO_DISCHARGE).repeat(8);
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        baseline.code()
                                + ",baseline,2025/26,2026-03,0,1000,0,10.000,9.000,10.000,11.500,0.000,0.000,0.000,"
                                + "0.000,,0.0000" + noDischarge,
                        baseline.code()
                                + ",retain,2025/26,2026-03,300,1100,400,8.000,7.250,8.000,9.000,2.000,1.750,2.000,"
                                + "2.500,150,0.2500" + noDischarge);
    }
}
