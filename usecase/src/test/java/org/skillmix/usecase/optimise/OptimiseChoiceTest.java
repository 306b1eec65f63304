package org.skillmix.usecase.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.portfolio.PortfolioOptimiser;
import org.skillmix.core.portfolio.PortfolioProblem;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.boardpack.BoardPackUseCase;

/**
 * `skillmix optimise` chooses as the board pack does (docs/interventions.md, "How the portfolio is chosen"), on the
 * shipped Greater Manchester example with its documented interventions over the default ten years: the same portfolio
 * as the pack for the same budget, whatever the draws and the seed, and with a target the cheapest of every
 * combination on the run it is chosen on.
 */
class OptimiseChoiceTest {
    /** A budget that funds some of the large options, not all (the pack's default is about £249m a year). */
    private static final double BUDGET = 100_000_000;

    private static final int YEARS = 10, MAX_LEVEL = 3;
    static SystemModel gm;
    static OptimiseUseCase.Result fewDraws;

    @BeforeAll
    static void chooseOnTheExample() throws Exception {
        gm = GmExample.model();
        fewDraws = optimise(3, 20260401L, null);
    }

    static OptimiseUseCase.Result optimise(int draws, long seed, Double targetFte) {
        return new OptimiseUseCase()
                .run(
                        gm,
                        OptimiseRequest.of(BUDGET, null, MAX_LEVEL, null, targetFte, YEARS, draws, seed, 2, 30, null),
                        Progress.NONE);
    }

    static String file(OptimiseUseCase.Result result, String name) {
        Output o = result.outputs().all().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
        return new String(o.bytes(), StandardCharsets.UTF_8);
    }

    /** portfolio.csv without the columns of the ranges' draws (the last seven): what the choice was made on. */
    static List<String> centralColumns(OptimiseUseCase.Result result) {
        return file(result, OptimiseUseCase.PORTFOLIO_CSV)
                .lines()
                .map(line -> String.join(",", Arrays.asList(line.split(",", -1)).subList(0, 14)))
                .toList();
    }

    /**
     * A portfolio of one intervention has nothing to overlap with: run whole, it closes what its own run measured (two
     * separate runs: the candidate's at every level, and the chosen portfolio's).
     */
    @Test
    void aPortfolioOfOneIsItsOwnWhole() {
        var care = PortfolioChoice.candidates(gm, null).stream()
                .filter(iv -> iv.code().equals("care-pay"))
                .toList();
        PortfolioChoice one = PortfolioChoice.choose(
                gm,
                care,
                new PortfolioChoice.Settings(
                        new ScenarioComparison.Settings(
                                YEARS, 0, 20260401L, 2, java.util.Set.of(), 0, Baseline.FUNDED_PLAN),
                        MAX_LEVEL,
                        1e12,
                        null,
                        30_000),
                PortfolioChoice.Hooks.NONE);
        assertThat(one.recommended()).hasSize(1);
        assertThat(one.whole().closed())
                .isCloseTo(one.whole().addedUp(), within(1e-6))
                .isGreaterThan(100);
    }

    @Test
    void theBoardPackRecommendsTheSamePortfolioForTheSameBudget() {
        BoardPack pack = new BoardPackUseCase()
                .analyse(
                        gm,
                        BoardPackRequest.of(
                                YEARS, 2, null, null, 2, Baseline.FUNDED_PLAN, BUDGET, MAX_LEVEL, null, null),
                        Progress.NONE,
                        line -> {});
        Portfolio chosen = fewDraws.portfolio();
        assertThat(chosen.levels())
                .containsExactly(pack.portfolio().orElseThrow().levels());
        assertThat(fewDraws.choice().recommended())
                .isEqualTo(pack.recommended())
                .isNotEmpty();
        assertThat(pack.candidates()).isEqualTo(fewDraws.choice().candidates());
        // the same decisions tested the same way: the same switching values and verdicts, the same central figures
        for (int i = 0; i < pack.checks().size(); i++) {
            ChoiceCheck ours = fewDraws.choice().checks().get(i),
                    packs = pack.checks().get(i);
            assertThat(ours.switching()).isEqualTo(packs.switching());
            assertThat(ours.centralClosed()).isEqualTo(packs.centralClosed());
            assertThat(ours.centralCostGbp()).isEqualTo(packs.centralCostGbp());
        }
        assertThat(file(fewDraws, OptimiseUseCase.PORTFOLIO_TXT))
                .contains("Chosen on the central run")
                .contains("How firm the choice is, in the last year");
    }

    /** Four times the draws on another seed: the ranges move, the portfolio and its switching values do not. */
    @Test
    void theChoiceIsTheSameWhateverTheDrawsAndTheSeed() {
        OptimiseUseCase.Result moreDraws = optimise(12, 7L, null);
        assertThat(moreDraws.portfolio().levels())
                .containsExactly(fewDraws.portfolio().levels());
        assertThat(centralColumns(moreDraws)).isEqualTo(centralColumns(fewDraws));
        assertThat(file(moreDraws, OptimiseUseCase.PORTFOLIO_CSV))
                .isNotEqualTo(file(fewDraws, OptimiseUseCase.PORTFOLIO_CSV));
    }

    /**
     * With a target the portfolio is the cheapest over the years that closes the central run's gap down to it, the
     * best of every combination of levels there (3 x 4 x 4 x ... : 2.4 million); how firm each decision is, is of the
     * cheapest way to the target (SwitchingValuesTest works it by hand), in the text and in every row of the file.
     */
    @Test
    void aTargetIsMetAtLeastCostAndSaysHowFirmEachDecisionIs() {
        double baselineGap = fewDraws.choice().central().baselineTargetGap()[YEARS - 1];
        double target = baselineGap - 1_000;
        OptimiseUseCase.Result cheapest = optimise(0, 7L, target);
        PortfolioProblem problem = cheapest.choice().problem();
        assertThat(problem.goal()).isEqualTo(PortfolioProblem.Goal.MIN_COST_TO_TARGET);
        assertThat(problem.requiredClosed()).containsExactly(new double[] {1_000}, within(1e-6));
        Portfolio exact = PortfolioOptimiser.bruteForce(problem);
        assertThat(cheapest.portfolio().feasible()).isTrue();
        assertThat(cheapest.portfolio().levels()).containsExactly(exact.levels());
        assertThat(cheapest.portfolio().closedPerYear()[YEARS - 1]).isGreaterThanOrEqualTo(1_000 - 1e-6);

        assertThat(file(cheapest, OptimiseUseCase.PORTFOLIO_TXT))
                .contains("least cost to a gap below " + target + " FTE")
                .contains("would make the cheapest way to the target fund it or not otherwise");
        assertThat(cheapest.choice().checks())
                .allSatisfy(c -> assertThat(c.switching()).isNotNull());
        // one verdict per intervention, on the row of its decision (its funded level, or level 1 when left out)
        assertThat(file(cheapest, OptimiseUseCase.PORTFOLIO_CSV)
                        .lines()
                        .skip(1)
                        .filter(row -> !row.split(",", -1)[13].isEmpty()))
                .hasSize(cheapest.choice().candidates().size())
                .allSatisfy(row -> assertThat(row.split(",", -1)[13]).isIn("firm", "close call"));
    }
}
