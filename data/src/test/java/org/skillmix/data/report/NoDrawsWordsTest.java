package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.intervention.ScenarioComparison.YearRow;

/**
 * A run without draws (every assumption at its most likely value) has no probability and no mean of draws: the
 * words must not speak of draws that were never made (issue 14: "0% everywhere with no hint").
 */
class NoDrawsWordsTest {
    static YearRow row(double probability, Figure targetGap) {
        Figure none = new Figure(0, 0, 0, 0);
        return new YearRow("retain", 2034, 0, 0, 0, targetGap, none, Double.NaN, probability, Optional.empty(), none);
    }

    @Test
    void aRunWithoutDrawsSaysWhetherItMetTheTarget() {
        Figure one = new Figure(1_200, 1_200, 1_200, 1_200);
        assertThat(ComparisonReport.probability(row(0, one), 0))
                .isEqualTo("not met (one run at the most likely values, no draws)");
        assertThat(ComparisonReport.probability(row(1, one), 0))
                .isEqualTo("met (one run at the most likely values, no draws)");
    }

    @Test
    void drawsGiveTheProbabilityAndWhereItIsNoneTheLevelNineInTenReach() {
        Figure spread = new Figure(1_250, 1_000, 1_240, 1_500);
        assertThat(ComparisonReport.probability(row(0.25, spread), 40)).isEqualTo("25%");
        assertThat(ComparisonReport.probability(row(0, spread), 40)).isEqualTo("0% (90% of draws are below 1,500 FTE)");
    }

    @Test
    void theInequalitiesSayWhetherTheFiguresAreMeansOfDraws() {
        Inequalities none = new Inequalities(YearMonth.of(2035, 3), List.of(), List.of());
        assertThat(new InequalitySection(true).html(none)).contains("(mean of the draws)");
        assertThat(new InequalitySection(false).html(none))
                .contains("(one run at the most likely values, no draws)")
                .doesNotContain("mean of the draws");
    }
}
