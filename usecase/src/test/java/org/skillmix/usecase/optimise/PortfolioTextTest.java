package org.skillmix.usecase.optimise;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.usecase.GmExample;

/**
 * portfolio.txt's lines on how firm the choice is, worked by hand: a flexible working offer at twice its scale of 25%
 * (50% of staff), dropped by a fall of a quarter in what it closes where its effect may be half lower (a close call),
 * and a pay uplift left out that no rise could fund (firm). The figures are the ones portfolio.csv's test writes.
 */
class PortfolioTextTest {
    static final Intervention FLEX = intervention("flex", InterventionKind.FLEXIBLE_WORKING, 0.25, "Flexible working");
    static final Intervention PAY = intervention("pay", InterventionKind.PAY_UPLIFT, 5, "Care worker pay uplift");

    static Intervention intervention(String code, InterventionKind kind, double scale, String name) {
        return new Intervention(
                code,
                kind,
                Intervention.Scope.EVERYONE,
                null,
                null,
                null,
                YearMonth.of(2025, 10),
                0,
                scale,
                0,
                new Interval(0.05, 0.1, 0.15),
                0,
                0,
                "",
                name);
    }

    static PortfolioChoice choice(PortfolioProblem.Goal goal, int draws) {
        return choice(goal, draws, 0.5);
    }

    /** As above, with the pay uplift's central run closing payClosed FTE. */
    static PortfolioChoice choice(PortfolioProblem.Goal goal, int draws, double payClosed) {
        List<PortfolioOption> options = List.of(
                PortfolioOption.measured(
                        "flex", "flex", new double[] {1000}, new double[][] {{1020}, {1040}}, new double[][] {
                            {3.25}, {4.5}
                        }),
                PortfolioOption.measured("pay", "pay", new double[] {0}, new double[][] {{5}}, new double[][] {{0.5}}));
        Portfolio portfolio = new Portfolio(
                new int[] {2, 0}, 4.5, new double[] {1040}, new double[] {4.5}, true, true, "OPTIMAL", 1, List.of());
        List<ChoiceCheck> checks = List.of(
                new ChoiceCheck(
                        FLEX,
                        2,
                        2,
                        4.5,
                        1040,
                        new Figure(5.0, 2.0, 4.8, 8.25),
                        new Figure(1100, 1050, 1090, 1180),
                        new SwitchingValues.Value("flex", 2, -0.25, 0.5, 1.5, true, true)),
                new ChoiceCheck(
                        PAY,
                        0,
                        1,
                        payClosed,
                        5,
                        new Figure(0.6, 0.1, 0.5, 1.2),
                        new Figure(-3, -6, -3, 0),
                        new SwitchingValues.Value("pay", 0, Double.POSITIVE_INFINITY, 0.5, 1.5, false, false)));
        PortfolioProblem problem = new PortfolioProblem(
                options,
                new double[] {1100},
                new int[] {0},
                goal,
                goal == PortfolioProblem.Goal.MAX_GAP_CLOSED ? null : new double[] {4});
        return new PortfolioChoice(
                List.of(FLEX, PAY),
                new MarginalEffects.Measured(options, new double[] {20}),
                problem,
                portfolio,
                checks,
                draws,
                new PortfolioChoice.WholeRun(4.5, 4.2, 4.2, 4.5, 1));
    }

    static OptimiseRequest request(Double targetFte, int draws) {
        return OptimiseRequest.of(1100, null, 2, null, targetFte, 1, draws, 7L, 1, 5, null);
    }

    @Test
    void eachDecisionIsSaidWithItsSwitchingValueVerdictAndRange() throws Exception {
        String text = PortfolioText.of(
                GmExample.model(), request(null, 10), choice(PortfolioProblem.Goal.MAX_GAP_CLOSED, 10), 0.5);
        assertThat(text)
                .contains("budget GBP 1,100 a year, most target gap closed in the last year.")
                .contains("Baseline average shortfall over the last year (target capabilities): 20.0 FTE at the most"
                        + " likely values; the portfolio closes 4.5 (effects added up) and 4.2 run whole at the same"
                        + " values (6.7% less than its parts added up: they overlap).")
                .contains("- Flexible working (flex): funded at 50% of staff in scope offered it (level 2 of 2). On the"
                        + " central run it closes 4.5 FTE for GBP 1,040 a year. A fall of 25.0% in what it closes"
                        + " would drop it; its effect may be 50.0% lower: close call. Run alone over 10 draws (mean,"
                        + " and P10 to P90): 5.0 (2.0 to 8.3) FTE, GBP 1,100 (1,050 to 1,180) a year.\n")
                .contains("- Care worker pay uplift (pay): not funded. At 5% pay uplift (level 1 of 1) the central run"
                        + " closes 0.5 FTE for GBP 5 a year. No rise in what it closes would fund it: it closes none of"
                        + " the gap (firm). Run alone over 10 draws (mean, and P10 to P90): 0.6 (0.1 to 1.2) FTE, GBP -3 (-6 to"
                        + " 0) a year.\n")
                .endsWith("Close calls: Flexible working (flex); the rest are firm.\n");
    }

