package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.MarginalEffects;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.uncertainty.Interval;

/**
 * portfolio.csv, worked by hand: a row per candidate and level with the supply baseline, its code, the name a planner
 * reads (its kind when it has none), the funded level and each level's central figures; on the row of the level the
 * decision is about, the switching value, the verdict and the Monte Carlo range.
 */
class PortfolioCsvTest {

    @Test
    void theNameIsBesideTheCodeAndAnUnnamedInterventionIsNamedByItsKind() {
        Intervention flex = new Intervention(
                "flex",
                InterventionKind.FLEXIBLE_WORKING,
                Intervention.Scope.EVERYONE,
                null,
                null,
                null,
                YearMonth.of(2025, 10),
                0,
                0.25,
                0,
                new Interval(0.05, 0.1, 0.15),
                1000,
                60,
                "",
                "Flexible working offer");
        Intervention pay = new Intervention(
                "pay",
                InterventionKind.PAY_UPLIFT,
                Intervention.Scope.role("CW"),
                null,
                null,
                null,
                YearMonth.of(2026, 4),
                0,
                5,
                0,
                new Interval(0.01, 0.02, 0.03),
                0,
                0,
                "",
                null);
        // Measured at each level: flex's second level closes 4.5, not twice level 1's 3.25.
        List<PortfolioOption> options = List.of(
                PortfolioOption.measured(
                        "flex",
                        "Flexible working offer (flex)",
                        new double[] {500, 1000},
                        new double[][] {{520, 1020}, {540, 1040}},
                        new double[][] {{1.5, 3.25}, {2.0, 4.5}}),
                PortfolioOption.measured(
                        "pay",
                        "Pay uplift (pay)",
                        new double[] {0, 0},
                        new double[][] {{4, 5}, {8, 10}},
                        new double[][] {{0.25, 0.5}, {0.4, 0.75}}));
        Portfolio portfolio = new Portfolio(
                new int[] {2, 0},
                4.5,
                new double[] {540, 1040},
                new double[] {2, 4.5},
                true,
                true,
                "OPTIMAL",
                1,
                List.of());
        MarginalEffects.Measured central = new MarginalEffects.Measured(options, new double[] {10, 20});
        PortfolioProblem most = new PortfolioProblem(
                options, new double[] {1100, 1100}, new int[] {1}, PortfolioProblem.Goal.MAX_GAP_CLOSED, null);
        // flex funded at level 2, dropped by a fall of a quarter where its effect may be half lower: a close call;
        // pay left out and closing none worth money at its level (no rise would fund it): firm, no switching value
        List<ChoiceCheck> checks = List.of(
                new ChoiceCheck(
                        flex,
                        2,
                        2,
                        4.5,
                        1040,
                        new Figure(5.0, 2.0, 4.8, 8.25),
                        new Figure(1100, 1050, 1090, 1180),
                        new SwitchingValues.Value("flex", 2, -0.25, 0.5, 1.5, true, true)),
                new ChoiceCheck(
                        pay,
                        0,
                        1,
                        0.5,
                        5,
                        // a P10 of -0.0001 FTE is written as none, not as "-0.000"
                        new Figure(0.6, -0.0001, 0.5, 1.2),
                        new Figure(-3, -6, -3, 0),
                        new SwitchingValues.Value("pay", 0, Double.POSITIVE_INFINITY, 0.5, 1.5, false, false)));
        StringWriter out = new StringWriter();
        PortfolioCsv.write(
                Baseline.FUNDED_PLAN,
                new PortfolioChoice(List.of(flex, pay), central, most, portfolio, checks, 10, null),
                out);
        assertThat(out.toString())
                .isEqualTo("baseline,intervention_code,intervention_name,kind,funded_level,level,scale,"
                        + "central_target_gap_closed_fte_last_year,central_cost_gbp_last_year,fixed_cost_gbp_last_year,"
                        + "switching_value,effect_low_share,effect_high_share,verdict,draws,"
                        + "target_gap_closed_fte_mean_last_year,target_gap_closed_fte_p10_last_year,"
                        + "target_gap_closed_fte_p90_last_year,cost_gbp_mean_last_year,cost_gbp_p10_last_year,"
                        + "cost_gbp_p90_last_year\n"
                        + "funded-plan,flex,Flexible working offer,flexible_working,2,1,0.25,3.250,1020,1000,,,,,,,,,,,\n"
                        + "funded-plan,flex,Flexible working offer,flexible_working,2,2,0.5,4.500,1040,1000,"
                        + "-0.2500,0.5000,1.5000,close call,10,5.000,2.000,8.250,1100,1050,1180\n"
                        + "funded-plan,pay,Pay uplift,pay_uplift,0,1,5.0,0.500,5,0,"
                        + ",0.5000,1.5000,firm,10,0.600,0.000,1.200,-3,-6,0\n"
                        + "funded-plan,pay,Pay uplift,pay_uplift,0,2,10.0,0.750,10,0,,,,,,,,,,,\n");

        // The effects were measured on one supply baseline: every row names the one given. A least-cost portfolio's
        // switching values are written as the most gap closed's are; without draws there is no range: those cells
        // are blank, never 0.
        PortfolioProblem cheapest = new PortfolioProblem(
                options,
                new double[] {1100, 1100},
                new int[] {1},
                PortfolioProblem.Goal.MIN_COST_TO_TARGET,
                new double[] {4});
        StringWriter trends = new StringWriter();
        PortfolioCsv.write(
                Baseline.CURRENT_TRENDS,
                new PortfolioChoice(List.of(flex, pay), central, cheapest, portfolio, checks, 0, null),
                trends);
        assertThat(trends.toString().lines().skip(1))
                .containsExactly(
                        "current-trends,flex,Flexible working offer,flexible_working,2,1,0.25,3.250,1020,1000,,,,,,,,,,,",
                        "current-trends,flex,Flexible working offer,flexible_working,2,2,0.5,4.500,1040,1000,"
                                + "-0.2500,0.5000,1.5000,close call,,,,,,,",
                        "current-trends,pay,Pay uplift,pay_uplift,0,1,5.0,0.500,5,0,,0.5000,1.5000,firm,,,,,,,",
                        "current-trends,pay,Pay uplift,pay_uplift,0,2,10.0,0.750,10,0,,,,,,,,,,,");
    }
}
