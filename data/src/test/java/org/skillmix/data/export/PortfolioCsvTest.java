package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.uncertainty.Interval;

/** portfolio.csv: the supply baseline, each candidate's code, then the name a planner reads (its kind when it has none), then its level. */
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
        List<PortfolioOption> options = List.of(
                new PortfolioOption(
                        "flex", 4, new double[] {500, 1000}, new double[] {10, 20}, new double[] {1.5, 3.25}),
                new PortfolioOption("pay", 4, new double[] {0, 0}, new double[] {4, 5}, new double[] {0.25, 0.5}));
        Portfolio portfolio = new Portfolio(
                new int[] {2, 0},
                6.5,
                new double[] {1020, 2040},
                new double[] {3, 6.5},
                true,
                true,
                "OPTIMAL",
                1,
                List.of());
        StringWriter out = new StringWriter();
        PortfolioCsv.write(Baseline.FUNDED_PLAN, List.of(flex, pay), options, portfolio, 1, out);
        assertThat(out.toString())
                .isEqualTo("baseline,intervention_code,intervention_name,kind,level,scale_funded,"
                        + "target_gap_closed_fte_per_level_last_year,cost_per_level_gbp_last_year,fixed_cost_gbp_last_year\n"
                        + "funded-plan,flex,Flexible working offer,flexible_working,2,0.5,3.250,20,1000\n"
                        + "funded-plan,pay,Pay uplift,pay_uplift,0,0.0,0.500,5,0\n");

        // The effects were measured on one supply baseline: every row names the one given, whichever it is.
        StringWriter trends = new StringWriter();
        PortfolioCsv.write(Baseline.CURRENT_TRENDS, List.of(flex, pay), options, portfolio, 1, trends);
        assertThat(trends.toString().lines().skip(1))
                .containsExactly(
                        "current-trends,flex,Flexible working offer,flexible_working,2,0.5,3.250,20,1000",
                        "current-trends,pay,Pay uplift,pay_uplift,0,0.0,0.500,5,0");
    }
}