    /** An intervention whose central run makes the gap larger is said to widen it, not to close a negative figure. */
    @Test
    void aGapMadeLargerIsSaidSo() throws Exception {
        String text = PortfolioText.of(
                GmExample.model(), request(null, 10), choice(PortfolioProblem.Goal.MAX_GAP_CLOSED, 10, -57.04), 0.5);
        assertThat(text)
                .contains("- Care worker pay uplift (pay): not funded. At 5% pay uplift (level 1 of 1) the central run"
                        + " widens the gap by 57.0 FTE for GBP 5 a year. No rise in what it closes would fund it: it"
                        + " widens the gap rather than closing it (firm).")
                .doesNotContain("-57.0");
    }

    /** A least-cost portfolio's switching values are of the cheapest way to the target; without draws, no ranges. */
    @Test
    void aTargetSaysWhatItsSwitchingValuesAreOfAndNoDrawsNoRanges() throws Exception {
        String text = PortfolioText.of(
                GmExample.model(), request(4.0, 0), choice(PortfolioProblem.Goal.MIN_COST_TO_TARGET, 0), 0.5);
        assertThat(text)
                .contains("least cost to a gap below 4.0 FTE")
                .contains("the change in what an intervention closes that would make the cheapest way to the target"
                        + " fund it or not otherwise")
                .contains("- Flexible working (flex): funded at 50% of staff in scope offered it (level 2 of 2). On the"
                        + " central run it closes 4.5 FTE for GBP 1,040 a year. A fall of 25.0% in what it closes would"
                        + " drop it")
                .doesNotContain("Run alone");
    }

    /** The whole against its parts: 90 of 100 is 10% less, 110 is 10% more, 0 of 0 says the parts close nothing. */
    @Test
    void theWholeIsSaidAgainstItsPartsAddedUp() {
        assertThat(PortfolioText.overlap(100, 90)).isEqualTo("10.0% less than its parts added up: they overlap");
        assertThat(PortfolioText.overlap(100, 110)).isEqualTo("10.0% more than its parts added up");
        assertThat(PortfolioText.overlap(100, 100.01)).isEqualTo("the parts add up");
        assertThat(PortfolioText.overlap(0, 3)).isEqualTo("its parts close nothing alone");
    }

    /** Why no change reverses a decision: to a target, not the budget, is what keeps a dear intervention out. */
    @Test
    void noChangeReversesForTheReasonOfTheGoal() {
        var dear = new SwitchingValues.Value("pay", 0, Double.POSITIVE_INFINITY, 0.5, 1.5, false, true);
        assertThat(PortfolioText.reversedBy(dear, false, false)).contains("it does not fit the budget (firm)");
        assertThat(PortfolioText.reversedBy(dear, true, false))
                .contains("up to ten times, would make it part of the cheapest way to the target (firm)");
        var saving = new SwitchingValues.Value("bank", 1, Double.NEGATIVE_INFINITY, 0.5, 1.5, false, true);
        assertThat(PortfolioText.reversedBy(saving, true, false))
                .contains("funded for its saving, even closing nothing");
        // posts that take staff the system already has from where they close more: said as a gap made larger
        var none = new SwitchingValues.Value("posts", 0, Double.POSITIVE_INFINITY, 0.5, 1.5, false, false);
        assertThat(PortfolioText.reversedBy(none, false, false)).contains("it closes none of the gap (firm)");
        assertThat(PortfolioText.reversedBy(none, false, true))
                .isEqualTo("No rise in what it closes would fund it: it widens the gap rather than closing it (firm).");
    }

    /** A switching value far beyond the effect's range reads with its thousands grouped, as every figure does. */
    @Test
    void aLargeSwitchingValueGroupsItsThousands() {
        var premium = new SwitchingValues.Value("premium", 0, 11.471, 0.5, 1.5, false, true);
        assertThat(PortfolioText.reversedBy(premium, false, false))
                .isEqualTo("A rise of 1,147.1% in what it closes would fund it; its effect may be 50.0% higher: firm.");
    }
}
