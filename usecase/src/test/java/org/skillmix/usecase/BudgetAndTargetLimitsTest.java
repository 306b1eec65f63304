package org.skillmix.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.bank.BankRequest;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.optimise.OptimiseRequest;

/**
 * A budget, a gap target or a pay cap beyond anything a system could mean (1e300 typed for 1e3) is refused by
 * every use case that takes one, naming the field and the range, as out-of-range dataset values are.
 */
class BudgetAndTargetLimitsTest {

    private static OptimiseRequest optimise(double budget, Double target) {
        return OptimiseRequest.of(budget, null, null, List.of(), target, 1, 1, null, 1, null, null);
    }

    private static BoardPackRequest pack(Double budget, Double target) {
        return BoardPackRequest.of(1, 1, 1, null, 1, null, budget, null, target, null);
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertThat(optimise(RunDefaults.MAX_BUDGET_GBP, RunDefaults.MAX_TARGET_FTE)
                        .budgetGbp())
                .isEqualTo(200e9);
        assertThat(pack(0.0, 0.0)).isNotNull();
        assertThat(ComparisonRequest.of(List.of(), 1, 1, null, 1, List.of(), 3e6, null)
                        .targetFte())
                .isEqualTo(3e6);
        assertThat(new BankRequest(Map.of("RN_ADULT", 1000.0)).caps()).containsEntry("RN_ADULT", 1000.0);
    }

    @Test
    void aBudgetBeyondNhsEnglandsIsRefused() {
        for (double budget : new double[] {200.0001e9, 1e300, Double.POSITIVE_INFINITY, Double.NaN, -1}) {
            assertThatThrownBy(() -> optimise(budget, null))
                    .isInstanceOf(InvalidSetting.class)
                    .hasMessageContaining("GBP 0 to 200,000,000,000 a year")
                    .extracting(e -> ((InvalidSetting) e).field())
                    .isEqualTo("budgetGbp");
            assertThatThrownBy(() -> pack(budget, null)).isInstanceOf(InvalidSetting.class);
        }
    }

    @Test
    void aTargetBeyondTheWholeWorkforceIsRefused() {
        for (double target : new double[] {3_000_000.5, 1e300, Double.NaN, -0.5}) {
            assertThatThrownBy(() -> ComparisonRequest.of(List.of(), 1, 1, null, 1, List.of(), target, null))
                    .isInstanceOf(InvalidSetting.class)
                    .hasMessageContaining("0 to 3,000,000 FTE")
                    .extracting(e -> ((InvalidSetting) e).field())
                    .isEqualTo("targetFte");
            assertThatThrownBy(() -> optimise(0, target)).isInstanceOf(InvalidSetting.class);
            assertThatThrownBy(() -> pack(null, target)).isInstanceOf(InvalidSetting.class);
        }
    }

    @Test
    void aPayCapAboveGbp1000AnHourIsRefused() {
        assertThatThrownBy(() -> new BankRequest(Map.of("RN_ADULT", 1000.01)))
                .isInstanceOf(InvalidSetting.class)
                .hasMessage("the cap for RN_ADULT must be more than GBP 0 and at most GBP 1,000 an hour, not 1000.01");
        assertThatThrownBy(() -> new BankRequest(Map.of("RN_ADULT", 0.0))).isInstanceOf(InvalidSetting.class);
    }
}
