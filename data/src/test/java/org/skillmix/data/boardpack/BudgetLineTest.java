package org.skillmix.data.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetLineTest {

    @Test
    void theDrawsFallAboveWithinOrAcrossTheBudget() {
        // budget £235.1m: P10 £240m above it, so nine draws in ten are above
        assertThat(BudgetLine.side(240e6, 290e6, 235.1e6)).isEqualTo("above the budget in at least nine draws in ten");
        // P90 £235.1m: on the budget is within it
        assertThat(BudgetLine.side(200e6, 235.1e6, 235.1e6))
                .isEqualTo("within the budget in at least nine draws in ten");
        // P10 £230m within, P90 £250m above: at least one draw in ten is above
        assertThat(BudgetLine.side(230e6, 250e6, 235.1e6)).isEqualTo("above the budget in at least one draw in ten");
        // a pound over the optimiser's tolerance (1e-6 of the budget: £235) is above; within it is not
        assertThat(BudgetLine.side(200e6, 235.1e6 + 200, 235.1e6)).startsWith("within");
        assertThat(BudgetLine.side(200e6, 235.1e6 + 300, 235.1e6)).startsWith("above the budget in at least one");
    }
}
